package org.teipress.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.teipress.bench.BenchResults;
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
            "fresh processes, and a scale series of books made of the source repeated as chapters.",
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

    @Option(names = "--write", paramLabel = "FILE", defaultValue = "docs/performance.md",
            description = "Where to write the Markdown table (default: ${DEFAULT-VALUE}).")
    Path report;

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
            BenchResults results = benchmark.run(source, new Benchmark.Plan(warmups, runs, coldRuns, sizes));
            String markdown = new PerformanceReport().markdown(results, "java -Xmx2g -jar target/tei-press.jar bench");
            if (report.getParent() != null) {
                Files.createDirectories(report.getParent());
            }
            Files.writeString(report, markdown, StandardCharsets.UTF_8);
            spec.commandLine().getOut().print(markdown);
            spec.commandLine().getOut().flush();
            return ExitCodes.OK;
        } finally {
            try (var files = Files.walk(work)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
