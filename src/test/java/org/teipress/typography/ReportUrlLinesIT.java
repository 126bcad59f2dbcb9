package org.teipress.typography;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
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

/** How the report's URLs break across lines, and what they do to the lines around them. */
class ReportUrlLinesIT {
    private static final Pattern PTR = Pattern.compile("<ptr\\s+target=\"([^\"]*)\"");
    /** Characters a line may not end with inside a URL (Chicago: the break comes before them). */
    private static final String BREAK_BEFORE = ".-_?#%~";

    private static PDDocument pdf;
    private static List<Line> lines;
    private static Set<String> urls;

    @BeforeAll
    static void open() throws Exception {
        Path dist = PublishedReport.dist();
        pdf = Loader.loadPDF(dist.resolve("report.pdf").toFile());
        lines = LaidOutLines.of(pdf);
        urls = new LinkedHashSet<>();
        Matcher ptr = PTR.matcher(Files.readString(Path.of("source-xml/report.xml")));
        while (ptr.find()) {
            urls.add(ptr.group(1).replace("&amp;", "&"));
        }
    }

    @AfterAll
    static void close() throws Exception {
        pdf.close();
    }

    /** The text of a line without the invisible break marks FOP keeps as glyphs. */
    private static String visibleText(Line line) {
        return line.text().replaceAll("[\\u200B\\uFEFF]", "");
    }

    @Test
    void urlsBreakBeforeDotsAndHyphensAndAfterSlashes() {
        String text = lines.stream().map(ReportUrlLinesIT::visibleText).collect(Collectors.joining("\n"));
        List<String> wrong = new ArrayList<>();
        int broken = 0;
        for (String url : urls) {
            // The URL as laid out, with a line break possibly between any two of its characters.
            String spread = url.codePoints().mapToObj(Character::toString).map(Pattern::quote)
                    .collect(Collectors.joining("\\n?"));
            Matcher laidOut = Pattern.compile(spread).matcher(text);
            while (laidOut.find()) {
                String found = laidOut.group();
                for (int at = found.indexOf('\n'); at >= 0; at = found.indexOf('\n', at + 1)) {
                    broken++;
                    char lineEnd = found.charAt(at - 1);
                    char lineStart = found.charAt(at + 1);
                    if (BREAK_BEFORE.indexOf(lineEnd) >= 0 || lineStart == '/') {
                        wrong.add(found.substring(Math.max(0, at - 12), at) + "⏎" + found.substring(at + 1,
                                Math.min(found.length(), at + 8)));
                    }
                }
            }
        }
        assertTrue(broken > 0, "the report's notes have long URLs, but none was found broken across lines");
        assertTrue(wrong.isEmpty(), broken + " URL breaks; misleading: " + wrong);
    }

    @Test
    void linesBeforeOrWithAUrlDoNotSpreadHanCharacters() {
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            Line next = i + 1 < lines.size() && lines.get(i + 1).page() == line.page() ? lines.get(i + 1) : null;
            boolean withUrl = visibleText(line).contains("://")
                    || next != null && visibleText(next).matches("^https?://.*");
            if (!withUrl || line.em() == 0) {
                continue;
            }
            checked++;
            List<Glyph> glyphs = line.visible();
            for (int g = 1; g < glyphs.size(); g++) {
                Glyph a = glyphs.get(g - 1);
                Glyph b = glyphs.get(g);
                if (Scripts.isHan(a.codePoint()) && Scripts.isHan(b.codePoint())
                        && (b.x() - a.end()) / a.width() > 0.05) {
                    wrong.add(String.format("page %d: %s%s %.2f em apart in %s", line.page(), a.text(), b.text(),
                            (b.x() - a.end()) / a.width(), visibleText(line)));
                    break;
                }
            }
        }
        assertTrue(checked > 0, "no Chinese line with or before a URL");
        assertTrue(wrong.isEmpty(), checked + " lines; spread: " + wrong);
    }
}
