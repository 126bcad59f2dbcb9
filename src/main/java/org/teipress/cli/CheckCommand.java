package org.teipress.cli;

import org.teipress.app.Toolchain;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.teipress.check.CheckReport;
import org.teipress.check.OutputGate;
import org.teipress.pipeline.CheckFailedException;
import org.teipress.core.PublishException;
import net.sf.saxon.s9api.XdmNode;
import org.teipress.validate.TeiValidator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false,
        versionProvider = VersionProvider.class,
        description = {
            "Runs the validation gate on outputs already in the output folder, against their TEI source:"
                    + " text fidelity, fonts, links, structure, PDF/A + PDF/UA (veraPDF), EPUB (EPUBCheck).",
            "",
            "Reads DIR/BASENAME.pdf and DIR/BASENAME.epub, prints one line per check on standard output"
                    + " and rewrites DIR/" + OutputGate.REPORT + ". Nothing else in DIR is changed.",
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  tei-press check source-xml/report.xml --out dist/",
            "  tei-press check book.xml --out out/ --format epub --name book-a4",
            "",
            "Exit codes: 0 every check passed; 2 bad usage; 3 the TEI source is invalid; 4 a check"
                    + " failed or an output is missing; 5 the report cannot be written; 70 internal error.",
        })
final class CheckCommand implements Callable<Integer> {

    private final ToolchainSource toolchains;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SOURCE", description = "The TEI P5 file, e.g. source-xml/report.xml.")
    Path source;

    @Mixin
    OutputOptions outputs;

    @Mixin
    ConventionOptions conventions;

    @Option(names = "--strict", description = "Refuse a source that departs from the house schema, as build --strict does.")
    boolean strict;

    @Option(names = {"-q", "--quiet"}, description = "Print nothing but errors.")
    boolean quiet;

    @Option(names = {"-v", "--verbose"}, description = "Also list every finding, not only each check's status.")
    boolean verbose;

    CheckCommand(ToolchainSource toolchains) {
        this.toolchains = toolchains;
    }

    @Override
    public Integer call() throws PublishException {
        Toolchain.Selection selection = outputs.selection(spec, Toolchain.DEFAULT_PAGE_SIZE);
        outputs.requirePlainName(spec);
        ConsoleProgress progress = new ConsoleProgress(spec.commandLine().getErr(),
                ConsoleProgress.level(quiet, verbose));
        Toolchain toolchain = toolchains.get();
        toolchain.allowFolders(source, outputs.out);
        // The outputs are only measured against a source that is itself valid.
        XdmNode prepared = toolchain.prepare(source, progress,
                strict ? TeiValidator.Mode.STRICT : TeiValidator.Mode.LENIENT);
        List<Path> files = existingOutputs(selection);
        Path reportFile = outputs.out.resolve(OutputGate.REPORT);
        CheckReport report;
        try {
            report = toolchain.gate(progress, conventions.chosen(spec)).inspect(source, prepared, files);
        } catch (CheckFailedException e) {
            // An output the checks cannot even open: the old report would still say "passed".
            writeAtomically(reportFile, CheckReport.failureJson(e.getMessage()));
            throw e;
        }
        writeAtomically(reportFile, report.toJson());
        if (!quiet) {
            report.summary().forEach(spec.commandLine().getOut()::println);
            if (verbose) {
                report.errors().forEach(f -> spec.commandLine().getOut().println("  " + f.located()));
            }
            spec.commandLine().getOut().flush();
        }
        if (!report.passed()) {
            throw report.failure("see " + reportFile + ". Fix the source or the stylesheets and run tei-press build again.");
        }
        return ExitCodes.OK;
    }

    private List<Path> existingOutputs(Toolchain.Selection selection) throws CheckFailedException {
        List<Path> files = new ArrayList<>();
        for (String format : selection.formats()) {
            Path file = outputs.out.resolve(outputs.baseName(source) + "." + format);
            if (!Files.isRegularFile(file)) {
                throw new CheckFailedException("The " + format + " output " + file + " does not exist. Build it first"
                        + " with 'tei-press build " + source + " --out " + outputs.out + "', or check only the"
                        + " formats that are there with --format.", file, -1, -1);
            }
            files.add(file);
        }
        return files;
    }


    private static void writeAtomically(Path file, String content) throws PublishException {
        Path temporary = null;
        try {
            temporary = Files.createTempFile(file.toAbsolutePath().getParent(), ".tei-press-", ".json");
            Files.writeString(temporary, content, StandardCharsets.UTF_8);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            temporary = null;
        } catch (IOException e) {
            throw new PublishException("Cannot write the report " + file + ": " + e.getMessage()
                    + ". Make the output folder writable.", file, -1, -1, e);
        } finally {
            if (temporary != null) {
                temporary.toFile().delete();
            }
        }
    }
}
