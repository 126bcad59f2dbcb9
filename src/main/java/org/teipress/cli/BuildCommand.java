package org.teipress.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.teipress.app.Toolchain;
import org.teipress.core.PublishException;
import org.teipress.corpus.CorpusBuild;
import org.teipress.corpus.CorpusMember;
import org.teipress.corpus.CorpusSources;
import org.teipress.corpus.CorpusSummary;
import org.teipress.corpus.Shard;
import org.teipress.pipeline.Progress;
import org.teipress.validate.TeiValidator;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "build", mixinStandardHelpOptions = true, sortOptions = false,
        versionProvider = VersionProvider.class,
        description = {
            "Validates a TEI P5 document and publishes it as PDF and EPUB into the output folder.",
            "",
            "Several sources, or a folder (every .xml file below it), make a corpus: one JVM builds them"
                    + " --jobs at a time, each document into its own folder under DIR (its path relative to the"
                    + " folder named, without .xml), and prints one summary, also written to DIR/"
                    + CorpusSummary.FILE + ". A failing document does not stop the others; the exit code is 0"
                    + " only when every document was published. --shard K/N builds the documents whose relative"
                    + " path hashes to share K of N, so N machines split a corpus without overlap.",
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
            "  tei-press build article.xml --note-numbering per-chapter --heading-numbering generated",
            "  tei-press build corpus/ more.xml --out out/ --jobs 2 --shard 1/4",
            "",
            "Exit codes: 0 published; 2 bad usage; 3 the TEI cannot be published (the message gives"
                    + " file:line:column, what was expected and how to fix it); 4 an output failed the gate"
                    + " (DIR's outputs unchanged); 5 cannot write DIR (disk full, name clash) or missing font; 6 out of"
                    + " memory (give Java more with -Xmx); 70 internal error. A corpus"
                    + " exits with the code of its first failed document, in summary order.",
        })
final class BuildCommand implements Callable<Integer> {

    private final ToolchainSource toolchains;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "SOURCE",
            description = "TEI P5 files or folders of them, e.g. source-xml/report.xml.")
    List<Path> sources;

    @Mixin
    OutputOptions outputs;

    @Mixin
    ConventionOptions conventions;

    @Option(names = "--page-size", paramLabel = "SIZE", defaultValue = Toolchain.DEFAULT_PAGE_SIZE,
            description = "PDF trim size: 185x260 (mm, default), A4 or A5.")
    String pageSize;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N",
            description = "Documents of a corpus built at once (default: the number of cores).")
    Integer jobs;

    @Option(names = "--shard", paramLabel = "K/N",
            description = "Build only share K of N of the corpus (1 <= K <= N), chosen by a hash of each"
                    + " document's relative path: stable across machines and runs.")
    String shard;

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
    public Integer call() throws PublishException, IOException, InterruptedException {
        Toolchain.Selection selection = outputs.selection(spec, pageSize);
        outputs.requirePlainName(spec);
        conventions.chosen(spec);
        if (jobs != null && jobs < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--jobs must be at least 1; found " + jobs + ".");
        }
        Shard share = shard();
        if (isCorpus()) {
            if (outputs.name != null) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--name names the outputs of one"
                        + " document; a corpus names each document's outputs after its source.");
            }
            return buildCorpus(selection, share);
        }
        ConsoleProgress progress = new ConsoleProgress(spec.commandLine().getErr(),
                ConsoleProgress.level(quiet, verbose));
        long start = System.nanoTime();
        Toolchain toolchain = toolchains.get();
        progress.detail(String.format(Locale.ROOT, "set-up %d ms: schemas, Schematron rules and Saxon ready",
                (System.nanoTime() - start) / 1_000_000));
        Path source = sources.get(0);
        List<Path> written = build(toolchain, progress, selection, source, outputs.out, outputs.baseName(source));
        written.forEach(spec.commandLine().getOut()::println);
        spec.commandLine().getOut().flush();
        progress.detail(String.format(Locale.ROOT, "published %d files in %d ms", written.size(),
                (System.nanoTime() - start) / 1_000_000));
        return ExitCodes.OK;
    }

    /** Several sources, a folder or a shard make a corpus; one file alone is built straight into DIR. */
    private boolean isCorpus() {
        return sources.size() > 1 || Files.isDirectory(sources.get(0)) || shard != null;
    }

    private Shard shard() {
        if (shard == null) {
            return Shard.ALL;
        }
        try {
            return Shard.parse(shard);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--shard: " + e.getMessage());
        }
    }

    private int buildCorpus(Toolchain.Selection selection, Shard share)
            throws PublishException, IOException, InterruptedException {
        List<CorpusMember> members = share.select(CorpusSources.expand(sources));
        int parallel = jobs != null ? jobs : Runtime.getRuntime().availableProcessors();
        ConsoleProgress console = new ConsoleProgress(spec.commandLine().getErr(),
                ConsoleProgress.level(quiet, verbose));
        long start = System.nanoTime();
        Toolchain toolchain = toolchains.get();
        Path out = outputs.out.toAbsolutePath().normalize();
        List<CorpusBuild.Outcome> outcomes = new CorpusBuild(parallel).run(members, member -> {
            Path folder = member.outputFolder(out);
            List<Path> written = build(toolchain, new MemberProgress(console, member.relativePath()), selection,
                    member.source(), folder, member.baseName());
            synchronized (spec) {
                written.forEach(spec.commandLine().getOut()::println);
            }
            return written;
        });
        CorpusSummary summary = new CorpusSummary(outcomes, Duration.ofNanos(System.nanoTime() - start), share,
                parallel, failure -> failure instanceof PublishException publish ? publish.located()
                        : "internal error: " + failure);
        Files.createDirectories(out);
        Files.writeString(out.resolve(CorpusSummary.FILE), summary.json(out), StandardCharsets.UTF_8);
        spec.commandLine().getOut().print(summary.text(out));
        spec.commandLine().getOut().flush();
        return outcomes.stream().filter(outcome -> !outcome.passed()).findFirst()
                .map(outcome -> ExitCodes.of(outcome.failure())).orElse(ExitCodes.OK);
    }

    private List<Path> build(Toolchain toolchain, Progress progress, Toolchain.Selection selection,
            Path source, Path out, String baseName) throws PublishException {
        toolchain.allowFolders(source, out);
        return toolchain.pipeline(progress, strict ? TeiValidator.Mode.STRICT : TeiValidator.Mode.LENIENT,
                conventions.chosen(spec)).build(source, out, baseName, toolchain.formats(selection));
    }

    /** Progress of one corpus member: its lines name the document, since several run at once. */
    private record MemberProgress(Progress console, String document) implements Progress {
        @Override
        public void stageDone(String stage, String detail, Duration took) {
            console.stageDone(stage, document + "  " + detail, took);
        }

        @Override
        public void warning(String stage, String message) {
            console.warning(stage, document + ": " + message);
        }
    }
}
