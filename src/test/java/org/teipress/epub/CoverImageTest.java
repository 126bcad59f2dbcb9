package org.teipress.epub;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.teipress.core.BundledResources;
import org.teipress.fonts.ParsedFonts;

class CoverImageTest {
    private static final String TITLE = "2023年俄罗斯与上海合作组织的交往与合作";

    @Test
    void coverIsAPortraitPngAndTheSameOnEveryDraw() throws Exception {
        CoverImage cover = new CoverImage(ParsedFonts.of(new BundledResources()));
        byte[] png = cover.draw(TITLE, List.of("赵玉明"));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(CoverImage.WIDTH, image.getWidth());
        assertEquals(CoverImage.HEIGHT, image.getHeight());
        assertArrayEquals(png, cover.draw(TITLE, List.of("赵玉明")));
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
