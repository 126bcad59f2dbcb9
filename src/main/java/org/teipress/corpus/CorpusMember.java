package org.teipress.corpus;

import java.nio.file.Path;
import org.teipress.pipeline.Publication;

/**
 * One document of a corpus: its file, and its path relative to the folder it was found in
 * (with {@code /} between folders on every system). The relative path names the document in
 * the summary, chooses its shard and, without its extension, its output folder.
 */
public record CorpusMember(Path source, String relativePath) implements Comparable<CorpusMember> {

    /** The folder under the corpus output folder that receives this document's outputs. */
    public Path outputFolder(Path corpusOut) {
        String withoutExtension = relativePath.replaceFirst("\\.[^./]*$", "");
        Path folder = corpusOut;
        for (String part : withoutExtension.split("/")) {
            folder = folder.resolve(part);
        }
        return folder;
    }

    /** The name its outputs take: the source's name without extension. */
    public String baseName() {
        return Publication.baseName(source);
    }

    @Override
    public int compareTo(CorpusMember other) {
        return relativePath.compareTo(other.relativePath);
    }
}
