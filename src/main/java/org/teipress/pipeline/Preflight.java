package org.teipress.pipeline;

import org.teipress.core.PublishException;

/**
 * A check on the validated source that needs the toolchain (fonts, for instance) rather than the
 * schema, run before any output is rendered so that its failure is early and located in the TEI.
 */
@FunctionalInterface
public interface Preflight {
    Preflight NONE = publication -> { };

    void check(Publication publication) throws PublishException;
}
