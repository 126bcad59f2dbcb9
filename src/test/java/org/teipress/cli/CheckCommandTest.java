package org.teipress.cli;

import org.teipress.app.Toolchain;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teipress.check.OutputGate;
import org.teipress.core.PublishException;

/** build publishes through the gate; check re-runs the gate on what is in the folder. */
class CheckCommandTest {

    @TempDir
    Path dir;

    @Test
    void buildThenCheckThenCheckADamagedOutput() throws IOException, PublishException {
        Toolchain toolchain = new Toolchain();
        Path source = Files.copy(Path.of("src/test/resources/cli/small.xml"), dir.resolve("small.xml"));
        Path out = dir.resolve("out");

        CliRun build = CliRun.run(() -> toolchain, "build", source.toString(), "--out", out.toString(), "--name", "book");
        assertEquals(ExitCodes.OK, build.exit(), build.toString());
        for (String format : Toolchain.FORMATS) {
            assertTrue(build.out().contains(out.resolve("book." + format).toString()), build.toString());
            assertTrue(build.err().contains("tei-press: " + format), "one progress line per stage:\n" + build);
        }
        assertTrue(build.err().contains("tei-press: validate") && build.err().contains("tei-press: check"), build.toString());
        Path report = out.resolve(OutputGate.REPORT);
        Files.setLastModifiedTime(report, FileTime.from(Instant.parse("2020-01-01T00:00:00Z")));

        CliRun check = CliRun.run(() -> toolchain, "check", source.toString(), "--out", out.toString(), "--name", "book");
        assertEquals(ExitCodes.OK, check.exit(), check.toString());
        assertTrue(check.out().contains("passed"), check.toString());
        assertTrue(Files.getLastModifiedTime(report).toInstant().isAfter(Instant.parse("2021-01-01T00:00:00Z")),
                "the report is rewritten");

        // Damage the EPUB: its text no longer matches the source.
        Path epub = out.resolve("book.epub");
        byte[] bytes = Files.readAllBytes(epub);
        Files.write(epub, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        CliRun damaged = CliRun.run(() -> toolchain, "check", source.toString(), "--out", out.toString(),
                "--name", "book", "--format", "epub");
        assertEquals(ExitCodes.CHECK_FAILED, damaged.exit(), damaged.toString());
        assertTrue(Files.readString(report).contains("\"passed\": false"), "the report describes the damaged output");

        CliRun missing = CliRun.run(() -> toolchain, "check", source.toString(), "--out", dir.resolve("nowhere").toString());
        assertEquals(ExitCodes.CHECK_FAILED, missing.exit(), missing.toString());
        assertTrue(missing.err().contains("does not exist") && missing.err().contains("tei-press build"), missing.toString());
    }

    @Test
    void helpTeachesOptionsExamplesAndExitCodes() {
        CliRun help = CliRun.run(Toolchain::new, "build", "--help");
        assertEquals(ExitCodes.OK, help.exit());
        for (String expected : new String[] {"--out", "--format", "--page-size", "--name", "--quiet", "--verbose",
                "Examples:", "tei-press build source-xml/report.xml --out dist/", "Exit codes", "staging"}) {
            assertTrue(help.out().contains(expected), "build --help mentions " + expected + ":\n" + help.out());
        }
    }
}
