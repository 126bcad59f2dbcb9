package org.teipress.cli;

import org.teipress.app.Toolchain;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teipress.pipeline.Gate;
import org.teipress.pipeline.Progress;
import org.teipress.core.PublishException;

/**
 * Two builds of the same source give the same bytes in every format: dates come from the
 * teiHeader (or SOURCE_DATE_EPOCH), never from the clock, and ids and zip entries are stable.
 */
class ReproducibleOutputTest {

    @TempDir
    Path dir;

    @Test
    void twoBuildsAreByteIdentical() throws IOException, PublishException, InterruptedException, NoSuchAlgorithmException {
        Path source = Files.copy(Path.of("src/test/resources/cli/small.xml"), dir.resolve("small.xml"));
        Toolchain toolchain = new Toolchain();
        List<Path> first = build(toolchain, source, dir.resolve("first"));
        // Past the two-second resolution of zip times, so that a clock-derived date would show.
        Thread.sleep(2100);
        List<Path> second = build(toolchain, source, dir.resolve("second"));
        assertEquals(Toolchain.FORMATS.size(), first.size());
        for (int i = 0; i < first.size(); i++) {
            assertEquals(first.get(i).getFileName(), second.get(i).getFileName());
            assertEquals(sha256(first.get(i)), sha256(second.get(i)), first.get(i).getFileName() + " differs between builds");
        }
    }

    private static List<Path> build(Toolchain toolchain, Path source, Path out) throws PublishException {
        toolchain.allowFolders(source, out);
        return toolchain.pipeline(Progress.silent(), Gate.NONE).build(source, out,
                toolchain.formats(Toolchain.Selection.all()));
    }

    private static String sha256(Path file) throws IOException, NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
