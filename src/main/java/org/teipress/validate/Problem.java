package org.teipress.validate;

/**
 * One thing wrong with a source, at a line and column (-1 where unknown). {@code kind} groups
 * problems that are the same departure at different places (one unsupported element, one
 * Schematron assertion), and {@code summary} says in a few words what that kind is, so that a
 * lenient build can list each kind once with its count instead of every message.
 */
record Problem(int line, int column, String message, String kind, String summary) {

    Problem(int line, int column, String message) {
        this(line, column, message, message, message);
    }

    /** {@code 12:5: message}, or just the message when there is no location. */
    String located() {
        if (line <= 0) {
            return message;
        }
        return line + (column > 0 ? ":" + column : "") + ": " + message;
    }
}
