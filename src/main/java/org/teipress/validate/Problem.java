package org.teipress.validate;

/** One thing wrong with a source, at a line and column (-1 where unknown). */
record Problem(int line, int column, String message) {

    /** {@code 12:5: message}, or just the message when there is no location. */
    String located() {
        if (line <= 0) {
            return message;
        }
        return line + (column > 0 ? ":" + column : "") + ": " + message;
    }
}
