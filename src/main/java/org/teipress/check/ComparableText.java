package org.teipress.check;

import java.text.Normalizer;

/**
 * Text reduced to what must survive rendering, so that TEI text and text extracted from an output
 * compare equal: no white space (line breaks, CJK spacing), no zero-width spaces or soft hyphens
 * (inserted as line-break hints), no joiners or directional marks (invisible; the PDF leaves
 * them out), no hyphens (line-end hyphenation cannot be told from a real hyphen once
 * extracted), no note marks (①…㊿, *), no list bullets (•, decoration the PDF sets before an
 * item and the EPUB leaves to its list marker), compatibility forms folded (ligatures, CJK
 * radicals that stand for ideographs), and letter case folded: a style may set a phrase in
 * capitals ({@code hi rend="allcaps"}, FOP writes the capitals into the PDF, the EPUB leaves it
 * to CSS), which changes how the text looks, not what it says.
 */
final class ComparableText {
    private ComparableText() {
    }

    static String of(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().filter(c -> !dropped(c)).map(CjkRadicals::unified).forEach(kept::appendCodePoint);
        String folded = Normalizer.normalize(kept, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(folded.length());
        folded.codePoints().filter(c -> !dropped(c)).map(ComparableText::caseless).forEach(out::appendCodePoint);
        return out.toString();
    }

    /**
     * {@code text} with every letter in lower case, one UTF-16 unit for one, so that positions in it
     * are positions in {@code text}: for passages an output may set in another case (small capitals).
     */
    static String caseless(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = Character.toLowerCase(chars[i]);
        }
        return new String(chars);
    }

    /** The character {@code c} compares as: its NFKC form when that is one character, radicals unified. */
    static int fold(int c) {
        String folded = Normalizer.normalize(new String(Character.toChars(CjkRadicals.unified(c))), Normalizer.Form.NFKC);
        return folded.codePointCount(0, folded.length()) == 1 ? folded.codePointAt(0) : CjkRadicals.unified(c);
    }

    /** One code point for one: full case mappings (ß → SS) would shift the text a match is reported in. */
    private static int caseless(int c) {
        return Character.toLowerCase(Character.toUpperCase(c));
    }

    /** Whether {@code c} is dropped; note marks go before NFKC turns ① into 1. */
    static boolean dropped(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c)
                || c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF'
                || c == '\u200E' || c == '\u200F'
                || c == '\u00AD' || c == '-' || c == '\u2010' || c == '\u2011'
                || isNoteMark(c) || isListBullet(c);
    }

    static boolean isListBullet(int c) {
        return c == '\u2022' || c == '\u25E6' || c == '\u2023' || c == '\u2043';
    }

    static boolean isNoteMark(int c) {
        return c == '*' || (c >= 0x2460 && c <= 0x2473) || (c >= 0x3251 && c <= 0x325F)
                || (c >= 0x32B1 && c <= 0x32BF);
    }
}
