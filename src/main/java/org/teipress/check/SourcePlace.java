package org.teipress.check;

import java.nio.file.Path;

/** A place in the TEI source, {@code report.xml:42}, that a finding points the editor to. */
public record SourcePlace(Path file, int line) {

    @Override
    public String toString() {
        String name = file == null ? "?" : file.toString();
        return line > 0 ? name + ":" + line : name;
    }
}
