package org.teipress.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code tei-press}: publishes TEI P5 documents as PDF and EPUB. */
@Command(name = "tei-press", mixinStandardHelpOptions = true, version = "tei-press 0.1.0",
        description = "Publishes TEI P5 documents as archival PDF and EPUB 3.",
        subcommands = {BuildCommand.class})
public final class Main {
    public static void main(String[] args) {
        System.exit(new CommandLine(new Main()).execute(args));
    }
}
