package org.teipress.check;

import java.io.IOException;
import java.util.Map;

/**
 * Every TEI paragraph, heading and note is in the PDF text, in order, on the page where a reader
 * can see it: text drawn beyond the page edge counts as missing and is reported by page.
 */
public final class PdfTextCheck implements OutputCheck<PdfUnderTest> {

    @Override
    public String name() {
        return "pdf-text";
    }

    @Override
    public void run(PdfUnderTest pdf, SourceText source, CheckResult result) throws IOException {
        result.judgedBy(Referee.pdfBox());
        PdfRendering rendering = pdf.rendering();
        TextFidelity.check(rendering.text(), source, result, "PDF");
        int outside = 0;
        for (Map.Entry<Integer, String> page : rendering.outsidePage().entrySet()) {
            String glyphs = page.getValue();
            outside += glyphs.codePointCount(0, glyphs.length());
            result.error(glyphs.codePointCount(0, glyphs.length()) + " characters lie outside the visible area of page "
                    + page.getKey() + ", beginning \"" + excerpt(glyphs) + "\": a run of text too long to break"
                    + " ran off the page. Add a space or a break opportunity in the source, or report it if the"
                    + " text is ordinary prose.", placeOf(glyphs, source));
        }
        result.figure("charactersOutsidePage", outside);
    }

    /** The passage the clipped glyphs come from, found by their first few characters; else the file. */
    private static SourcePlace placeOf(String glyphs, SourceText source) {
        String start = ComparableText.of(glyphs);
        start = start.substring(0, Math.min(12, start.length()));
        for (SourceText.Passage passage : source.passages()) {
            if (!start.isEmpty() && ComparableText.of(passage.text()).contains(start)) {
                return passage.place();
            }
        }
        return new SourcePlace(source.file(), 0);
    }

    private static String excerpt(String text) {
        int end = text.offsetByCodePoints(0, Math.min(40, text.codePointCount(0, text.length())));
        return end == text.length() ? text : text.substring(0, end) + "…";
    }
}
