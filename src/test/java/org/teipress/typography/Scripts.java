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

    /** Han ideographs of every block, the ideographic zero 〇 included (Unicode's Script property). */
    static boolean isHan(int c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                && (Character.isIdeographic(c) || Character.isLetter(c));
    }

    /** Latin, Cyrillic, Greek letters and digits: the Western runs set apart from Han. */
    static boolean isWestern(int c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        boolean fullWidth = Character.UnicodeBlock.of(c) == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS;
        return Character.isLetterOrDigit(c) && !fullWidth && (script == Character.UnicodeScript.LATIN
                || script == Character.UnicodeScript.CYRILLIC || script == Character.UnicodeScript.GREEK
                || script == Character.UnicodeScript.COMMON);
    }

    static boolean isIn(String marks, int c) {
        return marks.indexOf(c) >= 0;
    }
}
