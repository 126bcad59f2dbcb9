package org.teipress.check;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import net.sf.saxon.s9api.Processor;
import org.teipress.pipeline.CheckFailedException;
import org.teipress.pipeline.Gate;
import org.teipress.pipeline.Progress;
import org.teipress.pipeline.Publication;
import org.teipress.pipeline.PublishException;

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
    private final Progress progress;
    private final List<OutputCheck<PdfUnderTest>> pdfChecks = List.of(new PdfFontCheck(), new PdfTextCheck(),
            new PdfLinkCheck(), new PdfStructureCheck(), new PdfStandardsCheck());
    private final List<OutputCheck<EpubUnderTest>> epubChecks = List.of(new EpubConformanceCheck(),
            new EpubTextCheck(), new EpubLinkCheck(), new EpubFontCheck());

    public OutputGate(Processor processor, Progress progress) {
        this.processor = processor;
        this.progress = progress;
    }

    @Override
    public List<Path> check(Publication publication, List<Path> staged, Path outDir) throws PublishException {
        if (staged.isEmpty()) {
            return List.of();
        }
        CheckReport report = inspect(publication.source(), staged);
        Path json = staged.get(0).resolveSibling(REPORT);
        write(json, report.toJson());
        report.summary().forEach(line -> progress.stageDone("check", line, Duration.ZERO));
        if (report.passed()) {
            deleteStale(outDir.resolve(FAILED_REPORT));
            return List.of(json);
        }
        moveReport(json, outDir.resolve(FAILED_REPORT));
        throw failure(report, outDir.resolve(FAILED_REPORT));
    }

    /** Runs every check that applies to each output (chosen by file extension). */
    public CheckReport inspect(Path source, List<Path> outputs) throws PublishException {
        SourceText text = SourceText.read(processor, source);
        CheckReport report = new CheckReport();
        for (Path output : outputs) {
            String name = output.getFileName().toString();
            if (name.endsWith(".pdf")) {
                try (PdfUnderTest pdf = PdfUnderTest.open(output)) {
                    runAll(pdfChecks, pdf, text, name, report);
                } catch (IOException e) {
                    throw new CheckFailedException("The validation gate cannot open " + name + ": " + e.getMessage());
                }
            } else if (name.endsWith(".epub")) {
                EpubUnderTest epub;
                try {
                    epub = EpubUnderTest.open(processor, output);
                } catch (IOException | net.sf.saxon.s9api.SaxonApiException e) {
                    throw new CheckFailedException("The validation gate cannot open " + name + ": " + e.getMessage());
                }
                runAll(epubChecks, epub, text, name, report);
            }
        }
        return report;
    }

    private static <T> void runAll(List<OutputCheck<T>> checks, T output, SourceText text, String name,
            CheckReport report) throws CheckFailedException {
        for (OutputCheck<T> check : checks) {
            CheckResult result = new CheckResult(check.name());
            long start = System.nanoTime();
            try {
                check.run(output, text, result);
            } catch (Exception e) {
                result.error("The check could not run: " + e, null);
            }
            result.took(Duration.ofNanos(System.nanoTime() - start).toMillis());
            report.add(name, result);
        }
    }

    private static CheckFailedException failure(CheckReport report, Path reportFile) {
        List<Finding> errors = report.errors();
        Finding first = errors.get(0);
        String message = first.check() + ": " + first.message()
                + (errors.size() > 1 ? " (and " + (errors.size() - 1) + " more defects)" : "")
                + "; the outputs were not published, see " + reportFile;
        if (first.place() != null) {
            return new CheckFailedException(message, first.place().file(), first.place().line(), -1);
        }
        return new CheckFailedException(message);
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
