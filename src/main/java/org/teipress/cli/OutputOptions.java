package org.teipress.cli;

import org.teipress.app.Toolchain;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.teipress.pipeline.OutputNames;
import org.teipress.pipeline.Publication;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** --out, --format and --name: what build writes and check reads (each command takes its own sources). */
final class OutputOptions {

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = "dist",
            description = "Output folder (default: ${DEFAULT-VALUE}); created if missing.")
    Path out;

    @Option(names = {"-f", "--format"}, split = ",", paramLabel = "FORMAT",
            description = "Formats, comma-separated: pdf, epub (default: all of them).")
    List<String> formats;

    @Option(names = "--name", paramLabel = "BASENAME",
            description = "Output file name without extension (default: the source's name, report.xml -> report).")
    String name;

    String baseName(Path source) {
        return name != null ? name : Publication.baseName(source);
    }

    /** A --name that is no plain file name is a usage error (exit 2), found before any work starts. */
    void requirePlainName(CommandSpec spec) {
        String problem = name == null ? null : OutputNames.problemWith(name);
        if (problem != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), problem.replace("The output name",
                    "The --name"));
        }
    }

    /** The formats asked for, checked against those this installation can produce. */
    Toolchain.Selection selection(CommandSpec spec, String pageSize) {
        List<String> names = new ArrayList<>();
        for (String format : formats == null ? Toolchain.FORMATS : formats) {
            String lower = format.trim().toLowerCase(Locale.ROOT);
            if (!Toolchain.FORMATS.contains(lower)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "Unknown format '" + format
                        + "' in --format; valid formats are: " + String.join(", ", Toolchain.FORMATS)
                        + " (comma-separated, e.g. --format " + String.join(",", Toolchain.FORMATS) + ").");
            }
            if (!names.contains(lower)) {
                names.add(lower);
            }
        }
        String size = Toolchain.PAGE_SIZES.stream().filter(s -> s.equalsIgnoreCase(pageSize)).findFirst()
                .orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(), "Unknown page size '"
                        + pageSize + "' in --page-size; valid sizes are: " + String.join(", ", Toolchain.PAGE_SIZES)
                        + " (185x260 mm is the 16开 trim of Chinese academic yearbooks)."));
        return new Toolchain.Selection(names, size);
    }
}
