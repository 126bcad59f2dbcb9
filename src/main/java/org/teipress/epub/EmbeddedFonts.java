package org.teipress.epub;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.teipress.core.PublishException;

/**
 * The subset fonts a book embeds and the {@code @font-face} rules that declare them. Each
 * face receives the characters of the text a reader would set in it: text in a style the
 * family has no face for (Noto Serif SC has no italic) falls back to the regular face, which
 * the reader then slants.
 */
final class EmbeddedFonts {
    /** Punctuation any note or later edit may need, so a small change of text keeps a glyph. */
    private static final String BASIC_PUNCTUATION = "“”‘’，。、；：？！（）《》〈〉「」『』…—–·　％";

    private final FontSubsetter subsetter;

    EmbeddedFonts(FontSubsetter subsetter) {
        this.subsetter = subsetter;
    }

    /** One embedded file: its face, its name in the fonts folder and the subset. */
    record EmbeddedFont(FontFace face, String fileName, FontSubsetter.Subset subset) { }

    List<EmbeddedFont> embed(List<FontFace> faces, TextUsage usage) throws PublishException {
        Map<FontFace, Set<Integer>> wanted = new LinkedHashMap<>();
        for (FontFace face : faces) {
            wanted.put(face, new TreeSet<>());
        }
        for (TextUsage.Style style : TextUsage.Style.values()) {
            Set<Integer> text = usage.codePoints(style);
            if (text.isEmpty()) {
                continue;
            }
            boolean bold = style == TextUsage.Style.BOLD || style == TextUsage.Style.BOLD_ITALIC;
            boolean italic = style == TextUsage.Style.ITALIC || style == TextUsage.Style.BOLD_ITALIC;
            for (String family : faces.stream().map(FontFace::family).distinct().toList()) {
                FontFace face = closest(faces, family, bold, italic);
                wanted.get(face).addAll(text);
                basics().forEach(wanted.get(face)::add);
            }
        }
        List<EmbeddedFont> embedded = new ArrayList<>();
        for (Map.Entry<FontFace, Set<Integer>> entry : wanted.entrySet()) {
            if (entry.getValue().isEmpty()) {
                continue;
            }
            FontSubsetter.Subset subset = subsetter.subset(entry.getKey().fontResource(), entry.getValue());
            if (!subset.codePoints().isEmpty()) {
                embedded.add(new EmbeddedFont(entry.getKey(), entry.getKey().fontResource(), subset));
            }
        }
        return embedded;
    }

    /** The rules for the style sheet; hrefs are relative to the style sheet. */
    static String fontFaceRules(List<EmbeddedFont> fonts, PackageLayout layout) {
        StringBuilder css = new StringBuilder();
        for (EmbeddedFont font : fonts) {
            css.append("@font-face {\n")
               .append("  font-family: \"").append(font.face().family()).append("\";\n")
               .append("  font-weight: ").append(font.face().weight()).append(";\n")
               .append("  font-style: ").append(font.face().style()).append(";\n")
               .append("  src: url(\"").append(layout.fontHrefFromCss(font.fileName()))
               .append("\") format(\"truetype\");\n")
               .append("}\n");
        }
        return css.toString();
    }

    private static java.util.stream.IntStream basics() {
        return java.util.stream.IntStream.concat(java.util.stream.IntStream.rangeClosed(0x21, 0x7e),
                BASIC_PUNCTUATION.codePoints());
    }

    private static FontFace closest(List<FontFace> faces, String family, boolean bold, boolean italic) {
        FontFace best = null;
        int bestScore = Integer.MAX_VALUE;
        for (FontFace face : faces) {
            if (!face.family().equals(family)) {
                continue;
            }
            // A wrong weight is worse than a synthesised slant.
            int score = (face.bold() != bold ? 2 : 0) + (face.italic() != italic ? 1 : 0);
            if (score < bestScore) {
                best = face;
                bestScore = score;
            }
        }
        return best;
    }
}
