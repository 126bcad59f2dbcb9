package org.teipress.typography;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.GeneralPath;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.teipress.typography.LaidOutLines.Glyph;
import org.teipress.typography.LaidOutLines.Line;

/**
 * Pages of the report are filled down to their notes. Body lines come whole, so a page may end up
 * to one body line short of its notes; a page that leaves more must be held by a rule a publisher
 * keeps, which the test rebuilds from the next page: the first unit that could have come back
 * (a heading with the two lines it keeps, a paragraph's last two lines, or one line), with the
 * first line of every note marked in it, must not fit into the blank space. The last page, and a
 * page before a new section (a 12 pt heading), are not checked.
 */
class ReportShortPagesIT {
    private static final double MM = 72 / 25.4;
    /** The body's line pitch: 10.5 pt at 1.7 (fo/params.xsl). */
    private static final double PITCH = 10.5 * 1.7;
    /** One line of a footnote: 8.5 pt at 1.45. */
    private static final double NOTE_LINE = 8.5 * 1.45;
    /** Top of the type area on the 185x260 page: 14 mm margin and 10 mm for the running head. */
    private static final double TYPE_AREA_TOP = 24 * MM;
    /** The footnote separator's space above its rule (fo/pages.xsl). */
    private static final double SPACE_ABOVE_RULE = 3 * MM;
    /** A page may end one body line short: lines come whole. */
    private static final double ALLOWED_BLANK_LINES = 1.0;

    private static PDDocument pdf;
    private static List<Line> lines;

    @BeforeAll
    static void open() throws Exception {
        pdf = Loader.loadPDF(PublishedReport.pdf().toFile());
        lines = LaidOutLines.of(pdf);
    }

    @AfterAll
    static void close() throws Exception {
        pdf.close();
    }

    @Test
    void aPageLeavesNoMoreThanALineAboveItsNotesUnlessAKeepHoldsIt() throws IOException {
        double below = PITCH - ascentOnTheGrid();
        List<String> measured = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (int number = 1; number < pdf.getNumberOfPages(); number++) {
            OptionalDouble rule = footnoteRule(pdf.getPage(number - 1));
            if (rule.isEmpty()) {
                continue;
            }
            List<Line> body = bodyLines(number, rule.getAsDouble());
            if (body.isEmpty()) {
                continue;
            }
            checked++;
            double blank = rule.getAsDouble() - SPACE_ABOVE_RULE - (body.get(body.size() - 1).baseline() + below);
            measured.add(String.format("p%d %.2f", number, blank / PITCH));
            if (blank / PITCH <= ALLOWED_BLANK_LINES) {
                continue;
            }
            List<Line> next = bodyLines(number + 1, footnoteRule(pdf.getPage(number)).orElse(Double.MAX_VALUE));
            if (next.isEmpty() || isSectionHeading(next.get(0))) {
                continue; // the last page of the text or of a section
            }
            double unit = firstMovableUnit(number + 1, next);
            measured.set(measured.size() - 1, String.format("p%d %.2f (%.1f pt; p%d opens with %.1f pt held together)",
                    number, blank / PITCH, blank, number + 1, unit));
            if (unit <= blank) {
                wrong.add(String.format("page %d leaves %.2f lines (%.1f pt), yet the %.1f pt that open page %d would fit",
                        number, blank / PITCH, blank, unit, number + 1));
            }
        }
        System.out.println("blank body lines above the notes: " + measured);
        assertTrue(checked >= 5, "only " + checked + " pages with notes and body text");
        assertTrue(wrong.isEmpty(), wrong + "; measured " + measured);
    }

    /** How far the first baseline of a page that opens with body text sits below the type area's top. */
    private static double ascentOnTheGrid() {
        double ascent = Double.MAX_VALUE;
        for (int number = 2; number <= pdf.getNumberOfPages(); number++) {
            List<Line> body = bodyLines(number, Double.MAX_VALUE);
            if (!body.isEmpty() && !isHeading(body.get(0))) {
                ascent = Math.min(ascent, body.get(0).baseline() - TYPE_AREA_TOP);
            }
        }
        assertTrue(ascent > 0 && ascent < PITCH, "no page opens with a body line on the grid: " + ascent);
        return ascent;
    }

    /**
     * The height the next page's opening would need on this page: a heading with its two lines,
     * else the rest of a paragraph that ends within two lines (widows 2), else one line; with the
     * first line of each note marked in those lines, which must start on the page of its mark.
     */
    private static double firstMovableUnit(int page, List<Line> next) {
        int count;
        if (isHeading(next.get(0))) {
            int headingLines = 0;
            while (headingLines < next.size() && isHeading(next.get(headingLines))) {
                headingLines++;
            }
            count = Math.min(next.size(), headingLines + 2);
        } else {
            count = endsParagraph(next, 0) ? 1 : endsParagraph(next, 1) ? 2 : 1;
        }
        List<Line> unit = next.subList(0, count);
        long marks = noteMarks(page).stream()
                .filter(mark -> unit.stream().anyMatch(line -> carries(line, mark))).count();
        return count * PITCH + marks * NOTE_LINE;
    }

    /** A line ends its paragraph when the next one is indented, a heading, or there is none, or when it stops short. */
    private static boolean endsParagraph(List<Line> body, int index) {
        if (index + 1 >= body.size()) {
            return true;
        }
        Line line = body.get(index);
        Line following = body.get(index + 1);
        double left = body.stream().mapToDouble(l -> l.visible().get(0).x()).min().orElseThrow();
        double right = body.stream().mapToDouble(l -> end(l)).max().orElseThrow();
        return isHeading(following) || following.visible().get(0).x() > left + 10.5
                || end(line) < right - 2 * 10.5;
    }

    private static double end(Line line) {
        List<Glyph> visible = line.visible();
        return visible.get(visible.size() - 1).end();
    }

    /** A raised note mark belongs to the body line whose baseline lies just under it. */
    private static boolean carries(Line line, Line mark) {
        return mark.baseline() <= line.baseline() && mark.baseline() > line.baseline() - 0.6 * PITCH;
    }

    private static List<Line> noteMarks(int page) {
        return lines.stream().filter(l -> l.page() == page && !l.visible().isEmpty()
                && size(l) < 7.5 && l.visible().stream().anyMatch(g -> g.codePoint() >= 0x2460 && g.codePoint() <= 0x24FF))
                .toList();
    }

    /** Lines of the text (10.5 pt body, 12 pt section headings) between the running head and the notes. */
    private static List<Line> bodyLines(int page, double ruleTop) {
        return lines.stream()
                .filter(l -> l.page() == page && l.baseline() > TYPE_AREA_TOP && l.baseline() < ruleTop)
                .filter(l -> !l.visible().isEmpty() && size(l) > 9.5 && size(l) < 12.5)
                .toList();
    }

    private static double size(Line line) {
        return line.visible().stream().mapToDouble(Glyph::size).max().orElse(0);
    }

    private static boolean isHeading(Line line) {
        return line.visible().stream().allMatch(Glyph::bold);
    }

    private static boolean isSectionHeading(Line line) {
        return isHeading(line) && size(line) > 11;
    }

    /** The top of the footnote separator's rule, from the top of the page, if the page has notes. */
    private static OptionalDouble footnoteRule(PDPage page) throws IOException {
        RuleFinder finder = new RuleFinder(page);
        finder.processPage(page);
        double height = page.getMediaBox().getHeight();
        return finder.rules.stream()
                .filter(r -> r.getWidth() < page.getMediaBox().getWidth() / 2)
                .mapToDouble(r -> height - r.getMaxY())
                .filter(top -> top > TYPE_AREA_TOP)
                .min();
    }

    /** Thin horizontal strokes and fills: the footnote separator among them (the running head's is full width). */
    private static final class RuleFinder extends PDFGraphicsStreamEngine {
        private final List<Rectangle2D> rules = new ArrayList<>();
        private final GeneralPath path = new GeneralPath();

        RuleFinder(PDPage page) {
            super(page);
        }

        private void take() {
            Rectangle2D bounds = path.getBounds2D();
            if (bounds.getHeight() < 2 && bounds.getWidth() > 20) {
                rules.add(bounds);
            }
            path.reset();
        }

        @Override
        public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
            path.moveTo(p0.getX(), p0.getY());
            path.lineTo(p1.getX(), p1.getY());
            path.lineTo(p2.getX(), p2.getY());
            path.lineTo(p3.getX(), p3.getY());
            path.closePath();
        }

        @Override
        public void moveTo(float x, float y) {
            path.moveTo(x, y);
        }

        @Override
        public void lineTo(float x, float y) {
            path.lineTo(x, y);
        }

        @Override
        public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
            path.curveTo(x1, y1, x2, y2, x3, y3);
        }

        @Override
        public Point2D getCurrentPoint() {
            return path.getCurrentPoint();
        }

        @Override
        public void closePath() {
            path.closePath();
        }

        @Override
        public void endPath() {
            path.reset();
        }

        @Override
        public void strokePath() {
            take();
        }

        @Override
        public void fillPath(int windingRule) {
            take();
        }

        @Override
        public void fillAndStrokePath(int windingRule) {
            take();
        }

        @Override
        public void clip(int windingRule) {
            // the clip path stays as it is; only what is painted counts
        }

        @Override
        public void drawImage(PDImage image) {
            // images are not rules
        }

        @Override
        public void shadingFill(COSName shadingName) {
            // shadings are not rules
        }
    }
}
