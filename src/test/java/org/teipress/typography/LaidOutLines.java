package org.teipress.typography;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The lines of a laid-out PDF as the reader sees them: every glyph of a page grouped by its
 * baseline (not by PDFBox's reading-order runs, which split a line at wide gaps), left to right.
 * Raised note marks sit on a baseline of their own and form lines of their own.
 */
final class LaidOutLines {
    /** One glyph: its text, left edge, advance, font size, the page it is on, and whether its face is bold. */
    record Glyph(String text, double x, double width, double size, int page, boolean bold) {
        double end() {
            return x + width;
        }

        boolean isBlank() {
            return text.isBlank();
        }

        int codePoint() {
            return text.codePointAt(0);
        }
    }

    /** One line, glyphs from left to right, blank glyphs included. */
    record Line(int page, double baseline, List<Glyph> glyphs) {
        List<Glyph> visible() {
            return glyphs.stream().filter(g -> !g.isBlank()).toList();
        }

        String text() {
            StringBuilder text = new StringBuilder();
            glyphs.forEach(g -> text.append(g.text()));
            return text.toString();
        }

        /** The em of the line: the advance of its Han characters, else 0. */
        double em() {
            return glyphs.stream().filter(g -> Scripts.isHan(g.codePoint())).mapToDouble(Glyph::width)
                    .max().orElse(0);
        }
    }

    private LaidOutLines() {
    }

    private static boolean isBold(TextPosition position) {
        return position.getFont() != null && position.getFont().getName() != null
                && position.getFont().getName().contains("Bold");
    }

    static List<Line> of(PDDocument pdf) throws IOException {
        List<Line> lines = new ArrayList<>();
        for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
            lines.addAll(onPage(pdf, page));
        }
        return lines;
    }

    private static List<Line> onPage(PDDocument pdf, int page) throws IOException {
        TreeMap<Long, List<Glyph>> byBaseline = new TreeMap<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition position) {
                // Baselines closer than half a point are the same line.
                long key = Math.round(position.getYDirAdj() * 2);
                byBaseline.computeIfAbsent(key, k -> new ArrayList<>())
                        .add(new Glyph(position.getUnicode(), position.getXDirAdj(), position.getWidthDirAdj(),
                                position.getFontSizeInPt(), page, isBold(position)));
            }
        };
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        stripper.getText(pdf);
        List<Line> lines = new ArrayList<>();
        byBaseline.forEach((key, glyphs) -> {
            glyphs.sort(Comparator.comparingDouble(Glyph::x));
            lines.add(new Line(page, key / 2.0, glyphs));
        });
        return lines;
    }
}
