package org.teipress.check;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teipress.pipeline.CheckFailedException;
import org.teipress.pipeline.InvalidInputException;
import org.teipress.pipeline.OutputFormat;
import org.teipress.pipeline.Pipeline;
import org.teipress.pipeline.Progress;
import org.teipress.core.BundledResources;
import org.teipress.xslt.Normalizer;
import org.teipress.xslt.Stylesheets;

/** The gate inside the pipeline: a defective output never replaces the last good one in the output folder. */
class OutputGateTest {
    @TempDir
    Path dir;

    private final Processor processor = new Processor(false);
    private final Stylesheets stylesheets = new Stylesheets(processor, new BundledResources());
    private final Normalizer normalizer = new Normalizer(stylesheets);

    private Pipeline pipeline() {
        return new Pipeline(source -> {
            try {
                net.sf.saxon.s9api.DocumentBuilder builder = processor.newDocumentBuilder();
                builder.setLineNumbering(true);
                return builder.build(source.toFile());
            } catch (SaxonApiException e) {
                throw new InvalidInputException(e.getMessage(), source, -1, -1, e);
            }
        }, normalizer, Progress.silent(), new OutputGate(stylesheets, normalizer, Progress.silent()));
    }

    /** An EPUB "renderer" that writes the given fixture. */
    private static OutputFormat epub(FixtureEpub fixture) {
        return new OutputFormat() {
            @Override
            public String name() {
                return "epub";
            }

            @Override
            public void write(org.teipress.pipeline.Publication publication, Path target) {
                try {
                    fixture.write(target);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        };
    }

    @Test
    void aDefectiveOutputLeavesTheLastGoodOneInPlace() throws Exception {
        Path tei = Sample.copy(dir);
        Path dist = dir.resolve("dist");
        List<Path> written = pipeline().build(tei, dist, List.of(epub(new FixtureEpub())));
        assertEquals(List.of(dist.resolve("sample.epub"), dist.resolve(OutputGate.REPORT)), written);
        byte[] good = Files.readAllBytes(dist.resolve("sample.epub"));
        assertTrue(Files.readString(dist.resolve(OutputGate.REPORT)).contains("\"passed\": true"));

        CheckFailedException failure = assertThrows(CheckFailedException.class,
                () -> pipeline().build(tei, dist, List.of(epub(new FixtureEpub().noBackLinks()))));

        assertTrue(failure.getMessage().startsWith("epub-links: The note EPUB/text.xhtml#fn-author has no link back"),
                failure.getMessage());
        assertTrue(failure.getMessage().contains("(and 2 more defects)"), failure.getMessage());
        assertEquals(tei, failure.file().orElseThrow());
        assertEquals(Sample.lineOf(tei, "xml:id=\"fn-author\""), failure.line());
        assertArrayEquals(good, Files.readAllBytes(dist.resolve("sample.epub")));
        assertTrue(Files.readString(dist.resolve(OutputGate.REPORT)).contains("\"passed\": true"));
        String failedReport = Files.readString(dist.resolve(OutputGate.FAILED_REPORT));
        assertTrue(failedReport.contains("\"passed\": false"), failedReport);
        assertTrue(failedReport.contains("\"epub-links\": {\n        \"status\": \"failed\""), failedReport);
        try (var leftovers = Files.list(dist)) {
            assertEquals(3, leftovers.count(), "no staging folder or half-checked file is left behind");
        }
    }

    @Test
    void aGoodBuildClearsTheReportOfAnEarlierFailure() throws Exception {
        Path tei = Sample.copy(dir);
        Path dist = dir.resolve("dist");
        assertThrows(CheckFailedException.class,
                () -> pipeline().build(tei, dist, List.of(epub(new FixtureEpub().noBackLinks()))));
        assertTrue(Files.exists(dist.resolve(OutputGate.FAILED_REPORT)));
        pipeline().build(tei, dist, List.of(epub(new FixtureEpub())));
        assertFalse(Files.exists(dist.resolve(OutputGate.FAILED_REPORT)));
    }

    @Test
    void theReportListsEveryCheckWithItsTimeAndFigures() throws Exception {
        Path tei = Sample.copy(dir);
        Path epubFile = new FixtureEpub().write(dir.resolve("sample.epub"));
        CheckReport report = new OutputGate(stylesheets, normalizer, Progress.silent()).inspect(tei, List.of(epubFile));
        assertEquals(List.of("epubcheck", "epub-text", "epub-links", "epub-fonts", "epub-accessibility"),
                report.results("sample.epub").stream().map(CheckResult::check).toList());
        String json = report.toJson();
        assertTrue(json.contains("\"coveragePercent\": 100.0"), json);
        assertTrue(json.contains("\"milliseconds\": "), json);
        assertTrue(report.summary().get(0).matches("sample.epub +[0-9]+ ms  epubcheck +passed .*"), report.summary().get(0));
    }
}
