package org.teipress.cli;

import org.teipress.app.Toolchain;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.teipress.core.PublishException;
import org.teipress.core.BundledResources;

/**
 * Each kind of bad input gets its exit code and a message that says where, what was expected and
 * how to fix it, and leaves the output folder exactly as it was: last good outputs kept, nothing
 * new, no staging folder left behind.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputTest {
    private Toolchain shared;

    @TempDir
    Path dir;
    private Path out;
    private Map<String, String> before;

    @BeforeAll
    void toolchain() throws PublishException {
        shared = new Toolchain();
    }

    @BeforeEach
    void lastGoodOutputs() throws IOException {
        out = dir.resolve("out");
        for (String name : new String[] {"doc.epub", "doc.pdf", "report.validation.json"}) {
            Path file = CliRun.write(out.resolve(name), "last good " + name);
            Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2020-01-01T00:00:00Z")));
        }
        before = CliRun.snapshot(out);
    }

    private CliRun build(Path source, String... more) {
        String[] args = new String[4 + more.length];
        args[0] = "build";
        args[1] = source.toString();
        args[2] = "--out";
        args[3] = out.toString();
        System.arraycopy(more, 0, args, 4, more.length);
        return CliRun.run(() -> shared, args);
    }

    private void assertOutputFolderUntouched() throws IOException {
        assertEquals(before, CliRun.snapshot(out), "the output folder is exactly as before the failed build");
    }

    private static void assertMessage(CliRun run, int exit, String location, String... phrases) {
        assertEquals(exit, run.exit(), run.toString());
        assertTrue(run.err().contains(location), "names " + location + ":\n" + run);
        for (String phrase : phrases) {
            assertTrue(run.err().contains(phrase), "says '" + phrase + "':\n" + run);
        }
        assertFalse(run.err().contains("internal error"), run.toString());
        assertEquals("", run.out(), "nothing is reported as written");
    }

    @Test
    void malformedXml() throws IOException {
        Path source = CliRun.write(dir.resolve("doc.xml"), CliRun.tei("<p>unclosed\n<p>second</p>"));
        CliRun run = build(source);
        assertMessage(run, ExitCodes.INVALID_INPUT, source + ":7:", "not well-formed", "Expected");
        assertOutputFolderUntouched();
    }

    @Test
    void notTei() throws IOException {
        Path source = CliRun.write(dir.resolve("doc.xml"), "<?xml version=\"1.0\"?>\n<html><body><p>x</p></body></html>\n");
        CliRun run = build(source);
        assertMessage(run, ExitCodes.INVALID_INPUT, source + ":2:", "not a TEI document", "expected <TEI>");
        assertOutputFolderUntouched();
    }

    @Test
    void underStrictATeiElementTheHouseSchemaLacksIsRefused() throws IOException {
        Path source = CliRun.write(dir.resolve("doc.xml"),
                CliRun.tei("<p>before</p>\n<table><row><cell>a</cell></row></table>"));
        CliRun run = build(source, "--strict");
        assertMessage(run, ExitCodes.INVALID_INPUT, source + ":6:", "table");
        assertTrue(run.err().contains("not supported") || run.err().contains("does not support"), run.toString());
        assertOutputFolderUntouched();
    }

    @Test
    void underStrictADuplicateXmlIdBreaksTheProjectRules() throws IOException {
        Path source = CliRun.write(dir.resolve("doc.xml"),
                CliRun.tei("<p xml:id=\"a\">one</p>\n<p xml:id=\"a\">two</p>"));
        CliRun run = build(source, "--strict");
        assertMessage(run, ExitCodes.INVALID_INPUT, source + ":6", "a");
        assertOutputFolderUntouched();
    }

    /**
     * A private-use character of a project's own (U+F87D, Kanseki Repository) has no font
     * anywhere: it is refused with its place, not printed as some other font's glyph for it.
     */
    @Test
    void privateUseCharacterNoFontCovers() throws IOException {
        Path source = CliRun.write(dir.resolve("doc.xml"), CliRun.tei("<p>text</p>\n<p>笑\uF87D林</p>"));
        CliRun run = build(source);
        assertMessage(run, ExitCodes.INVALID_INPUT, source + ":6", "U+F87D", "Replace");
        assertOutputFolderUntouched();
    }

    @Test
    void characterNoFontCovers() throws IOException {
        Path source = CliRun.write(dir.resolve("doc.xml"),
                CliRun.tei("<p>ordinary text</p>\n<p>the sign \uD80C\uDC00 is a hieroglyph</p>"));
        CliRun run = build(source);
        assertMessage(run, ExitCodes.INVALID_INPUT, source + ":6", "U+13000", "EGYPTIAN HIEROGLYPH", "Replace");
        assertOutputFolderUntouched();
    }

    @Test
    void missingFontFile() throws IOException {
        ClassLoader hiding = new ClassLoader(getClass().getClassLoader()) {
            @Override
            public URL getResource(String name) {
                return name.endsWith("fonts/NotoSerif-Italic.ttf") ? null : super.getResource(name);
            }
        };
        Path source = CliRun.write(dir.resolve("doc.xml"), CliRun.tei("<p>text</p>"));
        CliRun run = CliRun.run(() -> new Toolchain(new BundledResources(hiding)), "build", source.toString(), "--out", out.toString());
        assertMessage(run, ExitCodes.CANNOT_PUBLISH, "NotoSerif-Italic.ttf", "tei-press/fonts/NotoSerif-Italic.ttf",
                "missing", "mvn package");
        assertOutputFolderUntouched();
    }

    @Test
    void unreadableFontFile() throws IOException {
        Path broken = CliRun.write(dir.resolve("fonts/NotoSerif-Bold.ttf"), "not a font");
        URL brokenUrl = broken.toUri().toURL();
        ClassLoader damaging = new ClassLoader(getClass().getClassLoader()) {
            @Override
            public URL getResource(String name) {
                return name.endsWith("fonts/NotoSerif-Bold.ttf") ? brokenUrl : super.getResource(name);
            }
        };
        Path source = CliRun.write(dir.resolve("doc.xml"), CliRun.tei("<p>text</p>"));
        CliRun run = CliRun.run(() -> new Toolchain(new BundledResources(damaging)), "build", source.toString(), "--out", out.toString());
        assertMessage(run, ExitCodes.CANNOT_PUBLISH, broken.toString(), "NotoSerif-Bold.ttf", "cannot be read");
        assertOutputFolderUntouched();
    }

    @Test
    void outputFolderThatCannotBeCreated() throws IOException {
        // A folder under a regular file can never be created, not even by root (CI runs as root).
        Path file = CliRun.write(dir.resolve("somefile.txt"), "a file");
        Path source = CliRun.write(dir.resolve("doc.xml"), CliRun.tei("<p>text</p>"));
        CliRun run = CliRun.run(() -> shared, "build", source.toString(), "--out", file.resolve("out").toString());
        assertMessage(run, ExitCodes.CANNOT_PUBLISH, file.resolve("out").toString(), "--out");
        assertEquals("a file", Files.readString(file));
    }

    @Test
    void outputFolderThatIsAFile() throws IOException {
        Path file = CliRun.write(dir.resolve("somefile.txt"), "a file");
        Path source = CliRun.write(dir.resolve("doc.xml"), CliRun.tei("<p>text</p>"));
        CliRun run = CliRun.run(() -> shared, "build", source.toString(), "--out", file.toString());
        assertMessage(run, ExitCodes.CANNOT_PUBLISH, file.toString(), "is a file, not a folder", "--out");
        assertEquals("a file", Files.readString(file));
    }

    @Test
    void outputThatWouldOverwriteTheSource() throws IOException {
        String tei = CliRun.tei("<p>text</p>");
        Path source = CliRun.write(out.resolve("doc.epub"), tei);
        before = CliRun.snapshot(out);
        CliRun run = build(source, "--format", "epub");
        assertMessage(run, ExitCodes.CANNOT_PUBLISH, source.toString(), "Name clash", "--name");
        assertEquals(tei, Files.readString(source));
        assertOutputFolderUntouched();
    }

    @Test
    void outputNameWithAFolder() throws IOException {
        Path source = CliRun.write(dir.resolve("doc.xml"), CliRun.tei("<p>text</p>"));
        CliRun run = build(source, "--name", "../escape");
        assertEquals(ExitCodes.USAGE, run.exit(), run.toString());
        assertTrue(run.err().contains("'../escape'") && run.err().contains("plain file name"), run.toString());
        assertOutputFolderUntouched();
    }

    @Test
    void emptyDocument() throws IOException {
        Path source = CliRun.write(dir.resolve("doc.xml"), CliRun.tei("<div><p/></div>"));
        CliRun run = build(source);
        assertMessage(run, ExitCodes.INVALID_INPUT, source.toString(), "empty", "<body>");
        assertOutputFolderUntouched();
    }

    @Test
    void unknownFormatIsAUsageErrorListingTheValidOnes() throws IOException {
        Path source = CliRun.write(dir.resolve("doc.xml"), CliRun.tei("<p>text</p>"));
        CliRun run = build(source, "--format", "epub,docx");
        assertEquals(ExitCodes.USAGE, run.exit(), run.toString());
        assertTrue(run.err().contains("'docx'") && run.err().contains("valid formats are: "
                + String.join(", ", Toolchain.FORMATS)), run.toString());
        assertOutputFolderUntouched();
    }

    @Test
    void unknownPageSizeIsAUsageError() throws IOException {
        Path source = CliRun.write(dir.resolve("doc.xml"), CliRun.tei("<p>text</p>"));
        CliRun run = build(source, "--page-size", "letter");
        assertEquals(ExitCodes.USAGE, run.exit(), run.toString());
        assertTrue(run.err().contains("185x260, A4, A5"), run.toString());
        assertOutputFolderUntouched();
    }
}
