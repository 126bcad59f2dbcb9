package org.teipress.epub;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teipress.core.BundledResources;
import org.teipress.fonts.ParsedFonts;

class CoverImageTest {
    private static final String TITLE = "2023年俄罗斯与上海合作组织的交往与合作";

    @TempDir
    Path dir;

    @Test
    void coverIsAPortraitPngAndTheSameOnEveryDraw() throws Exception {
        CoverImage cover = new CoverImage(ParsedFonts.of(new BundledResources()));
        byte[] png = cover.draw(TITLE, List.of("赵玉明"), dir);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(CoverImage.WIDTH, image.getWidth());
        assertEquals(CoverImage.HEIGHT, image.getHeight());
        assertArrayEquals(png, cover.draw(TITLE, List.of("赵玉明"), dir));
        assertEquals(List.of(), names(dir, ""), "the font subsets drawn with are gone");
    }

    /**
     * A build killed after drawing its cover (here: a JVM halted, so no shutdown hook runs) leaves no
     * font copy in java.io.tmpdir: Java2D copies a font it reads from a stream there (+~JF….tmp).
     */
    @Test
    void aKilledBuildLeavesNoFontCopyInTheTemporaryFolder() throws Exception {
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        Path work = Files.createDirectories(dir.resolve("work"));
        Process child = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"),
                "-Djava.io.tmpdir=" + tmp, "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                DrawCoverThenHalt.class.getName(), work.toString()).redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, child.waitFor(), output);
        assertEquals(List.of("cover.png"), names(work, ""), output);
        assertEquals(List.of(), names(tmp, "+~JF"), "Java2D's font copies in java.io.tmpdir");
    }

    private static List<String> names(Path folder, String prefix) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.startsWith(prefix)).sorted()
                    .toList();
        }
    }

    /** Draws a cover into the folder given, then stops the JVM as a kill would. */
    static final class DrawCoverThenHalt {
        public static void main(String[] args) throws Exception {
            Path work = Path.of(args[0]);
            byte[] png = new CoverImage(ParsedFonts.of(new BundledResources())).draw(TITLE, List.of("赵玉明"), work);
            Files.write(work.resolve("cover.png"), png);
            Runtime.getRuntime().halt(0);
        }
    }

    @Test
    void titleLinesAreEvenKeepEveryCharacterAndNeverStartWithClosingPunctuation() {
        FontMetrics metrics = metrics(new Font(Font.SERIF, Font.BOLD, 96));
        String title = "俄罗斯与上海合作组织，交往与合作的新阶段：回顾与展望";
        List<String> lines = CoverImage.wrap(title, metrics, 940);
        assertEquals(title, String.join("", lines));
        assertTrue(lines.size() > 1, lines.toString());
        int shortest = lines.stream().mapToInt(String::length).min().orElseThrow();
        int longest = lines.stream().mapToInt(String::length).max().orElseThrow();
        assertTrue(longest - shortest <= 2, "uneven lines " + lines);
        for (String line : lines) {
            assertFalse("，。、；：？！）》”’".contains(line.substring(0, 1)), "line starts with closing punctuation: " + lines);
            assertTrue(metrics.stringWidth(line) <= 940 + metrics.charWidth('，'), "line too wide: " + line);
        }
    }

    @Test
    void latinTitlesBreakBetweenWordsNeverInsideOne() {
        FontMetrics metrics = metrics(new Font(Font.SERIF, Font.BOLD, 96));
        String title = "Russia and the Shanghai Cooperation Organisation: exchanges and cooperation in 2023";
        List<String> lines = CoverImage.wrap(title, metrics, 940);
        assertEquals(title, String.join("", lines));
        assertTrue(lines.size() > 1, lines.toString());
        List<String> words = List.of(title.split(" "));
        for (String line : lines) {
            for (String word : line.strip().split(" ")) {
                assertTrue(words.contains(word), "'" + word + "' is a piece of a word: " + lines);
            }
        }
    }

    @Test
    void aWordWiderThanTheLineIsBrokenRatherThanClipped() {
        FontMetrics metrics = metrics(new Font(Font.SERIF, Font.BOLD, 96));
        String title = "Pneumonoultramicroscopicsilicovolcanoconiosis";
        List<String> lines = CoverImage.wrap(title, metrics, 940);
        assertEquals(title, String.join("", lines));
        for (String line : lines) {
            assertTrue(metrics.stringWidth(line) <= 940, "line too wide: " + line);
        }
    }

    private static FontMetrics metrics(Font font) {
        BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        return scratch.createGraphics().getFontMetrics(font);
    }
}
