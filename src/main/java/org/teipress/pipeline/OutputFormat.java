package org.teipress.pipeline;

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
}
