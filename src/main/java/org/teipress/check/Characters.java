package org.teipress.check;

/** How a finding names a character: the character itself and its code point. */
final class Characters {
    private Characters() {
    }

    static String describe(int codePoint) {
        return "'" + new String(Character.toChars(codePoint)) + "' (U+" + String.format("%04X", codePoint) + ")";
    }
}
