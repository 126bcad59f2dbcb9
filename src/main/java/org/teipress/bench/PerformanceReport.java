package org.teipress.bench;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Renders benchmark results as the Markdown of {@code docs/performance.md}, with each target of
 * the speed issue marked met or missed next to the measured figure.
 */
public final class PerformanceReport {
    static final Duration WARM_TARGET = Duration.ofMillis(1000);
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
        paired(md, results);
        books(md, results);

        BenchResults.ScalePoint largest = null;
        if (!results.scale().isEmpty()) {
            md.append("## Scale series (the report's body repeated as chapters, warm)\n\n")
              .append("| copies | notes | pages | time | time per copy | peak heap |\n")
              .append("| ---: | ---: | ---: | ---: | ---: | ---: |\n");
            for (BenchResults.ScalePoint point : results.scale()) {
                md.append("| ").append(point.copies()).append(" | ").append(point.notes()).append(" | ")
                  .append(point.pages()).append(" | ").append(ms(point.took())).append(" | ")
                  .append(ms(point.took().dividedBy(point.copies()))).append(" | ")
                  .append(mib(point.peakHeapBytes())).append(" |\n");
                largest = point;
            }
            md.append("\n");
        }

        md.append("## Targets (2-core reference machine)\n\n| target | measured | |\n| --- | ---: | --- |\n");
        target(md, "warm report, PDF + EPUB + checks < 1 s", ms(results.warmTotal()),
                results.warmTotal().compareTo(WARM_TARGET) < 0);
        if (results.paired().stream().allMatch(round -> round.peer() != null) && !results.paired().isEmpty()) {
            double pdfRatio = medianRatio(results.paired(), BenchResults.Paired::launchedPdfOnly);
            double wholeRatio = medianRatio(results.paired(), BenchResults.Paired::launched);
            target(md, "report PDF with its checks (bin/tei-press) ≤ 1.0× the peer", ratio(pdfRatio), pdfRatio <= 1.0);
            target(md, "report PDF + EPUB + every check (bin/tei-press) ≤ 1.5× the peer's PDF", ratio(wholeRatio),
                    wholeRatio <= 1.5);
        }
        for (BenchResults.BookPoint book : results.books()) {
            if (book.peer() != null) {
                double r = (double) book.ours().wall().toNanos() / book.peer().wall().toNanos();
                target(md, String.format(Locale.ROOT, "%,d-paragraph book, every check, -Xmx1g, no slower than the"
                        + " peer", book.paragraphs()), ratio(r), r <= 1.0);
            }
        }
        if (largest != null) {
            target(md, largest.copies() + "× book warm < 60 s", ms(largest.took()),
                    largest.took().compareTo(SCALE_TARGET) < 0);
            target(md, largest.copies() + "× book peak heap < 2 GB", mib(largest.peakHeapBytes()),
                    largest.peakHeapBytes() < SCALE_HEAP_TARGET);
        }
        limits(md, results, coldMedian);
        return md.toString();
    }

    /** Where the time goes, worked out from the figures above, so it stays true when they change. */
    private static void limits(StringBuilder md, BenchResults results, Duration coldMedian) {
        Map<String, Duration> warm = results.warmStages();
        Duration total = results.warmTotal();
        md.append("\n## What limits it\n\n");
        Duration prepare = stage(warm, "validate").plus(stage(warm, "normalize")).plus(stage(warm, "preflight"));
        Duration pdfPath = stage(warm, "pdf").plus(stage(warm, " pdf-standards"));
        Duration epubPath = stage(warm, "epub").plus(stage(warm, " epubcheck"));
        md.append("- Warm: PDF and EPUB are written on their own threads and each is checked as soon as it is"
                + " written, so a build takes about validation and normalisation (").append(ms(prepare))
          .append(") plus the longer of the two paths. The PDF path is ").append(ms(pdfPath))
          .append(": ").append(ms(stage(warm, "pdf-layout"))).append(" for the layout passes (")
          .append(share(stage(warm, "pdf-layout"), total)).append(" of the total; one FOP layout reading the"
                + " document's font subsets, into which the footnote numbers that restart on every page are written"
                + " when they cannot move a line, else a second layout), ")
          .append(ms(stage(warm, "pdf-render"))).append(" to render the kept layout and ")
          .append(ms(stage(warm, " pdf-standards"))).append(" for veraPDF (")
          .append(share(stage(warm, " pdf-standards"), total)).append("). The EPUB path is ").append(ms(epubPath))
          .append(" (EPUB ").append(ms(stage(warm, "epub"))).append(", EPUBCheck ")
          .append(ms(stage(warm, " epubcheck"))).append(").\n");
        if (!results.coldRuns().isEmpty()) {
            md.append("- Cold: ").append(ms(coldMedian.minus(total))).append(" more than a warm build: starting"
                    + " the JVM, loading classes, running without compiled code, and the set-up a running JVM keeps"
                    + " (stylesheets, RELAX NG and Schematron compiled, FOP's fonts, veraPDF's profiles, EPUBCheck's"
                    + " schemas). The set-up runs on background threads while the source is validated, but on two"
                    + " cores it competes with the build itself.\n");
        }
        if (results.scale().size() >= 2) {
            BenchResults.ScalePoint first = results.scale().get(0);
            BenchResults.ScalePoint last = results.scale().get(results.scale().size() - 1);
            Duration firstPerCopy = first.took().dividedBy(first.copies());
            Duration lastPerCopy = last.took().dividedBy(last.copies());
            double ratio = firstPerCopy.isZero() ? 0 : (double) lastPerCopy.toNanos() / firstPerCopy.toNanos();
            md.append("- Scale: time per copy goes from ").append(ms(firstPerCopy)).append(" (").append(first.copies())
              .append("×) to ").append(ms(lastPerCopy)).append(" (").append(last.copies()).append("×), ")
              .append(String.format(Locale.ROOT, "%.2f", ratio)).append(" times")
              .append(ratio <= 1.5 ? ": growth is close to linear (fixed costs are shared by more pages)."
                      : ": growth is worse than linear.")
              .append(" Peak heap of the ").append(last.copies()).append("× book: ").append(mib(last.peakHeapBytes()))
              .append(" (the layouts are kept as trees to read the footnotes' pages).\n");
        }
    }

    /** Whole processes on the report, round by round, and the ratios to the peer. */
    private static void paired(StringBuilder md, BenchResults results) {
        if (results.paired().isEmpty()) {
            return;
        }
        md.append("## The report as whole processes, paired with the peer\n\n")
          .append("Each round runs these back to back, so they meet the same machine load; wall time, CPU time")
          .append(" (user + system) and peak resident memory. Launcher: the settings of `bin/tei-press` (class-data")
          .append(" archive, `-XX:TieredStopAtLevel=1`). Peer: ").append(results.peer()).append(".\n\n")
          .append("| round | `java -jar`, PDF + EPUB + checks | launcher, PDF + EPUB + checks | launcher, PDF + its")
          .append(" checks | peer, PDF, no checks |\n| ---: | ---: | ---: | ---: | ---: |\n");
        for (int i = 0; i < results.paired().size(); i++) {
            BenchResults.Paired round = results.paired().get(i);
            md.append("| ").append(i + 1).append(" | ").append(process(round.plain())).append(" | ")
              .append(process(round.launched())).append(" | ").append(process(round.launchedPdfOnly())).append(" | ")
              .append(round.peer() == null ? "not measured" : process(round.peer())).append(" |\n");
        }
        md.append("\n");
        if (results.paired().stream().allMatch(round -> round.peer() != null)) {
            md.append("Median of the rounds' ratios to the peer (wall time): PDF with its checks ")
              .append(ratio(medianRatio(results.paired(), BenchResults.Paired::launchedPdfOnly)))
              .append(", PDF + EPUB + every check ").append(ratio(medianRatio(results.paired(), BenchResults.Paired::launched)))
              .append(", the same with plain `java -jar` ").append(ratio(medianRatio(results.paired(), BenchResults.Paired::plain)))
              .append(".\n\n");
        }
    }

    /** The long books: time and memory against length, with the chart the bench draws beside this file. */
    private static void books(StringBuilder md, BenchResults results) {
        if (results.books().isEmpty()) {
            return;
        }
        md.append("## Long books (the report's header and N short mixed Chinese/Latin/Russian paragraphs in one div)\n\n")
          .append("tei-press as `bin/tei-press` runs it with `-Xmx1g`, PDF + EPUB + every check; the peer as above.\n\n")
          .append("![Time and peak memory against book length](performance-books.svg)\n\n")
          .append("| paragraphs | pages | tei-press | peer | ratio |\n| ---: | ---: | ---: | ---: | ---: |\n");
        for (BenchResults.BookPoint book : results.books()) {
            md.append("| ").append(String.format(Locale.ROOT, "%,d", book.paragraphs())).append(" | ")
              .append(book.pages()).append(" | ").append(process(book.ours())).append(" | ")
              .append(book.peer() == null ? "not measured" : process(book.peer())).append(" | ")
              .append(book.peer() == null ? "–" : ratio((double) book.ours().wall().toNanos() / book.peer().wall().toNanos()))
              .append(" |\n");
        }
        md.append("\n");
    }

    private static double medianRatio(List<BenchResults.Paired> rounds,
            java.util.function.Function<BenchResults.Paired, ProcessRun> ours) {
        double[] ratios = rounds.stream().mapToDouble(round -> (double) ours.apply(round).wall().toNanos()
                / round.peer().wall().toNanos()).sorted().toArray();
        int middle = ratios.length / 2;
        return ratios.length % 2 == 1 ? ratios[middle] : (ratios[middle - 1] + ratios[middle]) / 2;
    }

    private static String process(ProcessRun run) {
        return ms(run.wall()) + " (CPU " + (run.cpu().isNegative() ? "–" : ms(run.cpu())) + ", "
                + (run.peakRssBytes() < 0 ? "–" : mib(run.peakRssBytes())) + ")";
    }

    private static String ratio(double value) {
        return String.format(Locale.ROOT, "%.2f×", value);
    }

    /** A stage's median; a name starting with a space matches the check of that name on any output. */
    private static Duration stage(Map<String, Duration> stages, String name) {
        if (!name.startsWith(" ")) {
            return stages.getOrDefault(name, Duration.ZERO);
        }
        return stages.entrySet().stream().filter(e -> e.getKey().startsWith("  check ") && e.getKey().endsWith(name))
                .map(Map.Entry::getValue).reduce(Duration.ZERO, Duration::plus);
    }

    private static String share(Duration part, Duration whole) {
        return whole.isZero() ? "–" : String.format(Locale.ROOT, "%d %%", Math.round(100.0 * part.toNanos() / whole.toNanos()));
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
