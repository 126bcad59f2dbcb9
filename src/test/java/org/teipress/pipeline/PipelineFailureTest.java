package org.teipress.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teipress.core.BundledResources;
import org.teipress.core.PublishException;
import org.teipress.xslt.Normalizer;
import org.teipress.xslt.Stylesheets;

/**
 * What a build leaves behind when the machine, not the source, fails it: a full disk, a full heap,
 * a build killed before it could clean up.
 */
class PipelineFailureTest {
    private static final String TEI = "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><teiHeader><fileDesc><titleStmt>"
            + "<title>T</title></titleStmt><publicationStmt><p>p</p></publicationStmt><sourceDesc><p>s</p>"
            + "</sourceDesc></fileDesc></teiHeader><text><body><p>text</p></body></text></TEI>";
    private static Processor processor;
    private static Normalizer normalizer;

    @TempDir
    Path dir;

    @BeforeAll
    static void stylesheets() {
        processor = new Processor(false);
        normalizer = new Normalizer(new Stylesheets(processor, new BundledResources()));
    }

    private SourceValidator parsing() {
        return source -> {
            try {
                return processor.newDocumentBuilder().build(new StreamSource(source.toFile()));
            } catch (SaxonApiException e) {
                throw new InvalidInputException(e.getMessage(), source, -1, -1);
            }
        };
    }

    private Path source() throws IOException {
        return Files.writeString(dir.resolve("doc.xml"), TEI, StandardCharsets.UTF_8);
    }

    private static OutputFormat format(String name, Writer writer) {
        return new OutputFormat() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public void write(Publication publication, Path target) throws PublishException {
                writer.write(target);
            }
        };
    }

    @FunctionalInterface
    private interface Writer {
        void write(Path target) throws PublishException;
    }

    private static final Writer WRITES_A_FILE = target -> {
        try {
            Files.writeString(target, "output");
        } catch (IOException e) {
            throw new PublishException("cannot write", e);
        }
    };

    private Pipeline pipeline() {
        return new Pipeline(parsing(), normalizer, Progress.silent());
    }

    private static List<String> hidden(Path out) throws IOException {
        try (Stream<Path> files = Files.list(out)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".")).sorted().toList();
        }
    }

    @Test
    void aFullDiskIsReportedAsSuchWithTheFolderAndExitCodeFive() throws IOException {
        Path out = dir.resolve("out");
        Writer fullDisk = target -> {
            throw new PublishException("Rendering the PDF failed: java.io.IOException: No space left on device."
                    + " This is a defect of tei-press or FOP, not of the document; please report it.",
                    new IOException("No space left on device"));
        };
        PublishException failure = assertThrows(PublishException.class,
                () -> pipeline().build(source(), out, List.of(format("pdf", fullDisk))));
        assertTrue(failure.getMessage().startsWith("The disk is full"), failure.getMessage());
        assertTrue(failure.getMessage().contains(out.toAbsolutePath().toString()), failure.getMessage());
        assertTrue(failure.getMessage().contains("MB free"), failure.getMessage());
        assertFalse(failure.getMessage().contains("please report"), failure.getMessage());
        assertEquals(List.of(), hidden(out), "no staging folder is left behind");
    }

    @Test
    void runningOutOfHeapIsItsOwnFailureWithTheHeapSizeAndTheRemedy() throws IOException {
        Writer exhausting = target -> {
            throw new OutOfMemoryError("Java heap space");
        };
        Path out = dir.resolve("out");
        PublishException failure = assertThrows(PublishException.class,
                () -> pipeline().build(source(), out, List.of(format("pdf", exhausting))));
        assertTrue(failure instanceof HeapExhaustedException, failure.toString());
        long megabytes = Runtime.getRuntime().maxMemory() / (1024 * 1024);
        assertTrue(failure.getMessage().contains(String.format(java.util.Locale.ROOT, "%,d MB", megabytes)),
                failure.getMessage());
        assertTrue(failure.getMessage().contains("-Xmx"), failure.getMessage());
        assertEquals(List.of(), hidden(out));
    }

    @Test
    void outOfHeapWhileValidatingIsReportedTheSameWay() throws IOException {
        SourceValidator exhausting = source -> {
            throw new OutOfMemoryError("Java heap space");
        };
        Pipeline pipeline = new Pipeline(exhausting, normalizer, Progress.silent());
        Path source = source();
        assertThrows(HeapExhaustedException.class,
                () -> pipeline.build(source, dir.resolve("out"), List.of(format("pdf", WRITES_A_FILE))));
    }

    @Test
    void stagingFoldersOfKilledBuildsAreRemovedThoseOfRunningBuildsKept() throws Exception {
        Path out = dir.resolve("out");
        Process finished = new ProcessBuilder("true").start();
        finished.waitFor();
        Path killed = Files.createDirectories(out.resolve(".tei-press-111"));
        Files.writeString(killed.resolve(StagingFolder.OWNER_FILE), finished.pid() + " 2026-01-01T00:00:00Z\n");
        Files.writeString(killed.resolve("doc.pdf"), "half a PDF");
        Path running = Files.createDirectories(out.resolve(".tei-press-222"));
        ProcessHandle self = ProcessHandle.current();
        Files.writeString(running.resolve(StagingFolder.OWNER_FILE),
                self.pid() + " " + self.info().startInstant().orElseThrow() + "\n");
        Path reused = Files.createDirectories(out.resolve(".tei-press-333"));
        Files.writeString(reused.resolve(StagingFolder.OWNER_FILE), self.pid() + " 2001-01-01T00:00:00Z\n");

        List<Path> written = pipeline().build(source(), out, List.of(format("pdf", WRITES_A_FILE)));

        assertEquals(List.of(out.resolve("doc.pdf")), written);
        assertEquals(List.of(".tei-press-222"), hidden(out),
                "the dead build's folder and the one whose process id was reused are gone; the live one stays");
    }

    @Test
    void anOutputFolderThatIsAFileIsNamedAsSuch() throws IOException {
        Path file = Files.writeString(dir.resolve("out"), "a file");
        PublishException failure = assertThrows(PublishException.class,
                () -> pipeline().build(source(), file, List.of(format("pdf", WRITES_A_FILE))));
        assertTrue(failure.getMessage().contains("is a file, not a folder"), failure.getMessage());
    }
}
