package org.teipress.cli;

import org.teipress.pipeline.CheckFailedException;
import org.teipress.pipeline.HeapExhaustedException;
import org.teipress.pipeline.InvalidInputException;
import org.teipress.pipeline.ResourceExhaustion;
import org.teipress.core.PublishException;

/**
 * What the process exit status tells a calling script. Distinct codes let a CI job tell "fix
 * your TEI" from "an output failed its checks" from "a bug or a broken installation".
 */
public final class ExitCodes {
    public static final int OK = 0;
    /** Bad command-line usage (picocli's own code). */
    public static final int USAGE = 2;
    /** The source cannot be published: malformed, not TEI, invalid, unsupported, empty. */
    public static final int INVALID_INPUT = 3;
    /** An output was produced but the validation gate found a defect; dist/ is unchanged. */
    public static final int CHECK_FAILED = 4;
    /** The output could not be written (permissions, disk, name clash) or a font is missing. */
    public static final int CANNOT_PUBLISH = 5;
    /** Java ran out of heap memory: give it more with -Xmx; neither the source nor tei-press is at fault. */
    public static final int OUT_OF_MEMORY = 6;
    /** An unexpected error inside tei-press: please report it. */
    public static final int INTERNAL = 70;

    private ExitCodes() {
    }

    static int of(Throwable failure) {
        if (failure instanceof HeapExhaustedException || ResourceExhaustion.outOfMemory(failure).isPresent()) {
            return OUT_OF_MEMORY;
        }
        if (ResourceExhaustion.diskFull(failure).isPresent()) {
            return CANNOT_PUBLISH;
        }
        if (failure instanceof InvalidInputException) {
            return INVALID_INPUT;
        }
        if (failure instanceof CheckFailedException) {
            return CHECK_FAILED;
        }
        if (failure instanceof PublishException) {
            return CANNOT_PUBLISH;
        }
        return INTERNAL;
    }
}
