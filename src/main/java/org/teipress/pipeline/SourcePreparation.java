package org.teipress.pipeline;

import java.nio.file.Path;
import net.sf.saxon.s9api.XdmNode;
import org.teipress.core.PublishException;

/**
 * Between validation and normalisation: turns a validated source that is valid TEI but lacks what
 * the outputs need (a main language, an identifier, a date) or is a {@code teiCorpus} into the
 * one regular TEI tree every later stage reads, saying on {@code progress} what it supplied.
 */
@FunctionalInterface
public interface SourcePreparation {
    /** Hands the validated tree on unchanged. */
    SourcePreparation NONE = (source, validated, progress) -> validated;

    XdmNode prepare(Path source, XdmNode validated, Progress progress) throws PublishException;
}
