package org.teipress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.teipress.app.Toolchain;
import org.teipress.corpus.CorpusSummary;

/** {@code build} with several sources: one JVM, jobs in parallel, a folder per document, one summary. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CorpusBuildTest {
    private Toolchain shared;
    private String small;

    @TempDir
    Path dir;

    @BeforeAll
    void setUp() throws Exception {
        shared = new Toolchain();
        small = Files.readString(Path.of(getClass().getResource("/cli/small.xml").toURI()), StandardCharsets.UTF_8);
    }

    /** The small document with {@code marker} as its first sentence, so each output can be told apart. */
    private Path document(Path file, String marker) throws Exception {
        return CliRun.write(file, small.replaceFirst("俄罗斯是上海合作组织创始成员国之一。", marker + "。"));
    }

    private static String pdfText(Path pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void aFailingDocumentDoesNotStopTheOthersAndTheExitCodeSaysSo() throws Exception {
        Path corpus = dir.resolve("corpus");
        document(corpus.resolve("alpha.xml"), "甲文献");
        document(corpus.resolve("nested/beta.xml"), "乙文献");
        CliRun.write(corpus.resolve("broken.xml"), "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><teiHeader>");
        Path out = dir.resolve("out");

        CliRun run = CliRun.run(() -> shared, "build", corpus.toString(), "--out", out.toString(),
                "--jobs", "2", "--format", "pdf", "--quiet");

        assertEquals(ExitCodes.INVALID_INPUT, run.exit(), run.toString());
        assertTrue(pdfText(out.resolve("alpha/alpha.pdf")).contains("甲文献"), run.toString());
        assertTrue(pdfText(out.resolve("nested/beta/beta.pdf")).contains("乙文献"), run.toString());
        assertFalse(Files.exists(out.resolve("broken/broken.pdf")));
        assertTrue(run.out().contains("2 published, 1 failed; 2 jobs"), run.out());
        assertTrue(run.out().lines().anyMatch(line -> line.contains("FAILED") && line.contains("broken.xml")
                && line.contains(":1:")), "the failed line locates the error: " + run.out());
        String json = Files.readString(out.resolve(CorpusSummary.FILE), StandardCharsets.UTF_8);
        assertTrue(json.contains("\"source\": \"nested/beta.xml\", \"status\": \"published\""), json);
        assertTrue(json.contains("\"source\": \"broken.xml\", \"status\": \"failed\""), json);
        assertTrue(json.contains("\"outputs\": [\"alpha/alpha.pdf\", \"alpha/report.validation.json\"]"), json);
    }

    @Test
    void aCorpusWhereEveryDocumentPassesExitsZero() throws Exception {
        Path one = document(dir.resolve("single/one.xml"), "丙文献");
        Path two = document(dir.resolve("single/two.xml"), "丁文献");
        Path out = dir.resolve("all-pass");

        CliRun run = CliRun.run(() -> shared, "build", one.toString(), two.toString(), "--out", out.toString(),
                "--jobs", "1", "--format", "epub", "--quiet");

        assertEquals(ExitCodes.OK, run.exit(), run.toString());
        assertTrue(Files.isRegularFile(out.resolve("one/one.epub")));
        assertTrue(Files.isRegularFile(out.resolve("two/two.epub")));
        assertTrue(run.out().contains("2 published, 0 failed; 1 job,"), run.out());
    }

    @Test
    void twoShardsSplitACorpusWithoutOverlapAndCoverIt() throws Exception {
        Path corpus = dir.resolve("sharded");
        List<String> names = List.of("a", "b", "c", "d", "e", "f");
        for (String name : names) {
            CliRun.write(corpus.resolve(name + ".xml"), "not even XML");
        }
        Set<String> seen = new HashSet<>();
        for (String shard : List.of("1/2", "2/2")) {
            Path out = dir.resolve("shard-" + shard.charAt(0));
            CliRun run = CliRun.run(() -> shared, "build", corpus.toString(), "--out", out.toString(),
                    "--shard", shard, "--quiet");
            String json = Files.readString(out.resolve(CorpusSummary.FILE), StandardCharsets.UTF_8);
            assertTrue(json.contains("\"shard\": \"" + shard + "\""), json);
            for (String name : names) {
                if (json.contains("\"source\": \"" + name + ".xml\"")) {
                    assertTrue(seen.add(name), name + " is in both shards: " + run);
                }
            }
        }
        assertEquals(new HashSet<>(names), seen, "the two shards together are the corpus");
    }

    @Test
    void nameIsRefusedForACorpus() throws Exception {
        Path one = document(dir.resolve("named/one.xml"), "戊文献");
        CliRun run = CliRun.run(() -> shared, "build", one.toString(), one.toString(), "--name", "x");
        assertEquals(ExitCodes.USAGE, run.exit(), run.toString());
    }

    @Test
    void aFolderHoldsEveryXmlFileBelowItButNotHiddenOnes() throws Exception {
        Path corpus = dir.resolve("listing");
        CliRun.write(corpus.resolve("x/y/deep.xml"), "not XML");
        CliRun.write(corpus.resolve(".hidden/skip.xml"), "not XML");
        CliRun.write(corpus.resolve("notes.txt"), "not a source");
        Path out = dir.resolve("listing-out");
        CliRun.run(() -> shared, "build", corpus.toString(), "--out", out.toString(), "--quiet");
        String json = Files.readString(out.resolve(CorpusSummary.FILE), StandardCharsets.UTF_8);
        assertTrue(json.contains("\"documents\": 1,"), json);
        assertTrue(json.contains("\"source\": \"x/y/deep.xml\""), json);
        try (Stream<Path> files = Files.walk(out)) {
            assertFalse(files.anyMatch(p -> p.toString().contains("hidden")));
        }
    }
}
