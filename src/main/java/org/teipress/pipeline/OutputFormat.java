package org.teipress.pipeline;

import org.teipress.core.PublishException;
import java.nio.file.Path;

/** An output the pipeline can produce from a publication, such as PDF or EPUB. */
public interface OutputFormat {

    /** The name users select it by on the command line, also the file extension. */
    String name();

    /** Writes the publication to {@code target}; the pipeline moves it into place afterwards. */
    void write(Publication publication, Path target) throws PublishException;

    /** As {@link #write(Publication, Path)}, telling {@code progress} of the format's own stages. */
    default void write(Publication publication, Path target, Progress progress) throws PublishException {
        write(publication, target);
    }

    /**
     * As {@link #write(Publication, Path, Progress)}; {@code previous} is where the last published
     * output of this name is, which may not exist. A format may read it for a head start (the PDF
     * reads on which pages its footnote marks fell); what it writes must not depend on it.
     */
    default void write(Publication publication, Path target, Path previous, Progress progress)
            throws PublishException {
        write(publication, target, progress);
    }

    /**
     * Sets up what the first {@link #write} would otherwise wait for (compiled stylesheets, a
     * renderer and its fonts). The toolchain calls it on a background thread while the source is
     * still being validated; failures are left for {@code write} to report.
     */
    default void prepare() throws PublishException {
    }
}
