package org.teipress.corpus;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The one summary of a corpus build: a line per document and the totals (with throughput in
 * documents per minute), as text for the console and as JSON for the file beside the outputs.
 */
public final class CorpusSummary {
    public static final String FILE = "build-summary.json";

    private final List<CorpusBuild.Outcome> outcomes;
    private final Duration took;
    private final Shard shard;
    private final int jobs;
    private final Function<Throwable, String> describe;

    /** {@code describe}: the message a failure is reported with (for a PublishException, its located form). */
    public CorpusSummary(List<CorpusBuild.Outcome> outcomes, Duration took, Shard shard, int jobs,
            Function<Throwable, String> describe) {
        this.outcomes = List.copyOf(outcomes);
        this.took = took;
        this.shard = shard;
        this.jobs = jobs;
        this.describe = describe;
    }

    public boolean allPassed() {
        return outcomes.stream().allMatch(CorpusBuild.Outcome::passed);
    }

    public long failed() {
        return outcomes.stream().filter(outcome -> !outcome.passed()).count();
    }

    public double documentsPerMinute() {
        return took.isZero() ? 0 : outcomes.size() * 60_000.0 / Math.max(1, took.toMillis());
    }

    public String text(Path corpusOut) {
        StringBuilder text = new StringBuilder();
        text.append(String.format(Locale.ROOT, "tei-press: corpus of %d document%s%s: %d published, %d failed;"
                        + " %d job%s, %.1f s, %.1f documents per minute%n",
                outcomes.size(), outcomes.size() == 1 ? "" : "s",
                shard.equals(Shard.ALL) ? "" : " (shard " + shard + ")",
                outcomes.size() - failed(), failed(), jobs, jobs == 1 ? "" : "s",
                took.toMillis() / 1000.0, documentsPerMinute()));
        for (CorpusBuild.Outcome outcome : outcomes) {
            text.append(String.format(Locale.ROOT, "  %-9s %8d ms  %s  %s%n",
                    outcome.passed() ? "published" : "FAILED", outcome.took().toMillis(),
                    outcome.member().relativePath(),
                    outcome.passed() ? "-> " + outcome.member().outputFolder(corpusOut)
                            : describe.apply(outcome.failure())));
        }
        return text.toString();
    }

    public String json(Path corpusOut) {
        StringBuilder json = new StringBuilder("{\n");
        json.append("  \"documents\": ").append(outcomes.size()).append(",\n");
        json.append("  \"published\": ").append(outcomes.size() - failed()).append(",\n");
        json.append("  \"failed\": ").append(failed()).append(",\n");
        json.append("  \"shard\": ").append(quote(shard.toString())).append(",\n");
        json.append("  \"jobs\": ").append(jobs).append(",\n");
        json.append("  \"millis\": ").append(took.toMillis()).append(",\n");
        json.append("  \"documentsPerMinute\": ")
                .append(String.format(Locale.ROOT, "%.2f", documentsPerMinute())).append(",\n");
        json.append("  \"members\": [");
        for (int i = 0; i < outcomes.size(); i++) {
            CorpusBuild.Outcome outcome = outcomes.get(i);
            json.append(i == 0 ? "\n" : ",\n").append("    {\"source\": ").append(quote(outcome.member().relativePath()))
                    .append(", \"status\": ").append(quote(outcome.passed() ? "published" : "failed"))
                    .append(", \"millis\": ").append(outcome.took().toMillis());
            if (outcome.passed()) {
                json.append(", \"outputs\": [");
                for (int j = 0; j < outcome.written().size(); j++) {
                    json.append(j == 0 ? "" : ", ").append(quote(corpusOut.relativize(
                            outcome.written().get(j).toAbsolutePath().normalize()).toString().replace('\\', '/')));
                }
                json.append("]");
            } else {
                json.append(", \"error\": ").append(quote(describe.apply(outcome.failure())));
            }
            json.append("}");
        }
        json.append(outcomes.isEmpty() ? "]\n}\n" : "\n  ]\n}\n");
        return json.toString();
    }

    private static String quote(String value) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\r' -> quoted.append("\\r");
                case '\t' -> quoted.append("\\t");
                default -> {
                    if (c < 0x20) {
                        quoted.append(String.format("\\u%04x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }
}
