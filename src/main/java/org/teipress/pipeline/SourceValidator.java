package org.teipress.pipeline;

import java.nio.file.Path;
import net.sf.saxon.s9api.XdmNode;

/** The first stage: parses a source safely and accepts it only if tei-press can publish it. */
public interface SourceValidator {
    /**
     * The parsed source, with line numbers: later stages (the validation gate) locate what
     * they find in it instead of parsing the source again.
     */
    XdmNode validate(Path source) throws InvalidInputException;

    /** As {@link #validate(Path)}, telling {@code progress} what the build accepts but the user should know. */
    default XdmNode validate(Path source, Progress progress) throws InvalidInputException {
        return validate(source);
    }
}
