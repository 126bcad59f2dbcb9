package org.teipress.check;

import java.util.Locale;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.teipress.pipeline.CheckFailedException;

/**
 * The gate's findings for every output, written as {@code report.validation.json} and summed up
 * for the console: per output, per check, its status, figures, findings and time.
 */
public final class CheckReport {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** {@code "key": value}, the spacing JSON is usually read and grepped with. */
    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter().withSeparators(
            Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER));
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
            return new CheckFailedException(message, first.place().file(), first.place().line(),
                    first.place().column() > 0 ? first.place().column() : -1);
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

    /**
     * The report as JSON: whether it passed, the programs that judged (name, version, profiles),
     * then per output and check its status, time, figures and findings.
     */
    public String toJson() {
        ObjectNode root = JSON.createObjectNode();
        root.put("passed", passed());
        ArrayNode referees = root.putArray("referees");
        List<Referee> seen = new ArrayList<>();
        forEach((output, r) -> r.referees().stream().filter(referee -> !seen.contains(referee)).forEach(seen::add));
        for (Referee referee : seen) {
            ObjectNode node = referees.addObject().put("name", referee.name()).put("version", referee.version());
            if (!referee.against().isEmpty()) {
                referee.against().forEach(node.putArray("profiles")::add);
            }
        }
        ObjectNode outputs = root.putObject("outputs");
        byOutput.forEach((output, results) -> {
            ObjectNode checks = outputs.putObject(output);
            for (CheckResult r : results) {
                ObjectNode check = checks.putObject(r.check());
                check.put("status", r.passed() ? "passed" : "failed");
                check.put("milliseconds", r.millis());
                check.set("figures", JSON.valueToTree(r.figures()));
                ArrayNode findings = check.putArray("findings");
                for (Finding f : r.findings()) {
                    ObjectNode finding = findings.addObject().put("severity", f.severity().name().toLowerCase(Locale.ROOT))
                            .put("message", f.message());
                    if (f.place() != null) {
                        finding.put("source", String.valueOf(f.place().file())).put("line", f.place().line());
                        if (f.place().column() > 0) {
                            finding.put("column", f.place().column());
                        }
                    }
                }
            }
        });
        return written(root);
    }

    /** The report of a check that could not run at all: not passed, and why, in the same JSON form. */
    public static String failureJson(String error) {
        ObjectNode root = JSON.createObjectNode();
        root.put("passed", false);
        root.put("error", error);
        return written(root);
    }

    private static String written(ObjectNode root) {
        try {
            return JSON.writer(PRETTY).writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A tree of strings and numbers always serialises", e);
        }
    }
}
