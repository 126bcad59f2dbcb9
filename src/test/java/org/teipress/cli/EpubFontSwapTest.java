package org.teipress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.teipress.app.Toolchain;
import org.teipress.core.PublishException;

/**
 * `check` judges an EPUB's fonts by the face the style sheets give each text run: an EPUB whose
 * Noto Serif files were swapped for the CJK font, or whose Regular was swapped for the Bold
 * subset, has as many glyphs in all as before, yet sets its Latin and Cyrillic in the wrong type.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EpubFontSwapTest {
    private static final String FONTS = "OEBPS/fonts/";

    private Toolchain toolchain;
    private Path source;
    private Path out;
    private Map<String, byte[]> built;

    @BeforeAll
    void buildTheSmallReport(@TempDir Path dir) throws PublishException, IOException {
        toolchain = new Toolchain();
        source = Files.copy(Path.of("src/test/resources/cli/small.xml"), dir.resolve("small.xml"));
        out = dir.resolve("out");
        CliRun build = CliRun.run(() -> toolchain, "build", source.toString(), "--out", out.toString(),
                "--format", "epub", "-q");
        assertEquals(ExitCodes.OK, build.exit(), build.toString());
        built = entries(out.resolve("small.epub"));
        assertTrue(built.containsKey(FONTS + "NotoSerif-Regular.ttf") && built.containsKey(FONTS + "NotoSerif-Bold.ttf")
                && built.containsKey(FONTS + "NotoSerifSC-Regular.ttf"), built.keySet().toString());
    }

    private CliRun checkWith(Map<String, byte[]> swapped) throws IOException {
        Map<String, byte[]> epub = new LinkedHashMap<>(built);
        epub.putAll(swapped);
        write(out.resolve("small.epub"), epub);
        return CliRun.run(() -> toolchain, "check", source.toString(), "--out", out.toString(), "--format", "epub");
    }

    @Test
    void theEpubAsBuiltPasses() throws IOException {
        CliRun check = checkWith(Map.of());
        assertEquals(ExitCodes.OK, check.exit(), check.toString());
    }

    @Test
    void regularSwappedForTheBoldSubsetFails() throws IOException {
        CliRun check = checkWith(Map.of(FONTS + "NotoSerif-Regular.ttf", built.get(FONTS + "NotoSerif-Bold.ttf")));
        assertEquals(ExitCodes.CHECK_FAILED, check.exit(), check.toString());
        assertTrue(check.err().contains("epub-fonts") && check.err().contains("NotoSerif-Regular.ttf")
                && check.err().contains("\"Noto Serif\" 700"), check.toString());
    }

    @Test
    void notoSerifSwappedForTheCjkFontFails() throws IOException {
        byte[] cjk = built.get(FONTS + "NotoSerifSC-Regular.ttf");
        CliRun check = checkWith(Map.of(FONTS + "NotoSerif-Regular.ttf", cjk, FONTS + "NotoSerif-Bold.ttf", cjk));
        assertEquals(ExitCodes.CHECK_FAILED, check.exit(), check.toString());
        assertTrue(check.err().contains("epub-fonts") && check.err().contains("\"Noto Serif SC\" 400"), check.toString());
    }

    private static Map<String, byte[]> entries(Path epub) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(epub.toFile())) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                entries.put(entry.getName(), zip.getInputStream(entry).readAllBytes());
            }
        }
        return entries;
    }

    /** An EPUB container: the mimetype first and stored, the rest deflated. */
    private static void write(Path epub, Map<String, byte[]> entries) throws IOException {
        try (OutputStream file = Files.newOutputStream(epub); ZipOutputStream zip = new ZipOutputStream(file)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                ZipEntry zipEntry = new ZipEntry(entry.getKey());
                if (entry.getKey().equals("mimetype")) {
                    CRC32 crc = new CRC32();
                    crc.update(entry.getValue());
                    zipEntry.setMethod(ZipEntry.STORED);
                    zipEntry.setSize(entry.getValue().length);
                    zipEntry.setCrc(crc.getValue());
                }
                zip.putNextEntry(zipEntry);
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
    }
}
