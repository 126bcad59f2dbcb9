package org.teipress.typography;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.teipress.typography.LaidOutLines.Line;

/** Breaks the laid-out report must not have: inside a number and its unit, after an initial. */
class ReportNoBreakIT {
    /** A line ending in a number, a Chinese unit opening the next ("2022" / "年"). */
    private static final Pattern NUMBER_END = Pattern.compile(".*\\d\\s*$");
    private static final Pattern UNIT_START = Pattern.compile("^\\s*[年月日号时分秒岁个位次倍元亿万千百%].*");
    /** A line ending in an initial or a page abbreviation ("С. В." / "Лаврова", "С." / "12"). */
    private static final Pattern INITIAL_END = Pattern.compile("(?s).*(^|[^\\p{L}])\\p{Lu}\\.\\s*$");
    /** A line ending in a number, a Russian month or year word opening the next. */
    private static final Pattern RUSSIAN_UNIT_START = Pattern.compile(
            "^\\s*(января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря|года|г\\.).*");

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

    private static String text(Line line) {
        return line.text().replaceAll("[\\u200B\\uFEFF]", "");
    }

    @Test
    void numbersStayWithTheirUnitsAndInitialsWithTheNameOrNumberAfterThem() {
        List<String> wrong = new ArrayList<>();
        int russianLines = 0;
        for (int i = 0; i + 1 < lines.size(); i++) {
            if (lines.get(i).page() != lines.get(i + 1).page()) {
                continue;
            }
            String line = text(lines.get(i));
            String next = text(lines.get(i + 1));
            russianLines += line.matches("(?s).*\\p{IsCyrillic}.*") ? 1 : 0;
            boolean numberUnit = NUMBER_END.matcher(line).matches()
                    && (UNIT_START.matcher(next).matches() || RUSSIAN_UNIT_START.matcher(next).matches());
            boolean initial = INITIAL_END.matcher(line).matches() && next.matches("^\\s*[\\p{Lu}\\d].*");
            if (numberUnit || initial) {
                wrong.add("page " + lines.get(i).page() + ": …" + line.substring(Math.max(0, line.length() - 15))
                        + " ⏎ " + next.substring(0, Math.min(next.length(), 15)) + "…");
            }
        }
        assertTrue(russianLines > 0, "the report has Russian notes, but no Cyrillic line was found");
        assertTrue(wrong.isEmpty(), wrong.toString());
    }
}
