package org.teipress.pipeline;

import java.nio.file.Path;
import net.sf.saxon.s9api.XdmNode;

/**
 * One source document on its way through the pipeline: the validated TEI as parsed, and the
 * normalised tree every output driver reads.
 */
public record Publication(Path source, XdmNode tei, XdmNode normalized) {

    /** The output name: the source's file name without its extension ({@code report}). */
    public String baseName() {
        return baseName(source);
    }

    /** The default output name for {@code source}: its file name without the extension. */
    public static String baseName(Path source) {
        String name = source.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
