package org.teipress.typography;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.teipress.typography.LaidOutLines.Glyph;
import org.teipress.typography.LaidOutLines.Line;

/** What stands around the text of the report's pages: folio, running head, metadata. */
class ReportPageFurnitureIT {
    private static final double MM = 72 / 25.4;
    /** Ascender and descender of the faces used, as fractions of the em (Noto Serif and SC). */
    private static final double ASCENT = 0.88;
    private static final double DESCENT = 0.25;

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

    private static List<Line> page(int number) {
        return lines.stream().filter(l -> l.page() == number).toList();
    }

    private static double size(Line line) {
        return line.em() > 0 ? line.em() : line.visible().stream().mapToDouble(g -> g.size()).max().orElse(0);
    }

    @Test
    void theProducerNamesTeiPressAndFop() {
        String producer = pdf.getDocumentInformation().getProducer();
        assertTrue(producer != null && producer.matches("tei-press \\S+ \\(Apache FOP \\d+\\.\\d+[^)]*\\)"),
                "Producer: " + producer);
    }

    /** A clear body line (1.7 em of the 10.5 pt text) between the last note and the folio. */
    @Test
    void theFolioStandsALineBelowTheText() {
        List<String> wrong = new ArrayList<>();
        for (int number = 1; number <= pdf.getNumberOfPages(); number++) {
            List<Line> page = page(number);
            Line folio = page.get(page.size() - 1);
            Line above = page.get(page.size() - 2);
            if (!folio.text().strip().equals(String.valueOf(number))) {
                wrong.add("page " + number + ": no folio at the foot, but " + folio.text());
                continue;
            }
            double clear = (folio.baseline() - ASCENT * size(folio)) - (above.baseline() + DESCENT * size(above));
            if (clear < 1.5 * size(above) + 0.5 * MM) {
                wrong.add(String.format("page %d: %.1f pt between the last line and the folio", number, clear));
            }
        }
        assertTrue(wrong.isEmpty(), wrong.toString());
    }

    /** The head's rule (1 mm under its descenders) 4–6 mm above the first line of text. */
    @Test
    void theRunningHeadRuleStandsClearOfTheText() {
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (int number = 2; number <= pdf.getNumberOfPages(); number++) {
            List<Line> page = page(number);
            Line head = page.get(0);
            Line first = page.get(1);
            if (Math.abs(size(first) - 10.5) > 0.6 || first.visible().stream().allMatch(Glyph::bold)) {
                continue; // a heading opens the page, centred in its lines of the grid
            }
            checked++;
            double rule = head.baseline() + DESCENT * size(head) + 1 * MM;
            double gap = (first.baseline() - ASCENT * size(first)) - rule;
            if (gap < 4 * MM || gap > 6.5 * MM) {
                wrong.add(String.format("page %d: %.1f mm", number, gap / MM));
            }
        }
        assertTrue(checked > 0, "no page opens with a line of body text");
        assertTrue(wrong.isEmpty(), wrong.toString());
    }
}
