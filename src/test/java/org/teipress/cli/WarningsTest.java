package org.teipress.cli;

import org.teipress.app.Toolchain;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.teipress.core.PublishException;

/**
 * Layout warnings (here FOP's, for a word too long for any line whose pieces between markup are
 * too short for emergency breaks) reach the command's own error stream, so that callers capturing
 * it see them, and --quiet silences them with the progress.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WarningsTest {
    private Toolchain shared;

    @TempDir
    Path dir;

    @BeforeAll
    void toolchain() throws PublishException {
        shared = new Toolchain();
    }

    private Path sourceWithAnUnbreakableWord() throws Exception {
        String small = Files.readString(Path.of(getClass().getResource("/cli/small.xml").toURI()), StandardCharsets.UTF_8);
        // Too long for any line, and no text node of it long enough to get emergency breaks
        // (common/urls.xsl): each piece is shorter than 30 characters.
        String word = "Supercalifragilistic<hi rend=\"italic\">expialidocious</hi>".repeat(8);
        return CliRun.write(dir.resolve("long.xml"),
                small.replaceFirst("俄罗斯是上海合作组织创始成员国之一。", "俄罗斯是上海合作组织创始成员国之一。" + word));
    }

    @Test
    void aLayoutWarningIsReportedOnTheCommandsErrorStream() throws Exception {
        CliRun run = CliRun.run(() -> shared, "build", sourceWithAnUnbreakableWord().toString(),
                "--out", dir.resolve("out").toString(), "--format", "pdf");
        assertTrue(run.err().contains("tei-press: pdf: warning:"), run.toString());
    }

    @Test
    void quietSilencesWarnings() throws Exception {
        CliRun run = CliRun.run(() -> shared, "build", sourceWithAnUnbreakableWord().toString(),
                "--out", dir.resolve("quiet").toString(), "--format", "pdf", "--quiet");
        assertFalse(run.err().contains("warning"), run.toString());
    }
}
