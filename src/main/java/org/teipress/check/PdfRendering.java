package org.teipress.check;

import java.io.IOException;
import java.io.StringWriter;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDVectorFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The text of a PDF as a reader sees it: the extracted string of the glyphs that lie inside their
 * page's visible area (the crop box), and for each character the fonts that drew it and those of
 * them that drew it with no glyph (GID 0, {@code .notdef}). Glyphs drawn beyond the page edge, as
 * FOP draws a run it cannot break, are counted apart: they are in the file but nobody can read them.
 */
public final class PdfRendering {
    private final String text;
    private final Map<Integer, Set<String>> fontsByCharacter;
    private final Map<Integer, Set<String>> notdefByCharacter;
    private final Set<Integer> radicals;
    private final Map<Integer, StringBuilder> outsideByPage;

    private PdfRendering(String text, Map<Integer, Set<String>> fonts, Map<Integer, Set<String>> notdef,
            Set<Integer> radicals, Map<Integer, StringBuilder> outsideByPage) {
        this.text = text;
        this.radicals = radicals;
        this.outsideByPage = outsideByPage;
        this.fontsByCharacter = fonts;
        this.notdefByCharacter = notdef;
    }

    static PdfRendering of(PDDocument document) throws IOException {
        Map<Integer, Set<String>> fonts = new TreeMap<>();
        Map<Integer, Set<String>> notdef = new TreeMap<>();
        Set<Integer> radicals = new TreeSet<>();
        Map<Integer, StringBuilder> outside = new TreeMap<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition glyph) {
                if (isVisible(glyph)) {
                    super.processTextPosition(glyph);
                } else {
                    outside.computeIfAbsent(getCurrentPageNo(), k -> new StringBuilder()).append(glyph.getUnicode());
                }
            }

            @Override
            protected void writeString(String string, List<TextPosition> positions) throws IOException {
                for (TextPosition position : positions) {
                    record(position, fonts, notdef, radicals);
                }
                super.writeString(string, positions);
            }
        };
        StringWriter out = new StringWriter();
        stripper.writeText(document, out);
        return new PdfRendering(out.toString(), fonts, notdef, radicals, outside);
    }

    /**
     * Whether the glyph's box lies on the page. Positions are relative to the crop box's lower
     * left corner, y measured downwards; half a point of slack absorbs rounding at the margins.
     */
    private static boolean isVisible(TextPosition glyph) {
        float slack = 0.5f;
        float left = glyph.getXDirAdj();
        float right = left + Math.max(0, glyph.getWidthDirAdj());
        float baseline = glyph.getYDirAdj();
        float top = baseline - Math.max(0, glyph.getHeightDir());
        return left >= -slack && right <= glyph.getPageWidth() + slack
                && top >= -slack && baseline <= glyph.getPageHeight() + slack;
    }

    private static void record(TextPosition position, Map<Integer, Set<String>> fonts,
            Map<Integer, Set<String>> notdef, Set<Integer> radicals) throws IOException {
        PDFont font = position.getFont();
        String name = font == null ? "(no font)" : font.getName();
        int[] codes = position.getCharacterCodes();
        String unicode = position.getUnicode();
        if (unicode == null || unicode.isEmpty()) {
            return;
        }
        boolean missing = false;
        if (font instanceof PDVectorFont vector && codes != null) {
            for (int code : codes) {
                missing |= !vector.hasGlyph(code);
            }
        }
        for (int extracted : unicode.codePoints().toArray()) {
            if (CjkRadicals.isRadical(extracted)) {
                radicals.add(extracted);
            }
            int c = ComparableText.fold(extracted);
            fonts.computeIfAbsent(c, k -> new TreeSet<>()).add(name);
            if (missing) {
                notdef.computeIfAbsent(c, k -> new TreeSet<>()).add(name);
            }
        }
    }

    public String text() {
        return text;
    }

    /** Radicals found in the text, where the producer most likely meant the ideograph that looks the same. */
    public Set<Integer> radicals() {
        return Collections.unmodifiableSet(radicals);
    }

    /** Fonts that drew {@code codePoint} (compared as {@link ComparableText#fold}s); empty when it does not occur in the PDF text. */
    public Set<String> fontsOf(int codePoint) {
        return fontsByCharacter.getOrDefault(codePoint, Set.of());
    }

    /** Text drawn outside the visible area, by page number (1-based); empty when all text is on its page. */
    public Map<Integer, String> outsidePage() {
        Map<Integer, String> text = new TreeMap<>();
        outsideByPage.forEach((page, glyphs) -> text.put(page, glyphs.toString()));
        return text;
    }

    /** Characters some font drew with no glyph, with those fonts. */
    public Map<Integer, Set<String>> notdef() {
        return Collections.unmodifiableMap(notdefByCharacter);
    }
}
