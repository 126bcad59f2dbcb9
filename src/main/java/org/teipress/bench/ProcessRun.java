package org.teipress.bench;

import java.time.Duration;

/**
 * One whole process as the machine saw it: wall time, CPU time (user + system, all threads) and
 * peak resident memory. CPU and memory come from Linux's /proc and are -1 elsewhere.
 */
public record ProcessRun(Duration wall, Duration cpu, long peakRssBytes) {
}
