package org.teipress.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.teipress.pipeline.Progress;

/** Collects the stage times the pipeline reports, run after run, and gives their medians. */
final class StageTimes implements Progress {
    // Outputs are written and checked on several threads at once; every method is synchronized.
    private final Map<String, List<Duration>> byStage = new LinkedHashMap<>();
    private final Progress next;

    StageTimes(Progress next) {
        this.next = next;
    }

    @Override
    public synchronized void stageDone(String stage, String detail, Duration took) {
        byStage.computeIfAbsent(key(stage, detail), s -> new ArrayList<>()).add(took);
        next.stageDone(stage, detail, took);
    }

    /** Checks all report as stage "check"; their detail starts with the output and the check's name. */
    private static String key(String stage, String detail) {
        if (!"check".equals(stage)) {
            return stage;
        }
        String[] words = detail.trim().split("\\s+");
        return words.length >= 2 ? "  check " + words[0] + " " + words[1] : stage;
    }

    synchronized void clear() {
        byStage.clear();
    }

    /** Stage → median time over the recorded runs, in the order the stages first ran. */
    synchronized Map<String, Duration> medians() {
        Map<String, Duration> medians = new LinkedHashMap<>();
        byStage.forEach((stage, times) -> medians.put(stage, median(times)));
        return medians;
    }

    static Duration median(List<Duration> times) {
        List<Duration> sorted = new ArrayList<>(times);
        sorted.sort(null);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : sorted.get(n / 2 - 1).plus(sorted.get(n / 2)).dividedBy(2);
    }
}
