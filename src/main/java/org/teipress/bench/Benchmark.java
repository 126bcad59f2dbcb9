package org.teipress.bench;

import org.teipress.core.BundledResources;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.teipress.app.Toolchain;
import org.teipress.pipeline.OutputFormat;
import org.teipress.pipeline.Pipeline;
import org.teipress.pipeline.Progress;
import org.teipress.core.PublishException;

/**
 * Measures the pipeline the way users meet it: warm builds of one document in a running JVM,
 * cold builds as whole processes, and a scale series of ever larger books. Every run is a real
 * build with its checks; nothing is mocked or skipped.
 */
public final class Benchmark {
    /** How much to measure; the defaults are what docs/performance.md is made with. */
    public record Plan(int warmups, int runs, int coldRuns, List<Integer> scale) {
    }

    private final Toolchain toolchain;
    private final Path workDir;
    private final Consumer<String> log;
    private final HeapWatch heap = new HeapWatch();
    private final Class<?> entryPoint;

    /** {@code entryPoint}: the command line's main class, started by the cold builds. */
    public Benchmark(Toolchain toolchain, Class<?> entryPoint, Path workDir, Consumer<String> log) {
        this.toolchain = toolchain;
        this.entryPoint = entryPoint;
        this.workDir = workDir;
        this.log = log;
    }

    public BenchResults run(Path source, Plan plan) throws PublishException, IOException, InterruptedException {
        List<OutputFormat> formats = toolchain.formats(Toolchain.Selection.all());
        log.accept(Machine.describe());
        Path out = Files.createDirectories(workDir.resolve("warm"));
        toolchain.allowFolders(source, out);

        StageTimes times = new StageTimes(Progress.silent());
        for (int i = 0; i < plan.warmups(); i++) {
            long took = build(times, source, out, formats);
            log.accept(String.format(Locale.ROOT, "warm-up %d/%d: %,d ms", i + 1, plan.warmups(), took));
        }
        times.clear();
        List<Duration> totals = new ArrayList<>();
        long peak = 0;
        for (int i = 0; i < plan.runs(); i++) {
            heap.reset();
            long took = build(times, source, out, formats);
            peak = Math.max(peak, heap.peakBytes());
            totals.add(Duration.ofMillis(took));
            log.accept(String.format(Locale.ROOT, "warm run %d/%d: %,d ms", i + 1, plan.runs(), took));
        }

        List<Duration> cold = new ArrayList<>();
        ColdRun coldRun = new ColdRun(entryPoint);
        for (int i = 0; i < plan.coldRuns(); i++) {
            Duration took = coldRun.build(source, Files.createDirectories(workDir.resolve("cold")));
            cold.add(took);
            log.accept(String.format(Locale.ROOT, "cold run %d/%d: %,d ms", i + 1, plan.coldRuns(), took.toMillis()));
        }

        List<BenchResults.ScalePoint> scale = new ArrayList<>();
        ScaleBook books = new ScaleBook(toolchain.processor(), new org.teipress.core.BundledResources());
        for (int copies : plan.scale()) {
            scale.add(scalePoint(books, source, copies, formats));
        }
        return new BenchResults(Machine.describe(), source.toString(), plan.runs(), times.medians(),
                StageTimes.median(totals), peak, cold, scale);
    }

    private BenchResults.ScalePoint scalePoint(ScaleBook books, Path source, int copies, List<OutputFormat> formats)
            throws PublishException, IOException {
        Path dir = Files.createDirectories(workDir.resolve("scale-" + copies));
        Path book = books.write(source, copies, dir.resolve("book-" + copies + ".xml"));
        Path out = Files.createDirectories(dir.resolve("out"));
        toolchain.allowFolders(book, out);
        StageTimes times = new StageTimes(Progress.silent());
        heap.reset();
        long took = build(times, book, out, formats);
        long peak = heap.peakBytes();
        int pages;
        try (PDDocument pdf = Loader.loadPDF(out.resolve(baseName(book) + ".pdf").toFile())) {
            pages = pdf.getNumberOfPages();
        }
        log.accept(String.format(Locale.ROOT, "%d× book: %,d ms, %d pages, peak heap %,d MiB",
                copies, took, pages, peak >> 20));
        return new BenchResults.ScalePoint(copies, books.countNotes(book), pages, Duration.ofMillis(took), peak, times.medians());
    }

    private long build(Progress progress, Path source, Path out, List<OutputFormat> formats) throws PublishException {
        long start = System.nanoTime();
        Pipeline pipeline = toolchain.pipeline(progress);
        pipeline.build(source, out, baseName(source), formats);
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static String baseName(Path source) {
        String name = source.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
