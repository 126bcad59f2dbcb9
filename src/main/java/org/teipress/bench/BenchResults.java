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
        List<ScalePoint> scale,
        List<Paired> paired,
        String peer,
        List<BookPoint> books) {

    /** Results without the process measurements (paired runs against the peer, long books). */
    public BenchResults(String machine, String source, int warmRuns, Map<String, Duration> warmStages,
            Duration warmTotal, long warmPeakHeapBytes, List<Duration> coldRuns, List<ScalePoint> scale) {
        this(machine, source, warmRuns, warmStages, warmTotal, warmPeakHeapBytes, coldRuns, scale, List.of(),
                "not measured", List.of());
    }

    /** One size of the scale series. */
    public record ScalePoint(int copies, int notes, int pages, Duration took, long peakHeapBytes, Map<String, Duration> stages) {
    }

    /**
     * One round of whole processes on the source, run back to back so that they meet the same
     * load: tei-press as plain {@code java -jar} and as bin/tei-press runs it (whole build, and
     * PDF alone with its checks), and the peer (null when not measured).
     */
    public record Paired(ProcessRun plain, ProcessRun launched, ProcessRun launchedPdfOnly, ProcessRun peer) {
    }

    /** The long book at one length: tei-press with every check under -Xmx1g, and the peer (null when not measured). */
    public record BookPoint(int paragraphs, int pages, ProcessRun ours, ProcessRun peer) {
    }
}
