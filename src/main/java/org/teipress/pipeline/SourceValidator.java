package org.teipress.pipeline;

import java.nio.file.Path;
import net.sf.saxon.s9api.XdmNode;

/** The first stage: parses a source safely and accepts it only if tei-press can publish it. */
public interface SourceValidator {
    XdmNode validate(Path source) throws InvalidInputException;
}
