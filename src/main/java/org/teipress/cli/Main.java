package org.teipress.cli;

import java.time.ZoneOffset;
import java.util.Locale;
import java.util.TimeZone;
import org.teipress.app.Toolchain;
import org.teipress.pipeline.HeapExhaustedException;
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
            "5:an output could not be written (folder, name clash, disk full, missing font)",
            "6:Java ran out of memory; give it more with -Xmx (the message says how much it had)",
            "70:internal error (a bug: please report it)"},
        subcommands = {BuildCommand.class, CheckCommand.class, BenchCommand.class, CommandLine.HelpCommand.class})
public final class Main {
    public static void main(String[] args) {
        machineIndependentDefaults();
        int exit;
        try {
            exit = commandLine().execute(args);
        } catch (OutOfMemoryError e) {
            System.err.println("tei-press: " + new HeapExhaustedException(null, e).getMessage());
            exit = ExitCodes.OUT_OF_MEMORY;
        }
        System.exit(exit);
    }

    /**
     * The same source gives the same bytes on any machine: FOP, XMPBox and veraPDF format dates in
     * the default time zone and change case in the default locale (a Turkish locale turns "i" into
     * a dotted capital and veraPDF then rejects the XMP extension schema). tei-press's messages are
     * English and its outputs carry their own language, so the process runs in UTC and the root locale.
     */
    static void machineIndependentDefaults() {
        Locale.setDefault(Locale.ROOT);
        TimeZone.setDefault(TimeZone.getTimeZone(ZoneOffset.UTC));
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
