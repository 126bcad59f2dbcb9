package org.teipress.check;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import org.teipress.pipeline.CheckFailedException;
import org.teipress.pipeline.Gate;
import org.teipress.pipeline.Progress;
import org.teipress.pipeline.Publication;
import org.teipress.core.PublishException;
import org.teipress.xslt.Normalizer;
import org.teipress.xslt.Stylesheets;

/**
 * The validation gate: runs the PDF and EPUB checks on the staged outputs, writes
 * {@value #REPORT} to go into place with them, and fails the build on any defect. A failed
 * run's report is put into the output folder as {@value #FAILED_REPORT}, so that
 * {@value #REPORT} always describes the outputs that are there, the last good ones.
 */
public final class OutputGate implements Gate {
    public static final String REPORT = "report.validation.json";
    public static final String FAILED_REPORT = "report.validation.failed.json";

    private final Processor processor;
    private final Stylesheets stylesheets;
    private final Normalizer normalizer;
    private final Progress progress;
    private final List<OutputCheck<PdfUnderTest>> pdfChecks = List.of(new PdfFontCheck(), new PdfTextCheck(),
            new PdfLinkCheck(), new PdfStructureCheck(), new PdfStandardsCheck());
    private final List<OutputCheck<EpubUnderTest>> epubChecks = List.of(new EpubConformanceCheck(),
            new EpubTextCheck(), new EpubLinkCheck(), new EpubFontCheck(), new EpubAccessibilityCheck());

    /**
     * A gate that reads what the reader must see with {@code stylesheets}; {@code normalizer}
     * (with the build's conventions) normalises a source the gate reads on its own.
     */
    public OutputGate(Stylesheets stylesheets, Normalizer normalizer, Progress progress) {
        this.processor = stylesheets.processor();
        this.stylesheets = stylesheets;
        this.normalizer = normalizer;
        this.progress = progress;
    }

    /** Sets up the checkers that are slow to start (veraPDF); see {@link PdfStandardsCheck#prepare}. */
    public static void prepare() throws Exception {
        PdfStandardsCheck.prepare();
    }

    @Override
    public List<Path> check(Publication publication, List<Path> staged, Path outDir) throws PublishException {
        try (Run run = start(publication)) {
            staged.forEach(run::begin);
            return run.finish(staged, outDir);
        }
    }

    /** Checks each output on its own thread from the moment it is written (see {@link Gate#start}). */
    @Override
    public Run start(Publication publication) {
        // The build has parsed and validated the source already: no second parse.
        return new GateRun(() -> SourceText.of(publication.normalized(), publication.source(),
                stylesheets).withMainLanguage(mainLanguage(publication.normalized())));
    }

    /** The language the outputs were made in: the one the build declared or detected on the root. */
    private static String mainLanguage(net.sf.saxon.s9api.XdmNode normalized) {
        if (normalized == null) {
            return "";
        }
        for (net.sf.saxon.s9api.XdmNode child : normalized.children()) {
            if (child.getNodeKind() == net.sf.saxon.s9api.XdmNodeKind.ELEMENT) {
                String lang = child.getAttributeValue(
                        new net.sf.saxon.s9api.QName("xml", "http://www.w3.org/XML/1998/namespace", "lang"));
                return lang == null ? "" : lang;
            }
        }
        return "";
    }

    /** Runs every check that applies to each output (chosen by file extension), outputs in parallel. */
    public CheckReport inspect(Path source, List<Path> outputs) throws PublishException {
        try (GateRun run = new GateRun(() -> SourceText.read(stylesheets, normalizer, source))) {
            outputs.forEach(run::begin);
            return run.report(outputs);
        }
    }

    /**
     * As {@link #inspect(Path, List)}, measuring the outputs against {@code prepared}, the tree the
     * build published from (with the language, identifier and date the build supplied, and the
     * source positions marked before, see {@code Toolchain.prepare}).
     */
    public CheckReport inspect(Path source, net.sf.saxon.s9api.XdmNode prepared, List<Path> outputs)
            throws PublishException {
        try (GateRun run = new GateRun(() -> SourceText.of(normalizer.normalize(prepared), source, stylesheets))) {
            outputs.forEach(run::begin);
            return run.report(outputs);
        }
    }

    /**
     * The checks of one build. veraPDF and EPUBCheck each spend most of their time on one core,
     * so each output gets its own thread; the source's text is read once, while outputs are
     * still being written.
     */
    private final class GateRun implements Run {
        private final ExecutorService workers = Executors.newCachedThreadPool(daemons());
        private final Future<SourceText> text;
        private final Map<Path, Future<List<CheckResult>>> pending = new ConcurrentHashMap<>();

        GateRun(java.util.concurrent.Callable<SourceText> reading) {
            this.text = workers.submit(reading);
        }

        @Override
        public void begin(Path output) {
            pending.put(output, workers.submit(() -> inspect(output, text.get(), workers)));
        }

        @Override
        public List<Path> finish(List<Path> staged, Path outDir) throws PublishException {
            if (staged.isEmpty()) {
                return List.of();
            }
            CheckReport report = report(staged);
            Path json = staged.get(0).resolveSibling(REPORT);
            write(json, report.toJson());
            report.forEach((output, r) -> progress.stageDone("check", output + "  " + CheckReport.describe(r),
                    Duration.ofMillis(r.millis())));
            if (report.passed()) {
                deleteStale(outDir.resolve(FAILED_REPORT));
                return List.of(json);
            }
            moveReport(json, outDir.resolve(FAILED_REPORT));
            throw report.failure("the outputs were not published, see " + outDir.resolve(FAILED_REPORT));
        }

        CheckReport report(List<Path> outputs) throws PublishException {
            try {
                CheckReport report = new CheckReport();
                for (Path output : outputs) {
                    Future<List<CheckResult>> results = pending.get(output);
                    if (results == null) {
                        throw new IllegalStateException(output + " was never handed to the gate");
                    }
                    for (CheckResult result : results.get()) {
                        report.add(output.getFileName().toString(), result);
                    }
                }
                return report;
            } catch (ExecutionException e) {
                Throwable cause = e.getCause() instanceof ExecutionException inner ? inner.getCause() : e.getCause();
                if (cause instanceof PublishException publishException) {
                    throw publishException;
                }
                throw new CheckFailedException("The validation gate failed: " + cause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CheckFailedException("The validation gate was interrupted.");
            }
        }

        @Override
        public void close() {
            workers.shutdownNow();
        }
    }

    private static ThreadFactory daemons() {
        return task -> {
            Thread thread = new Thread(task, "tei-press-gate");
            thread.setDaemon(true);
            return thread;
        };
    }

    /**
     * Runs the checks of one output; those that read their own copy of the file (veraPDF) run on
     * {@code beside}, at the same time as the others, which share one opened copy.
     */
    private List<CheckResult> inspect(Path output, SourceText text, ExecutorService beside)
            throws CheckFailedException, InterruptedException {
        String name = output.getFileName().toString();
        if (name.endsWith(".pdf")) {
            Map<OutputCheck<PdfUnderTest>, Future<CheckResult>> alone = new java.util.LinkedHashMap<>();
            for (OutputCheck<PdfUnderTest> check : pdfChecks) {
                if (check.readsItsOwnCopy()) {
                    alone.put(check, beside.submit(() -> {
                        try (PdfUnderTest own = PdfUnderTest.open(output)) {
                            return runOne(check, own, text);
                        }
                    }));
                }
            }
            List<CheckResult> shared;
            try (PdfUnderTest pdf = PdfUnderTest.open(output)) {
                shared = runAll(pdfChecks.stream().filter(check -> !alone.containsKey(check)).toList(), pdf, text);
            } catch (IOException e) {
                alone.values().forEach(future -> future.cancel(true));
                throw new CheckFailedException("The validation gate cannot open " + name + ": " + e.getMessage());
            }
            return inCheckOrder(pdfChecks, shared, alone, name);
        }
        if (name.endsWith(".epub")) {
            try {
                return runAll(epubChecks, EpubUnderTest.open(processor, output), text);
            } catch (IOException | SaxonApiException e) {
                throw new CheckFailedException("The validation gate cannot open " + name + ": " + e.getMessage());
            }
        }
        return List.of();
    }

    private static <T> List<CheckResult> runAll(List<OutputCheck<T>> checks, T output, SourceText text) {
        List<CheckResult> results = new ArrayList<>();
        for (OutputCheck<T> check : checks) {
            results.add(runOne(check, output, text));
        }
        return results;
    }

    private static <T> CheckResult runOne(OutputCheck<T> check, T output, SourceText text) {
        CheckResult result = new CheckResult(check.name());
        long start = System.nanoTime();
        try {
            check.run(output, text, result);
        } catch (Exception e) {
            result.error("The check could not run: " + e, null);
        }
        result.took(Duration.ofNanos(System.nanoTime() - start).toMillis());
        return result;
    }

    /** The results of {@code checks}, in their order, from those run on the shared copy and those run alone. */
    private static <T> List<CheckResult> inCheckOrder(List<OutputCheck<T>> checks, List<CheckResult> shared,
            Map<OutputCheck<T>, Future<CheckResult>> alone, String name)
            throws CheckFailedException, InterruptedException {
        List<CheckResult> results = new ArrayList<>();
        java.util.Iterator<CheckResult> inShared = shared.iterator();
        for (OutputCheck<T> check : checks) {
            Future<CheckResult> own = alone.get(check);
            if (own == null) {
                results.add(inShared.next());
                continue;
            }
            try {
                results.add(own.get());
            } catch (ExecutionException e) {
                throw new CheckFailedException("The validation gate cannot open " + name + " for " + check.name()
                        + ": " + e.getCause().getMessage());
            }
        }
        return results;
    }

    private static void write(Path file, String content) throws PublishException {
        try {
            Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new PublishException("Cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static void moveReport(Path from, Path to) throws PublishException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new PublishException("Cannot move " + from.getFileName() + " to " + to + ": " + e.getMessage(), e);
        }
    }

    private static void deleteStale(Path file) throws PublishException {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new PublishException("Cannot remove the stale " + file + ": " + e.getMessage(), e);
        }
    }
}
