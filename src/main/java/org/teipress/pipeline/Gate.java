package org.teipress.pipeline;

import org.teipress.core.PublishException;
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

    /**
     * Starts a check of one build's outputs that is fed each output as soon as it is written, so
     * that checking one output overlaps writing the others. This default checks everything at
     * {@link Run#finish}.
     */
    default Run start(Publication publication) {
        Gate gate = this;
        return new Run() {
            @Override
            public void begin(Path output) {
                // Checked with the others at finish.
            }

            @Override
            public List<Path> finish(List<Path> staged, Path outDir) throws PublishException {
                return gate.check(publication, staged, outDir);
            }
        };
    }

    /** One build's pass through the gate; see {@link #start}. */
    interface Run extends AutoCloseable {
        /** {@code output} is written and staged: its checks may start. Safe to call from any thread. */
        void begin(Path output);

        /** As {@link Gate#check}: waits for the checks of {@code staged}, in that order. */
        List<Path> finish(List<Path> staged, Path outDir) throws PublishException;

        /** Stops checks still running when the build fails before {@link #finish}. */
        @Override
        default void close() {
        }
    }
}
