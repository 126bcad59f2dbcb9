package org.teipress.bench;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/**
 * Renders benchmark results as the Markdown of {@code docs/performance.md}, with each target of
 * the speed issue marked met or missed next to the measured figure.
 */
public final class PerformanceReport {
    static final Duration WARM_TARGET = Duration.ofMillis(1500);
    static final Duration COLD_TARGET = Duration.ofSeconds(6);
    static final Duration SCALE_TARGET = Duration.ofSeconds(60);
    static final long SCALE_HEAP_TARGET = 2L << 30;

    public String markdown(BenchResults results, String command) {
        StringBuilder md = new StringBuilder();
        md.append("# Performance\n\n")
          .append("Written by `").append(command).append("`; run it again to refresh these figures.\n\n")
          .append("Machine: ").append(results.machine()).append("\n\n")
          .append("Source: `").append(results.source()).append("`\n\n");

        md.append("## The report, warm (in one JVM after warm-up, median of ")
          .append(results.warmRuns()).append(" runs)\n\n")
          .append("| stage | median |\n| --- | ---: |\n");
        for (Map.Entry<String, Duration> stage : results.warmStages().entrySet()) {
            md.append("| ").append(stage.getKey()).append(" | ").append(ms(stage.getValue())).append(" |\n");
        }
        md.append("| **total, checks included** | **").append(ms(results.warmTotal())).append("** |\n\n")
          .append("Peak heap during a warm build: ").append(mib(results.warmPeakHeapBytes())).append(".\n\n");

        md.append("## The report, cold (a fresh `java -jar tei-press.jar build`, whole process)\n\n")
          .append("| run | time |\n| --- | ---: |\n");
        for (int i = 0; i < results.coldRuns().size(); i++) {
            md.append("| ").append(i + 1).append(" | ").append(ms(results.coldRuns().get(i))).append(" |\n");
        }
        Duration coldMedian = results.coldRuns().isEmpty() ? Duration.ZERO : StageTimes.median(results.coldRuns());
        md.append("\n");

        md.append("## Scale series (the report's body repeated as chapters, warm)\n\n")
          .append("| copies | notes | pages | time | time per copy | peak heap |\n")
          .append("| ---: | ---: | ---: | ---: | ---: | ---: |\n");
        BenchResults.ScalePoint largest = null;
        for (BenchResults.ScalePoint point : results.scale()) {
            md.append("| ").append(point.copies()).append(" | ").append(point.notes()).append(" | ")
              .append(point.pages()).append(" | ").append(ms(point.took())).append(" | ")
              .append(ms(point.took().dividedBy(point.copies()))).append(" | ")
              .append(mib(point.peakHeapBytes())).append(" |\n");
            largest = point;
        }
        md.append("\n");

        md.append("## Targets (2-core reference machine)\n\n| target | measured | |\n| --- | ---: | --- |\n");
        target(md, "warm report, PDF + EPUB + checks < 1.5 s", ms(results.warmTotal()),
                results.warmTotal().compareTo(WARM_TARGET) < 0);
        target(md, "cold whole-process build < 6 s", ms(coldMedian),
                !results.coldRuns().isEmpty() && coldMedian.compareTo(COLD_TARGET) < 0);
        if (largest != null) {
            target(md, largest.copies() + "× book warm < 60 s", ms(largest.took()),
                    largest.took().compareTo(SCALE_TARGET) < 0);
            target(md, largest.copies() + "× book peak heap < 2 GB", mib(largest.peakHeapBytes()),
                    largest.peakHeapBytes() < SCALE_HEAP_TARGET);
        }
        return md.toString();
    }

    private static void target(StringBuilder md, String what, String measured, boolean met) {
        md.append("| ").append(what).append(" | ").append(measured).append(" | ")
          .append(met ? "met" : "**missed**").append(" |\n");
    }

    static String ms(Duration d) {
        return String.format(Locale.ROOT, "%,d ms", d.toMillis());
    }

    static String mib(long bytes) {
        return String.format(Locale.ROOT, "%,d MiB", bytes >> 20);
    }
}
