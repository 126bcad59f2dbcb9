package org.teipress.bench;

import org.teipress.core.BundledResources;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
    public record Plan(int warmups, int runs, int coldRuns, List<Integer> scale, List<Integer> bookParagraphs,
            Path peerStylesheets, Path fonts) {
        /** Without the long books and without the peer. */
        public Plan(int warmups, int runs, int coldRuns, List<Integer> scale) {
            this(warmups, runs, coldRuns, scale, List.of(), null, null);
        }
    }

    /** The heap the long-book target allows. */
    static final String BOOK_HEAP = "-Xmx1g";

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

        ColdRun processes = new ColdRun(entryPoint, Files.createDirectories(workDir.resolve("logs")));
        Path coldOut = Files.createDirectories(workDir.resolve("cold"));
        List<BenchResults.Paired> paired = new ArrayList<>();
        List<Duration> cold = new ArrayList<>();
        for (int i = 0; i < plan.coldRuns(); i++) {
            List<String> whole = List.of("build", source.toString(), "--out", coldOut.toString(), "--quiet");
            List<String> pdfOnly = List.of("build", source.toString(), "--out", coldOut.toString(), "--quiet",
                    "--format", "pdf", "--name", "pdf-only");
            ProcessRun plain = processes.plain(List.of(), whole);
            ProcessRun launched = processes.launched(List.of(), whole);
            ProcessRun launchedPdf = processes.launched(List.of(), pdfOnly);
            ProcessRun peer = peer(processes, plan, source, coldOut.resolve("peer.pdf"));
            paired.add(new BenchResults.Paired(plain, launched, launchedPdf, peer));
            cold.add(plain.wall());
            log.accept(String.format(Locale.ROOT, "cold round %d/%d: plain %,d ms, launcher %,d ms, launcher PDF only"
                    + " %,d ms, peer %s", i + 1, plan.coldRuns(), plain.wall().toMillis(), launched.wall().toMillis(),
                    launchedPdf.wall().toMillis(), peer == null ? "not measured" : peer.wall().toMillis() + " ms"));
        }

        List<BenchResults.BookPoint> longBooks = new ArrayList<>();
        for (int paragraphs : plan.bookParagraphs()) {
            longBooks.add(longBook(processes, plan, source, paragraphs));
        }

        List<BenchResults.ScalePoint> scale = new ArrayList<>();
        ScaleBook books = new ScaleBook(toolchain.processor(), new org.teipress.core.BundledResources());
        for (int copies : plan.scale()) {
            scale.add(scalePoint(books, source, copies, formats));
        }
        return new BenchResults(Machine.describe(), source.toString(), plan.runs(), times.medians(),
                StageTimes.median(totals), peak, cold, scale, paired,
                plan.peerStylesheets() == null ? "not measured (no --peer-stylesheets given)"
                        : "TEI Stylesheets " + plan.peerStylesheets() + " (profiles/default/fo/to.xsl), Saxon-HE and"
                                + " Apache FOP from tei-press's class path, fonts from " + plan.fonts(), longBooks);
    }

    /** The peer on {@code source}, or null when no TEI Stylesheets checkout was given. */
    private static ProcessRun peer(ColdRun processes, Plan plan, Path source, Path pdf)
            throws IOException, InterruptedException {
        if (plan.peerStylesheets() == null) {
            return null;
        }
        Path adapted = pdf.resolveSibling(baseName(source) + "-for-peer.xml");
        Files.writeString(adapted, PeerRun.forPeer(Files.readString(source, StandardCharsets.UTF_8)),
                StandardCharsets.UTF_8);
        return processes.mainClass(List.of(), PeerRun.class, List.of(plan.peerStylesheets().toString(),
                plan.fonts().toString(), adapted.toString(), pdf.toString()));
    }

    /** The long book as users would publish it: a fresh process, every check, at most 1 GB of heap. */
    private BenchResults.BookPoint longBook(ColdRun processes, Plan plan, Path source, int paragraphs)
            throws PublishException, IOException, InterruptedException {
        Path dir = Files.createDirectories(workDir.resolve("book-" + paragraphs));
        Path book = LongBook.write(source, paragraphs, dir.resolve("book-" + paragraphs + ".xml"));
        Path out = dir.resolve("out");
        ProcessRun ours = processes.launched(List.of(BOOK_HEAP), List.of("build", book.toString(), "--out",
                out.toString(), "--quiet"));
        ProcessRun peer = peer(processes, plan, book, dir.resolve("peer.pdf"));
        int pages;
        try (PDDocument pdf = Loader.loadPDF(out.resolve(baseName(book) + ".pdf").toFile())) {
            pages = pdf.getNumberOfPages();
        }
        log.accept(String.format(Locale.ROOT, "book of %,d paragraphs: %,d pages, %,d ms, peak RSS %,d MiB; peer %s",
                paragraphs, pages, ours.wall().toMillis(), ours.peakRssBytes() >> 20,
                peer == null ? "not measured" : peer.wall().toMillis() + " ms, " + (peer.peakRssBytes() >> 20) + " MiB"));
        return new BenchResults.BookPoint(paragraphs, pages, ours, peer);
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
