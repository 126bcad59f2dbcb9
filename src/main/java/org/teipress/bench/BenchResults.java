package org.teipress.bench;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/** What one benchmark run measured; {@link PerformanceReport} turns it into a table. */
public record BenchResults(
        String machine,
        String source,
        int warmRuns,
        Map<String, Duration> warmStages,
        Duration warmTotal,
        long warmPeakHeapBytes,
        List<Duration> coldRuns,
        List<ScalePoint> scale) {

    /** One size of the scale series. */
    public record ScalePoint(int copies, int notes, int pages, Duration took, long peakHeapBytes, Map<String, Duration> stages) {
    }
}
