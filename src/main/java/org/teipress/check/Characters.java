package org.teipress.check;

import java.util.Locale;
/** How a finding names a character: the character itself and its code point. */
final class Characters {
    private Characters() {
    }

    static String describe(int codePoint) {
        return "'" + new String(Character.toChars(codePoint)) + "' (U+" + String.format(Locale.ROOT, "%04X", codePoint) + ")";
    }
}
