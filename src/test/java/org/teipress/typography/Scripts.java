package org.teipress.typography;

/** Character classes of clreq as the typography tests need them. */
final class Scripts {
    /** Marks that must not start a line (clreq 3.1.7): closing brackets and quotes, pause and stop marks. */
    static final String NOT_AT_LINE_START = "，。、；：？！）》”’〕］｝〉」』】";
    /** Marks that must not end a line: opening brackets and quotes. */
    static final String NOT_AT_LINE_END = "（《“‘〔［｛〈「『【";
    /** Full-width marks whose blank half is after the glyph, as in normalize's punctuation rules. */
    static final String END_BLANK = "、，。．；：）〕］｝》〉」』”’】";
    /** Full-width marks whose blank half is before the glyph. */
    static final String START_BLANK = "（〔［｛《〈「『“‘【";

    private Scripts() {
    }

    static boolean isHan(int c) {
        return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0xF900 && c <= 0xFAFF)
                || (c >= 0x20000 && c <= 0x323AF) || c == 0x3007;
    }

    /** Latin, Cyrillic, Greek letters and digits: the Western runs set apart from Han. */
    static boolean isWestern(int c) {
        return Character.isLetterOrDigit(c) && c < 0x2000;
    }

    static boolean isIn(String marks, int c) {
        return marks.indexOf(c) >= 0;
    }
}
