package org.teipress.typography;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The report's text as a reader copies or searches it: the quarter-em spaces between Han and
 * Western text are on the page (ReportTypographyIT measures them) but not in the text, so
 * "3月16日" is found as the source writes it. PDFBox's text extraction, which reads /ActualText
 * as copy and search in viewers do.
 */
class ReportCopiedTextIT {
    private static final Pattern SPACED = Pattern.compile(
            "(\\S*)(\\p{IsHan} +[\\p{IsLatin}\\p{IsCyrillic}\\d]|[\\p{IsLatin}\\p{IsCyrillic}\\d] +\\p{IsHan})(\\S*)");

    @Test
    void copiedTextHasNoSpaceBetweenHanAndWesternText() throws Exception {
        Path dist = PublishedReport.dist();
        String text;
        try (PDDocument pdf = Loader.loadPDF(dist.resolve("report.pdf").toFile())) {
            text = new PDFTextStripper().getText(pdf);
        }
        List<String> spaced = new ArrayList<>();
        Matcher matcher = SPACED.matcher(text);
        while (matcher.find()) {
            // The reference list separates a URL from "见第2页注①" (its citing notes) by a real word space.
            boolean afterUrl = matcher.group(2).endsWith("见") && matcher.group(3).startsWith("第");
            if (!afterUrl) {
                spaced.add(matcher.group());
            }
        }
        assertTrue(spaced.isEmpty(), spaced.size() + " spaces between Han and Western text: " + spaced);
        for (String written : List.of("3月16日至17日", "2023年", "47.5%", "见第2页注")) {
            assertTrue(text.contains(written), "the copied text lacks \"" + written + "\" as the source writes it");
        }
    }
}
