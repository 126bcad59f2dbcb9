package org.teipress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The convention options take their values, and their help, from xslt/conventions.xml. */
class ConventionOptionsTest {
    @TempDir
    Path dir;

    @Test
    void anUnlistedValueIsAUsageErrorNamingTheListedOnes() throws Exception {
        Path source = CliRun.write(dir.resolve("a.xml"), CliRun.tei("<p>text</p>"));
        CliRun run = CliRun.run(() -> {
            throw new AssertionError("no toolchain is needed to refuse a usage error");
        }, "build", source.toString(), "--out", dir.resolve("out").toString(), "--source-pages", "sideways");
        assertEquals(ExitCodes.USAGE, run.exit(), run.toString());
        assertTrue(run.err().contains("Unknown value 'sideways' in --source-pages; valid values are: bracketed, margin, none."),
                run.toString());
    }

    @Test
    void theHelpListsTheValuesFromTheSameFile() {
        CliRun run = CliRun.run(() -> {
            throw new AssertionError("help needs no toolchain");
        }, "build", "--help");
        String help = run.out().replaceAll("\\s+", " ");
        assertTrue(help.contains("--line-numbers=STYLE Verse line numbers from l/@n: every-5, all, none"), help);
        assertTrue(help.contains("Footnote numbers: per-page, continuous, per-chapter"), help);
    }
}
