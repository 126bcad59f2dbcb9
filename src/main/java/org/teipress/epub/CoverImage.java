package org.teipress.epub;

import java.awt.Color;
import java.awt.Font;
import java.text.BreakIterator;
import java.util.Locale;
import java.awt.FontFormatException;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.imageio.ImageIO;
import org.teipress.core.PublishException;
import org.teipress.fonts.FontCatalog;
import org.teipress.fonts.FontFace;
import org.teipress.fonts.FontFamily;
import org.teipress.fonts.ParsedFonts;

/**
 * A typographic cover drawn from the title and the authors in the book's own fonts. Drawn
 * with Java2D (headless) into a PNG: nothing but the text decides the pixels, so the same
 * source gives the same cover on every build.
 */
final class CoverImage {
    static final int WIDTH = 1200;
    static final int HEIGHT = 1800;
    private static final Color PAPER = new Color(0xF4, 0xEF, 0xE4);
    private static final Color INK = new Color(0x1F, 0x1A, 0x17);
    private static final Color ACCENT = new Color(0x8C, 0x1D, 0x18);

    private static final String NO_BREAK_BEFORE = "，。、；：？！）》”’";

    private final ParsedFonts fonts;

    CoverImage(ParsedFonts fonts) {
        this.fonts = fonts;
    }

    byte[] draw(String title, List<String> authors, Path workFolder) throws PublishException {
        return draw(title, authors, "", workFolder);
    }

    /**
     * {@code language}: the book's, which picks the Han face (Traditional forms for zh-Hant).
     * {@code workFolder}: the build's own folder, which holds the cover's font subsets while
     * they are drawn with.
     */
    byte[] draw(String title, List<String> authors, String language, Path workFolder) throws PublishException {
        FontCatalog catalog = fonts.catalog();
        // The title as the title page sets it, in the language's heading face where it has one.
        FontFamily titleFamily = catalog.byName(catalog.familyOrder(FontFamily.HEADING, "hani", language).get(0));
        FontFamily family = catalog.byName(catalog.familyOrder("hani", language).get(0));
        List<Path> subsets = new ArrayList<>();
        try {
            Font titleFont = load(titleFamily.closest(true, false), title, workFolder, subsets).deriveFont(96f);
            Font authorFont = load(family.closest(false, false), String.join("", authors), workFolder, subsets)
                    .deriveFont(56f);
            return draw(title, authors, titleFont, authorFont);
        } finally {
            for (Path subset : subsets) {
                try {
                    Files.deleteIfExists(subset);
                } catch (IOException e) {
                    // The work folder goes with the build; a subset left there is removed with it.
                }
            }
        }
    }

    private static byte[] draw(String title, List<String> authors, Font titleFont, Font authorFont)
            throws PublishException {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setColor(PAPER);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setColor(ACCENT);
            g.fillRect(0, 0, WIDTH, 36);
            g.fillRect(120, 1180, WIDTH - 240, 6);

            int margin = 130;
            g.setColor(INK);
            g.setFont(titleFont);
            FontMetrics titleMetrics = g.getFontMetrics();
            int lineHeight = (int) (titleMetrics.getHeight() * 1.25);
            List<String> lines = wrap(title, titleMetrics, WIDTH - 2 * margin);
            int y = 520 - (lines.size() - 1) * lineHeight / 2;
            for (String line : lines) {
                g.drawString(line, (WIDTH - titleMetrics.stringWidth(line)) / 2, y);
                y += lineHeight;
            }
            g.setFont(authorFont);
            FontMetrics authorMetrics = g.getFontMetrics();
            int authorY = 1330;
            for (String author : authors) {
                g.drawString(author, (WIDTH - authorMetrics.stringWidth(author)) / 2, authorY);
                authorY += (int) (authorMetrics.getHeight() * 1.4);
            }
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new PublishException("Cannot encode the cover image: " + e.getMessage(), e);
        }
        return png.toByteArray();
    }

    /**
     * Lines of even length: the narrowest measure that still needs no more lines than the full
     * width does, so that no line is left with a single character.
     */
    static List<String> wrap(String text, FontMetrics metrics, int width) {
        List<String> lines = greedy(text, metrics, width);
        for (int narrower = width - 8; narrower > 0; narrower -= 8) {
            List<String> tried = greedy(text, metrics, narrower);
            if (tried.size() > lines.size()) {
                break;
            }
            lines = tried;
        }
        return lines;
    }

    /**
     * Fills lines at the break opportunities of Unicode line breaking (between ideographs, after
     * spaces, never inside a Latin word), never before closing punctuation. A word wider than the
     * whole line is the one thing broken between its letters, so no text is ever clipped.
     */
    private static List<String> greedy(String text, FontMetrics metrics, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        BreakIterator breaks = BreakIterator.getLineInstance(Locale.ROOT);
        breaks.setText(text);
        for (int start = breaks.first(), end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
            String unit = text.substring(start, end);
            if (metrics.stringWidth(unit.stripTrailing()) > width) {
                for (int codePoint : unit.codePoints().toArray()) {
                    append(Character.toString(codePoint), line, lines, metrics, width);
                }
            } else {
                append(unit, line, lines, metrics, width);
            }
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** Appends {@code unit}, first starting a new line when it would not fit; spaces at a line's end take no room. */
    private static void append(String unit, StringBuilder line, List<String> lines, FontMetrics metrics, int width) {
        if (line.length() > 0 && !NO_BREAK_BEFORE.contains(unit.substring(0, 1))
                && metrics.stringWidth((line + unit).stripTrailing()) > width) {
            lines.add(line.toString());
            line.setLength(0);
        }
        line.append(unit);
    }

    /**
     * {@code face} as Java2D reads it, cut to the characters of {@code text}: the font file stays
     * parsed once, by FontBox, and Java2D reads a few kilobytes instead of copying and parsing
     * 15 MB. Java2D is given a file, not a stream: of a stream it makes its own copy in
     * java.io.tmpdir (+~JF….tmp), which a killed build leaves behind. The file is written into
     * the build's work folder, which the next build removes if this one is killed.
     */
    private Font load(FontFace face, String text, Path workFolder, List<Path> written) throws PublishException {
        Set<Integer> wanted = new TreeSet<>();
        text.codePoints().forEach(wanted::add);
        wanted.add((int) ' ');
        byte[] subset = fonts.subset(face.file(), wanted).data();
        Path file = workFolder.resolve(".cover-" + written.size() + "-" + face.file());
        try {
            Files.write(file, subset);
            written.add(file);
            return Font.createFont(Font.TRUETYPE_FONT, file.toFile());
        } catch (IOException | FontFormatException e) {
            throw new PublishException("Cannot load fonts/" + face.file() + " for the cover from " + file + ": "
                    + e.getMessage(), e);
        }
    }
}
