package org.teipress.check;

import java.nio.file.Path;

/**
 * A place in the TEI source, {@code report.xml:42:7}, that a finding points the editor to; a
 * column of 0 is unknown.
 */
public record SourcePlace(Path file, int line, int column) {

    public SourcePlace(Path file, int line) {
        this(file, line, 0);
    }

    @Override
    public String toString() {
        String name = file == null ? "?" : file.toString();
        return line <= 0 ? name : column <= 0 ? name + ":" + line : name + ":" + line + ":" + column;
    }
}
