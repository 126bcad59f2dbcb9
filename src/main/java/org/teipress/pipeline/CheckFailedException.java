package org.teipress.pipeline;

import org.teipress.core.PublishException;
import java.nio.file.Path;

/** An output was written but the validation gate found a defect in it. */
public class CheckFailedException extends PublishException {
    public CheckFailedException(String message, Path file, int line, int column) {
        super(message, file, line, column);
    }

    public CheckFailedException(String message) {
        super(message);
    }
}
