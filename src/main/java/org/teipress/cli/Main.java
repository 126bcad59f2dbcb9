package org.teipress.cli;

import org.teipress.app.Toolchain;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code tei-press}: publishes TEI P5 documents as PDF and EPUB. */
@Command(name = "tei-press", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {
            "Publishes TEI P5 documents as an archival PDF (PDF/A-2u + PDF/UA-1) and an EPUB 3.",
            "",
            "Typical use:",
            "  tei-press build source-xml/report.xml --out dist/",
            "  tei-press check source-xml/report.xml --out dist/",
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success",
            "2:bad command-line usage",
            "3:the TEI source cannot be published (malformed, not TEI, invalid, unsupported)",
            "4:an output failed the validation gate; the output folder is unchanged",
            "5:an output could not be written (folder, name clash, missing font)",
            "70:internal error (a bug: please report it)"},
        subcommands = {BuildCommand.class, CheckCommand.class, BenchCommand.class, CommandLine.HelpCommand.class})
public final class Main {
    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, also used by tests to run commands in-process. */
    public static CommandLine commandLine() {
        return commandLine(Toolchain::new);
    }

    /** The command line with commands that take their toolchain from {@code toolchains}. */
    public static CommandLine commandLine(ToolchainSource toolchains) {
        return new CommandLine(new Main(), new CommandFactory(toolchains))
                .setExecutionExceptionHandler(new FailureReporter());
    }
}
