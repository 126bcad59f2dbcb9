package org.teipress.pipeline;

import org.teipress.core.PublishException;
import java.nio.file.Path;

/** The source document cannot be published as it is: malformed, invalid or unsupported. */
public class InvalidInputException extends PublishException {
    public InvalidInputException(String message, Path file, int line, int column) {
        super(message, file, line, column);
    }

    public InvalidInputException(String message, Path file, int line, int column, Throwable cause) {
        super(message, file, line, column, cause);
    }
}
