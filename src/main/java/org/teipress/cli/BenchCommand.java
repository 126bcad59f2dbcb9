package org.teipress.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.teipress.bench.BenchResults;
import org.teipress.bench.BookChart;
import org.teipress.bench.Benchmark;
import org.teipress.bench.PerformanceReport;
import org.teipress.core.PublishException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {
            "Measures tei-press: warm builds in this JVM (per stage, after warm-up), cold builds as",
            "fresh processes (plain and as bin/tei-press runs them, paired with the peer when",
            "--peer-stylesheets is given), a scale series of books made of the source repeated as",
            "chapters, and long books of short paragraphs built with -Xmx1g; draws their chart",
            "(performance-books.svg beside the Markdown).",
            "Every run is a full build with its checks. Writes the figures as a Markdown table.",
            "",
            "Run it with the heap the scale target allows:",
            "  java -Xmx2g -jar target/tei-press.jar bench",
        })
final class BenchCommand implements Callable<Integer> {
    private final ToolchainSource toolchains;

    @Spec
    CommandSpec spec;

    @Option(names = "--source", paramLabel = "TEI", defaultValue = "source-xml/report.xml",
            description = "The document to measure (default: ${DEFAULT-VALUE}).")
    Path source;

    @Option(names = "--warmups", defaultValue = "3", description = "Warm-up builds before measuring (default: ${DEFAULT-VALUE}).")
    int warmups;

    @Option(names = "--runs", defaultValue = "5", description = "Measured warm builds (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--cold", defaultValue = "3", description = "Cold whole-process builds (default: ${DEFAULT-VALUE}).")
    int coldRuns;

    @Option(names = "--scale", split = ",", defaultValue = "1,4,16,32",
            description = "Sizes of the scale series, in copies of the source (default: ${DEFAULT-VALUE}; 0 for none).")
    List<Integer> scale;

    @Option(names = "--book-paragraphs", split = ",", defaultValue = "2500,10000",
            description = "Lengths of the long books, in paragraphs, each built with -Xmx1g and every check"
                    + " (default: ${DEFAULT-VALUE}; 0 for none).")
    List<Integer> bookParagraphs;

    @Option(names = "--peer-stylesheets", paramLabel = "DIR",
            description = "A checkout of the TEI Stylesheets: the peer (its fo profile + Apache FOP, one layout, no"
                    + " checks) is run on the same documents for paired ratios. Without it the peer is not measured.")
    Path peerStylesheets;

    @Option(names = "--fonts", paramLabel = "DIR", defaultValue = "fonts",
            description = "The font files the peer's FOP embeds, the same as tei-press's (default: ${DEFAULT-VALUE}).")
    Path fonts;

    @Option(names = "--write", paramLabel = "FILE", defaultValue = "docs/performance.md",
            description = "Where to write the Markdown table (default: ${DEFAULT-VALUE}).")
    Path report;

    /** Below this line docs/performance.md holds notes written by hand, which a new run keeps. */
    static final String KEPT_NOTES = "<!-- Notes below this line are written by hand; tei-press bench keeps them. -->";

    BenchCommand(ToolchainSource toolchains) {
        this.toolchains = toolchains;
    }

    @Override
    public Integer call() throws PublishException, IOException, InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        Path work = Files.createTempDirectory("tei-press-bench-");
        try {
            Benchmark benchmark = new Benchmark(toolchains.get(), Main.class, work, line -> {
                err.println("tei-press bench: " + line);
                err.flush();
            });
            List<Integer> sizes = scale.stream().filter(n -> n > 0).toList();
            if (peerStylesheets != null && !Files.isRegularFile(peerStylesheets.resolve("profiles/default/fo/to.xsl"))) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--peer-stylesheets "
                        + peerStylesheets + " has no profiles/default/fo/to.xsl; name the top folder of a TEI"
                        + " Stylesheets checkout.");
            }
            List<Integer> books = bookParagraphs.stream().filter(n -> n > 0).toList();
            BenchResults results = benchmark.run(source, new Benchmark.Plan(warmups, runs, coldRuns, sizes, books,
                    peerStylesheets == null ? null : peerStylesheets.toAbsolutePath(), fonts.toAbsolutePath()));
            String markdown = new PerformanceReport().markdown(results, "java -Xmx2g -jar target/tei-press.jar bench"
                    + (peerStylesheets == null ? "" : " --peer-stylesheets DIR"));
            Path folder = report.toAbsolutePath().getParent();
            Files.createDirectories(folder);
            Files.writeString(report, markdown + keptNotes(report), StandardCharsets.UTF_8);
            if (!results.books().isEmpty()) {
                Files.writeString(folder.resolve("performance-books.svg"), new BookChart().svg(results.books()),
                        StandardCharsets.UTF_8);
            }
            spec.commandLine().getOut().print(markdown);
            spec.commandLine().getOut().flush();
            return ExitCodes.OK;
        } finally {
            try (var files = Files.walk(work)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static String keptNotes(Path report) throws IOException {
        if (!Files.isRegularFile(report)) {
            return "";
        }
        String previous = Files.readString(report, StandardCharsets.UTF_8);
        int notes = previous.indexOf(KEPT_NOTES);
        return notes < 0 ? "" : "\n" + previous.substring(notes);
    }
}
