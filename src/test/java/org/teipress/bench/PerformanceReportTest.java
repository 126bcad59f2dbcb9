package org.teipress.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The "what limits it" section is worked out from the measured figures. */
class PerformanceReportTest {
    private static BenchResults results(Duration largestBook) {
        Map<String, Duration> stages = new LinkedHashMap<>();
        stages.put("validate", Duration.ofMillis(100));
        stages.put("normalize", Duration.ofMillis(300));
        stages.put("epub", Duration.ofMillis(1000));
        stages.put("pdf-layout", Duration.ofMillis(3000));
        stages.put("pdf-render", Duration.ofMillis(1000));
        stages.put("pdf", Duration.ofMillis(4000));
        stages.put("  check report.pdf pdf-standards", Duration.ofMillis(1500));
        stages.put("  check report.epub epubcheck", Duration.ofMillis(800));
        List<BenchResults.ScalePoint> scale = List.of(
                new BenchResults.ScalePoint(1, 44, 12, Duration.ofSeconds(6), 500L << 20, Map.of()),
                new BenchResults.ScalePoint(32, 1408, 300, largestBook, 1500L << 20, Map.of()));
        return new BenchResults("test machine", "report.xml", 5, stages, Duration.ofMillis(6000), 400L << 20,
                List.of(Duration.ofMillis(20000)), scale);
    }

    @Test
    void sharesOfTheTotalComeFromTheStageTimes() {
        String md = new PerformanceReport().markdown(results(Duration.ofSeconds(96)), "bench");
        assertTrue(md.contains("3,000 ms for the layout passes (50 % of the total"), md);
        assertTrue(md.contains("1,500 ms for veraPDF (25 %)"), md);
        assertTrue(md.contains("The PDF path is 5,500 ms"), md);
        assertTrue(md.contains("14,000 ms more than a warm build"), md);
    }

    @Test
    void growthIsJudgedFromTheTimePerCopy() {
        assertTrue(new PerformanceReport().markdown(results(Duration.ofSeconds(96)), "bench")
                .contains("0.50 times: growth is close to linear"));
        assertTrue(new PerformanceReport().markdown(results(Duration.ofSeconds(400)), "bench")
                .contains("2.08 times: growth is worse than linear"));
    }

    private static ProcessRun wall(long millis) {
        return new ProcessRun(Duration.ofMillis(millis), Duration.ofMillis(2 * millis), 300L << 20);
    }

    @Test
    void ratiosToThePeerAreMediansOfPairedRounds() {
        BenchResults base = results(Duration.ofSeconds(96));
        List<BenchResults.Paired> rounds = List.of(
                new BenchResults.Paired(wall(9000), wall(5000), wall(3000), wall(4000)),
                new BenchResults.Paired(wall(9000), wall(7000), wall(4500), wall(5000)),
                new BenchResults.Paired(wall(9000), wall(4000), wall(3000), wall(2000)));
        List<BenchResults.BookPoint> books = List.of(new BenchResults.BookPoint(10000, 620, wall(27000), wall(30000)));
        BenchResults paired = new BenchResults(base.machine(), base.source(), base.warmRuns(), base.warmStages(),
                base.warmTotal(), base.warmPeakHeapBytes(), base.coldRuns(), base.scale(), rounds, "peer", books);
        String md = new PerformanceReport().markdown(paired, "bench");
        // PDF only: 0.75, 0.90, 1.50 -> 0.90; whole build: 1.25, 1.40, 2.00 -> 1.40.
        assertTrue(md.contains("| report PDF with its checks (bin/tei-press) ≤ 1.0× the peer | 0.90× | met |"), md);
        assertTrue(md.contains("≤ 1.5× the peer's PDF | 1.40× | met |"), md);
        assertTrue(md.contains("| 10,000-paragraph book, every check, -Xmx1g, no slower than the peer | 0.90× | met |"), md);
        assertTrue(md.contains("| 10,000 | 620 | 27,000 ms (CPU 54,000 ms, 300 MiB) | 30,000 ms"), md);
    }

    @Test
    void withoutThePeerNoRatioIsClaimed() {
        String md = new PerformanceReport().markdown(results(Duration.ofSeconds(96)), "bench");
        assertTrue(!md.contains("the peer |"), md);
    }
}
