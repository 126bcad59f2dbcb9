package org.teipress.typography;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.teipress.typography.LaidOutLines.Glyph;
import org.teipress.typography.LaidOutLines.Line;

/** clreq rules checked on the laid-out lines of the report the build published into dist/. */
class ReportTypographyIT {
    private static PDDocument pdf;
    private static List<Line> lines;
    /** The em of the body text: the commonest em among the lines. */
    private static double bodyEm;

    @BeforeAll
    static void open() throws Exception {
        Path dist = PublishedReport.dist();
        pdf = Loader.loadPDF(dist.resolve("report.pdf").toFile());
        lines = LaidOutLines.of(pdf);
        bodyEm = lines.stream().filter(l -> l.em() > 0)
                .collect(Collectors.groupingBy(l -> Math.round(l.em() * 10) / 10.0, Collectors.counting()))
                .entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    @AfterAll
    static void close() throws Exception {
        pdf.close();
    }

    @Test
    void hanAndWesternAreAQuarterEmApart() {
        List<String> wrong = new ArrayList<>();
        int pairs = 0;
        for (Line line : lines) {
            // A label and its title are set apart by an ideographic space, not a quarter em.
            List<Glyph> glyphs = line.glyphs().stream().filter(g -> !g.isBlank() || g.codePoint() == 0x3000).toList();
            for (int i = 1; i < glyphs.size(); i++) {
                Glyph a = glyphs.get(i - 1);
                Glyph b = glyphs.get(i);
                boolean hanWestern = Scripts.isHan(a.codePoint()) && Scripts.isWestern(b.codePoint());
                boolean westernHan = Scripts.isWestern(a.codePoint()) && Scripts.isHan(b.codePoint());
                if (!hanWestern && !westernHan) {
                    continue;
                }
                // Note marks (70 %) and footnote numbers are not text set beside the Han.
                Glyph western = hanWestern ? b : a;
                Glyph han = hanWestern ? a : b;
                if (western.size() < 0.8 * han.size() || westernHan && isFootnoteNumber(line, glyphs.subList(0, i))) {
                    continue;
                }
                pairs++;
                double em = hanWestern ? a.width() : b.width();
                double gap = (b.x() - a.end()) / em;
                if (gap < 0.2 || gap > 0.3) {
                    wrong.add(String.format("page %d: %s%s %.2f em", line.page(), a.text(), b.text(), gap));
                }
            }
        }
        assertTrue(pairs > 0, "the report mixes Han and Western text, but no such pair was found");
        assertTrue(wrong.isEmpty(), pairs + " pairs, not a quarter em apart: " + wrong);
    }

    /** Digits opening a footnote line are its number in the hanging column (past ㊿), not text. */
    private static boolean isFootnoteNumber(Line line, List<Glyph> before) {
        return line.em() > 0 && line.em() < bodyEm - 0.5
                && before.stream().allMatch(g -> Character.isDigit(g.codePoint()));
    }

    @Test
    void noLineStartsOrEndsWithTheQuarterSpace() {
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            List<Glyph> glyphs = line.glyphs();
            if (glyphs.get(0).isBlank()) {
                wrong.add("page " + line.page() + " starts with a space: " + line.text());
            }
            Glyph last = glyphs.get(glyphs.size() - 1);
            List<Glyph> visible = line.visible();
            if (last.isBlank() && !visible.isEmpty() && Scripts.isHan(visible.get(visible.size() - 1).codePoint())) {
                wrong.add("page " + line.page() + " ends with a space after Han: " + line.text());
            }
        }
        assertTrue(wrong.isEmpty(), wrong.toString());
    }

    @Test
    void adjacentFullWidthMarksTakeOneAndAHalfEm() {
        List<String> wrong = new ArrayList<>();
        int pairs = 0;
        for (Line line : lines) {
            List<Glyph> glyphs = line.visible();
            for (int i = 1; i < glyphs.size(); i++) {
                Glyph a = glyphs.get(i - 1);
                Glyph b = glyphs.get(i);
                boolean aEnd = Scripts.isIn(Scripts.END_BLANK, a.codePoint());
                boolean aStart = Scripts.isIn(Scripts.START_BLANK, a.codePoint());
                boolean bEnd = Scripts.isIn(Scripts.END_BLANK, b.codePoint());
                boolean bStart = Scripts.isIn(Scripts.START_BLANK, b.codePoint());
                if (!((aEnd && bEnd) || ((aEnd || aStart) && bStart))) {
                    continue;
                }
                pairs++;
                // From the first mark's start to the second's: half an em when compressed, plus at
                // most the letter spacing justification adds.
                double advance = (b.x() - a.x()) / a.width();
                if (advance < 0.45 || advance > 0.65) {
                    wrong.add(String.format("page %d: %s%s first takes %.2f em", line.page(), a.text(), b.text(), advance));
                }
            }
        }
        assertTrue(pairs > 0, "the report has adjacent full-width marks (。” ）， 》，), but none was found");
        assertTrue(wrong.isEmpty(), pairs + " pairs; not compressed: " + wrong);
    }

    @Test
    void noLineStartsWithClosingOrEndsWithOpeningPunctuation() {
        List<String> wrong = new ArrayList<>();
        for (Line line : lines) {
            List<Glyph> glyphs = line.visible();
            if (glyphs.isEmpty()) {
                continue;
            }
            if (Scripts.isIn(Scripts.NOT_AT_LINE_START, glyphs.get(0).codePoint())) {
                wrong.add("page " + line.page() + " line starts with " + glyphs.get(0).text() + ": " + line.text());
            }
            if (Scripts.isIn(Scripts.NOT_AT_LINE_END, glyphs.get(glyphs.size() - 1).codePoint())) {
                wrong.add("page " + line.page() + " line ends with " + glyphs.get(glyphs.size() - 1).text() + ": " + line.text());
            }
        }
        assertTrue(wrong.isEmpty(), lines.size() + " lines; " + wrong);
    }

    @Test
    void linesMixingScriptsAreJustified() {
        List<Line> body = lines.stream().filter(l -> Math.abs(l.em() - bodyEm) < 0.3).toList();
        Map<Integer, Double> rightEdge = body.stream().collect(Collectors.toMap(Line::page,
                l -> l.visible().get(l.visible().size() - 1).end(), Math::max));
        Map<Integer, Double> leftEdge = body.stream().collect(Collectors.toMap(Line::page,
                l -> l.visible().get(0).x(), Math::min));
        List<String> wrong = new ArrayList<>();
        int mixed = 0;
        for (int i = 0; i < body.size(); i++) {
            Line line = body.get(i);
            List<Glyph> glyphs = line.visible();
            boolean hasHan = glyphs.stream().anyMatch(g -> Scripts.isHan(g.codePoint()));
            boolean hasWestern = glyphs.stream().anyMatch(g -> Scripts.isWestern(g.codePoint()));
            if (!hasHan || !hasWestern || i + 1 == body.size()) {
                continue;
            }
            Line next = body.get(i + 1);
            boolean nextStartsParagraph = next.visible().get(0).x() > leftEdge.get(next.page()) + 1.5 * bodyEm;
            if (nextStartsParagraph) {
                continue;
            }
            mixed++;
            double end = glyphs.get(glyphs.size() - 1).end();
            if (end < rightEdge.get(line.page()) - 1.0) {
                wrong.add(String.format("page %d ends %.1f pt short: %s", line.page(),
                        rightEdge.get(line.page()) - end, line.text()));
            }
        }
        assertTrue(mixed > 0, "no line mixing Han and Western text inside a paragraph");
        assertTrue(wrong.isEmpty(), mixed + " lines mixing scripts; not justified: " + wrong);
    }

    @Test
    void theReferenceListFollowsTheTextWithBothGroups() throws Exception {
        String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
        // The heading, directly followed by its first group; running heads also read 参考文献.
        java.util.regex.Matcher list = java.util.regex.Pattern.compile("参考文献\\s+中文文献").matcher(text);
        int heading = list.find() ? list.start() : -1;
        int chinese = text.indexOf("中文文献", heading);
        int russian = text.indexOf("俄文文献", chinese);
        assertTrue(heading > text.indexOf("结语") && chinese > heading && russian > chinese,
                "参考文献 with 中文文献 before 俄文文献 after the last section");
        // On a page of its own: the page where the list begins shows nothing of the text before it.
        int listPage = 0;
        for (int page = 1; page <= pdf.getNumberOfPages() && listPage == 0; page++) {
            org.apache.pdfbox.text.PDFTextStripper stripper = new org.apache.pdfbox.text.PDFTextStripper();
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            if (java.util.regex.Pattern.compile("参考文献\\s+中文文献").matcher(stripper.getText(pdf)).find()) {
                listPage = page;
                String before = stripper.getText(pdf).split("参考文献\\s+中文文献")[0];
                assertTrue(before.strip().lines().count() <= 1, "the page of the reference list begins with it, "
                        + "under its running head, but has before it: " + before);
            }
        }
        assertTrue(listPage > 0, "no page begins the reference list");
        long entries = text.substring(heading).lines().filter(l -> l.matches("^\\[\\d+\\].*")).count();
        assertEquals(EpubReferences.expectedWorks(Path.of("source-xml/report.xml")), entries,
                "one numbered entry per cited work");
    }

    /** Each "[n]" of the reference list stands on the baseline of its entry's first line. */
    @Test
    void referenceNumbersStandOnTheirEntrysBaseline() throws Exception {
        List<String> wrong = new ArrayList<>();
        int labels = 0;
        for (Line line : lines) {
            List<Glyph> glyphs = line.visible();
            // A label is "[", digits and "]" at the line's start, with the entry's text after it on
            // the same baseline; a label whose entry sits on another baseline is a line of its own.
            String text = glyphs.stream().map(Glyph::text).reduce("", String::concat);
            Matcher label = Pattern.compile("^\\[\\d+\\]").matcher(text);
            if (!label.find() || !isReferencePage(line.page())) {
                continue;
            }
            labels++;
            if (text.length() == label.end()) {
                wrong.add("page " + line.page() + ": " + text + " alone on its baseline (" + line.baseline() + ")");
            }
        }
        assertTrue(labels > 30, "only " + labels + " reference numbers found");
        assertTrue(wrong.isEmpty(), wrong.size() + " numbers off their entry's baseline: " + wrong);
        assertTrue(baselineOffsets().stream().allMatch(d -> d < 0.1),
                "number and entry baselines differ by " + baselineOffsets());
    }

    private static boolean isReferencePage(int page) {
        return lines.stream().anyMatch(l -> l.page() <= page && l.text().contains("中文文献"));
    }

    /** For each "[" opening a reference-list line: how far, in points, its baseline is from the next glyph's. */
    private static List<Double> baselineOffsets() throws Exception {
        List<Double> offsets = new ArrayList<>();
        org.apache.pdfbox.text.PDFTextStripper stripper = new org.apache.pdfbox.text.PDFTextStripper() {
            private org.apache.pdfbox.text.TextPosition open;
            private boolean closed;

            @Override
            protected void processTextPosition(org.apache.pdfbox.text.TextPosition position) {
                String text = position.getUnicode();
                if ("[".equals(text)) {
                    open = position;
                    closed = false;
                } else if (open != null && "]".equals(text)) {
                    closed = true;
                } else if (open != null && closed && !text.isBlank()) {
                    offsets.add((double) Math.abs(position.getYDirAdj() - open.getYDirAdj()));
                    open = null;
                } else if (open != null && !closed && !Character.isDigit(text.codePointAt(0))) {
                    open = null;
                }
            }
        };
        int first = lines.stream().filter(l -> l.text().contains("中文文献")).mapToInt(Line::page).min().orElseThrow();
        stripper.setStartPage(first);
        stripper.getText(pdf);
        return offsets;
    }

    /**
     * 标题占行: headings take whole body lines, so on every page the baselines of the body lines
     * (Han at the body size, not bold: a heading is centred in its lines) lie on one grid, whole
     * line pitches apart. The pitch is the mean distance between consecutive body lines that
     * are about one line apart.
     */
    @Test
    void bodyLinesKeepToOneLineGridOnEveryPage() {
        Map<Integer, List<Line>> byPage = lines.stream()
                .filter(l -> Math.abs(l.em() - bodyEm) < 0.05 && !l.visible().stream().allMatch(Glyph::bold))
                .collect(Collectors.groupingBy(Line::page));
        // Baselines are kept to half a point; the pitch is the mean of the steps near the commonest.
        double pitch = byPage.values().stream()
                .flatMap(page -> java.util.stream.IntStream.range(1, page.size())
                        .mapToObj(i -> page.get(i).baseline() - page.get(i - 1).baseline()))
                .filter(step -> step > 0.8 * 1.7 * bodyEm && step < 1.2 * 1.7 * bodyEm)
                .mapToDouble(Double::doubleValue).average().orElseThrow();
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (List<Line> page : byPage.values()) {
            double first = page.get(0).baseline();
            for (Line line : page) {
                checked++;
                double lines = (line.baseline() - first) / pitch;
                if (Math.abs(lines - Math.round(lines)) > 0.05) {
                    wrong.add(String.format("page %d: %.2f lines below the first: %s", line.page(), lines,
                            line.text().substring(0, Math.min(8, line.text().length()))));
                }
            }
        }
        assertTrue(checked > 200, "only " + checked + " body lines");
        assertTrue(Math.abs(pitch - 17.85) < 0.2, "the line pitch is 10.5 pt × 1.7, measured " + pitch);
        assertTrue(wrong.isEmpty(), wrong.size() + " body lines off the grid of " + pitch + " pt: " + wrong);
    }
}
