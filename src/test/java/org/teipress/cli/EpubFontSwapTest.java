package org.teipress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.teipress.app.Toolchain;
import org.teipress.core.PublishException;
import org.teipress.epub.EpubEntries;

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
        built = EpubEntries.read(out.resolve("small.epub"));
        assertTrue(built.containsKey(FONTS + "NotoSerif-Regular.ttf") && built.containsKey(FONTS + "NotoSerif-Bold.ttf")
                && built.containsKey(FONTS + "NotoSerifSC-Regular.ttf"), built.keySet().toString());
    }

    private CliRun checkWith(Map<String, byte[]> swapped) throws IOException {
        Map<String, byte[]> epub = new LinkedHashMap<>(built);
        epub.putAll(swapped);
        EpubEntries.write(out.resolve("small.epub"), epub);
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
}
