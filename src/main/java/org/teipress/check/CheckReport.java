package org.teipress.check;

import java.util.Locale;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.teipress.pipeline.CheckFailedException;

/**
 * The gate's findings for every output, written as {@code report.validation.json} and summed up
 * for the console: per output, per check, its status, figures, findings and time.
 */
public final class CheckReport {
    private final Map<String, List<CheckResult>> byOutput = new LinkedHashMap<>();

    void add(String output, CheckResult result) {
        byOutput.computeIfAbsent(output, k -> new ArrayList<>()).add(result);
    }

    public List<CheckResult> results(String output) {
        return byOutput.getOrDefault(output, List.of());
    }

    public List<Finding> errors() {
        return byOutput.values().stream().flatMap(List::stream).flatMap(r -> r.errors().stream()).toList();
    }

    public boolean passed() {
        return errors().isEmpty();
    }

    /**
     * The failure to raise when the report did not pass: the first defect, located in the source
     * where it can be, the number of the others, then {@code advice} on what to do next.
     */
    public CheckFailedException failure(String advice) {
        List<Finding> errors = errors();
        Finding first = errors.get(0);
        String message = first.check() + ": " + first.message()
                + (errors.size() > 1 ? " (and " + (errors.size() - 1) + " more defects)" : "") + "; " + advice;
        if (first.place() != null) {
            return new CheckFailedException(message, first.place().file(), first.place().line(), -1);
        }
        return new CheckFailedException(message);
    }

    /** One line per check: {@code report.pdf  pdf-fonts  passed  412 ms  fonts=5 …}. */
    public List<String> summary() {
        List<String> lines = new ArrayList<>();
        forEach((output, r) -> lines.add(String.format(Locale.ROOT, "%s %6d ms  %s", output, r.millis(), describe(r))));
        return lines;
    }

    void forEach(java.util.function.BiConsumer<String, CheckResult> action) {
        byOutput.forEach((output, results) -> results.forEach(r -> action.accept(output, r)));
    }

    /** {@code pdf-fonts  passed  fonts=5 …}, and the number of defects when it failed. */
    static String describe(CheckResult r) {
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-14s %-6s", r.check(), r.passed() ? "passed" : "FAILED"));
        r.figures().forEach((k, v) -> line.append("  ").append(k).append('=').append(v));
        if (!r.passed()) {
            line.append("  (").append(r.errors().size()).append(" defects)");
        }
        return line.toString();
    }

    public String toJson() {
        StringBuilder json = new StringBuilder("{\n  \"passed\": ").append(passed()).append(",\n  \"outputs\": {");
        String outputSeparator = "\n";
        for (Map.Entry<String, List<CheckResult>> output : byOutput.entrySet()) {
            json.append(outputSeparator).append("    ").append(quote(output.getKey())).append(": {");
            outputSeparator = ",\n";
            String checkSeparator = "\n";
            for (CheckResult r : output.getValue()) {
                json.append(checkSeparator).append("      ").append(quote(r.check())).append(": {\n")
                        .append("        \"status\": ").append(quote(r.passed() ? "passed" : "failed")).append(",\n")
                        .append("        \"milliseconds\": ").append(r.millis()).append(",\n")
                        .append("        \"figures\": {");
                checkSeparator = ",\n";
                String figureSeparator = "";
                for (Map.Entry<String, Object> figure : r.figures().entrySet()) {
                    json.append(figureSeparator).append(quote(figure.getKey())).append(": ").append(value(figure.getValue()));
                    figureSeparator = ", ";
                }
                json.append("},\n        \"findings\": [");
                String findingSeparator = "\n";
                for (Finding f : r.findings()) {
                    json.append(findingSeparator).append("          {\"severity\": ")
                            .append(quote(f.severity().name().toLowerCase(Locale.ROOT))).append(", \"message\": ")
                            .append(quote(f.message()));
                    if (f.place() != null) {
                        json.append(", \"source\": ").append(quote(String.valueOf(f.place().file())))
                                .append(", \"line\": ").append(f.place().line());
                    }
                    json.append('}');
                    findingSeparator = ",\n";
                }
                json.append(r.findings().isEmpty() ? "]\n      }" : "\n        ]\n      }");
            }
            json.append("\n    }");
        }
        return json.append("\n  }\n}\n").toString();
    }

    private static String value(Object value) {
        if (value instanceof Number || value instanceof Boolean) {
            return String.valueOf(value);
        }
        return quote(String.valueOf(value));
    }

    static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
