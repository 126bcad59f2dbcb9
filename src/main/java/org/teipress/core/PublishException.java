package org.teipress.core;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A failure of one stage of the pipeline, located in a file where there is one.
 * The message is written for the user: what was found, what was expected, how to fix it.
 */
public class PublishException extends Exception {
    private final Path file;
    private final int line;
    private final int column;

    public PublishException(String message, Path file, int line, int column, Throwable cause) {
        super(message, cause);
        this.file = file;
        this.line = line;
        this.column = column;
    }

    public PublishException(String message, Path file, int line, int column) {
        this(message, file, line, column, null);
    }

    public PublishException(String message, Throwable cause) {
        this(message, null, -1, -1, cause);
    }

    public PublishException(String message) {
        this(message, null, -1, -1, null);
    }

    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    /** {@code file:line:column: message}, the form editors and CI logs link to. */
    public String located() {
        if (file == null) {
            return getMessage();
        }
        StringBuilder where = new StringBuilder(file.toString());
        if (line > 0) {
            where.append(':').append(line);
            if (column > 0) {
                where.append(':').append(column);
            }
        }
        return where + ": " + getMessage();
    }
}
