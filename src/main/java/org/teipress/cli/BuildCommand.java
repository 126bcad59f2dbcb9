package org.teipress.cli;

import org.teipress.app.Toolchain;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.teipress.core.PublishException;
import org.teipress.validate.TeiValidator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "build", mixinStandardHelpOptions = true, sortOptions = false,
        versionProvider = VersionProvider.class,
        description = {
            "Validates a TEI P5 document and publishes it as PDF and EPUB into the output folder.",
            "",
            "Any well-formed TEI P5 document (root TEI or teiCorpus) is published; what departs from the"
                    + " house schema is listed as warnings, each kind once with its count and first place."
                    + " --strict refuses such documents instead. Missing xml:lang, idno or date are supplied"
                    + " (language detected from the text) and reported.",
            "",
            "Stages: validate (well-formed, TEI, project schema and Schematron), prepare, normalize, preflight"
                    + " (every character has a glyph), pdf, epub, check (the validation gate). Outputs are"
                    + " written to a hidden staging folder inside DIR and moved into place only after every"
                    + " stage has passed: on failure DIR keeps its previous outputs untouched.",
            "",
            "Writes DIR/BASENAME.pdf, DIR/BASENAME.epub and DIR/report.validation.json (the gate's"
                    + " findings); a failed gate leaves DIR/report.validation.failed.json instead. Progress goes"
                    + " to standard error, one line per stage; the written files are listed on standard output.",
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  tei-press build source-xml/report.xml --out dist/",
            "  tei-press build book.xml --out out/ --format pdf --page-size A4 --name book-a4",
            "  tei-press build book.xml --format epub --quiet",
            "",
            "Exit codes: 0 published; 2 bad usage; 3 the TEI cannot be published (the message gives"
                    + " file:line:column, what was expected and how to fix it); 4 an output failed the gate"
                    + " (DIR unchanged); 5 cannot write DIR, name clash or missing font; 70 internal error.",
        })
final class BuildCommand implements Callable<Integer> {

    private final ToolchainSource toolchains;

    @Spec
    CommandSpec spec;

    @Mixin
    OutputOptions outputs;

    @Option(names = "--page-size", paramLabel = "SIZE", defaultValue = Toolchain.DEFAULT_PAGE_SIZE,
            description = "PDF trim size: 185x260 (mm, default), A4 or A5.")
    String pageSize;

    @Option(names = "--strict", description = "Refuse every departure from the house schema (source-xml/schema/"
            + "tei-press.rng and .sch) with its file:line:column, instead of publishing with a warning per kind.")
    boolean strict;

    @Option(names = {"-q", "--quiet"}, description = "No progress; only errors and the written files.")
    boolean quiet;

    @Option(names = {"-v", "--verbose"}, description = "Progress plus details: set-up time, the gate's summary.")
    boolean verbose;

    BuildCommand(ToolchainSource toolchains) {
        this.toolchains = toolchains;
    }

    @Override
    public Integer call() throws PublishException {
        Toolchain.Selection selection = outputs.selection(spec, pageSize);
        ConsoleProgress progress = new ConsoleProgress(spec.commandLine().getErr(),
                ConsoleProgress.level(quiet, verbose));
        long start = System.nanoTime();
        Toolchain toolchain = toolchains.get();
        progress.detail(String.format("set-up %d ms: schemas, Schematron rules and Saxon ready",
                (System.nanoTime() - start) / 1_000_000));
        List<Path> written = build(toolchain, progress, selection);
        written.forEach(spec.commandLine().getOut()::println);
        spec.commandLine().getOut().flush();
        progress.detail(String.format("published %d files in %d ms", written.size(),
                (System.nanoTime() - start) / 1_000_000));
        return ExitCodes.OK;
    }

    private List<Path> build(Toolchain toolchain, ConsoleProgress progress, Toolchain.Selection selection)
            throws PublishException {
        toolchain.allowFolders(outputs.source, outputs.out);
        return toolchain.pipeline(progress, strict ? TeiValidator.Mode.STRICT : TeiValidator.Mode.LENIENT)
                .build(outputs.source, outputs.out, outputs.baseName(),
                toolchain.formats(selection));
    }
}
