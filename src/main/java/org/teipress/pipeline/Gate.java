package org.teipress.pipeline;

import java.nio.file.Path;
import java.util.List;

/**
 * The last stage before outputs are moved into place: checks the staged outputs against the
 * source and the standards. Throws {@link CheckFailedException} on a defect, so that the output
 * folder keeps its last good outputs.
 */
public interface Gate {

    /** A gate that lets everything through, for callers that do not check their outputs. */
    Gate NONE = (publication, staged, outDir) -> List.of();

    /**
     * Checks {@code staged} (files in the staging folder) and returns further files written beside
     * them, such as a report, to be moved into {@code outDir} with the outputs.
     */
    List<Path> check(Publication publication, List<Path> staged, Path outDir) throws PublishException;
}
