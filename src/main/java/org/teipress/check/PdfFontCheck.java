package org.teipress.check;

import java.io.IOException;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;

/**
 * Every font of the PDF is embedded, and every character of the TEI text is drawn with a real
 * glyph: not {@code .notdef}, and not left out (FOP draws {@code #} for a character its font
 * lacks, so such a character is absent from the extracted text).
 */
public final class PdfFontCheck implements OutputCheck<PdfUnderTest> {

    @Override
    public String name() {
        return "pdf-fonts";
    }

    @Override
    public void run(PdfUnderTest pdf, SourceText source, CheckResult result) throws IOException {
        result.judgedBy(Referee.pdfBox());
        Set<String> fonts = new TreeSet<>();
        Set<String> notEmbedded = new TreeSet<>();
        Set<org.apache.pdfbox.cos.COSDictionary> seen = new HashSet<>();
        for (PDPage page : pdf.document().getPages()) {
            collectFonts(page.getResources(), fonts, notEmbedded, seen);
        }
        for (String font : notEmbedded) {
            result.error("The font " + font + " is not embedded in " + pdf.file().getFileName()
                    + "; an archival PDF must embed every font it uses (configure the font in FOP with"
                    + " its file, not as a base-14 font).", null);
        }
        PdfRendering rendering = pdf.rendering();
        int uncovered = 0;
        for (Map.Entry<Integer, SourcePlace> entry : source.characters().entrySet()) {
            int c = entry.getKey();
            if (ComparableText.isNoteMark(c)) {
                continue;
            }
            int folded = ComparableText.fold(c);
            if (source.mayBeCapital(c) && rendering.fontsOf(folded).isEmpty()) {
                // A small letter set as a small capital: its capital is what the PDF draws.
                folded = ComparableText.fold(Character.toUpperCase(c));
            }
            Set<String> notdef = rendering.notdef().getOrDefault(folded, Set.of());
            if (!notdef.isEmpty()) {
                uncovered++;
                result.error("The character " + Characters.describe(c) + " is drawn with no glyph (.notdef) by "
                        + String.join(", ", notdef) + "; add a font that covers it to the font fallback.",
                        entry.getValue());
            } else if (rendering.fontsOf(folded).isEmpty()) {
                uncovered++;
                result.error("The character " + Characters.describe(c) + " does not occur in the PDF text: no font"
                        + " drew it (FOP prints # for a character its fonts lack); add a font that covers it.",
                        entry.getValue());
            }
        }
        if (!rendering.radicals().isEmpty()) {
            StringBuilder sample = new StringBuilder();
            rendering.radicals().stream().limit(8).forEach(sample::appendCodePoint);
            result.warning("The PDF text names " + rendering.radicals().size() + " glyphs by CJK radicals (" + sample
                    + "…) instead of the ideographs they stand for: the page reads right, but search, copy and"
                    + " screen readers get the radical. The producer's ToUnicode map should use the text's characters.",
                    null);
        }
        result.figure("fonts", fonts.size());
        result.figure("fontsNotEmbedded", notEmbedded.size());
        result.figure("characters", source.characters().size());
        result.figure("charactersWithoutGlyph", uncovered);
    }

    private static void collectFonts(PDResources resources, Set<String> fonts, Set<String> notEmbedded,
            Set<org.apache.pdfbox.cos.COSDictionary> seen) throws IOException {
        if (resources == null || !seen.add(resources.getCOSObject())) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            PDFont font = resources.getFont(name);
            if (font == null) {
                continue;
            }
            fonts.add(font.getName());
            if (!font.isEmbedded()) {
                notEmbedded.add(font.getName());
            }
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject object = resources.getXObject(name);
            if (object instanceof PDFormXObject form) {
                collectFonts(form.getResources(), fonts, notEmbedded, seen);
            }
        }
    }
}
