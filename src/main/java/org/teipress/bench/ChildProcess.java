package org.teipress.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Runs a command and watches it from outside, as {@code /usr/bin/time} would: the peak resident
 * set ({@code VmHWM}, which only grows, so the last sample before exit is the peak) and the CPU
 * ticks of {@code /proc/PID/stat}, sampled every few milliseconds.
 */
final class ChildProcess {
    private static final long SAMPLE_MILLIS = 20;
    /** Linux's USER_HZ, the unit of the CPU fields in /proc/PID/stat, on every common system. */
    private static final long TICKS_PER_SECOND = 100;

    private ChildProcess() {
    }

    /** Runs {@code command}; its output goes to {@code log}; a non-zero exit is an IOException with the log's end. */
    static ProcessRun run(List<String> command, Path log) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        Path proc = Path.of("/proc", Long.toString(process.pid()));
        long peakRss = -1;
        long cpuTicks = -1;
        while (process.isAlive()) {
            peakRss = Math.max(peakRss, peakRss(proc));
            cpuTicks = Math.max(cpuTicks, cpuTicks(proc));
            Thread.sleep(SAMPLE_MILLIS);
        }
        Duration wall = Duration.ofNanos(System.nanoTime() - start);
        int exit = process.waitFor();
        if (exit != 0) {
            String output = Files.readString(log);
            throw new IOException("`" + String.join(" ", command) + "` failed with exit code " + exit + ":\n"
                    + output.substring(Math.max(0, output.length() - 4000)));
        }
        Duration cpu = cpuTicks < 0 ? Duration.ofMillis(-1) : Duration.ofMillis(cpuTicks * 1000 / TICKS_PER_SECOND);
        return new ProcessRun(wall, cpu, peakRss);
    }

    private static long peakRss(Path proc) {
        try {
            for (String line : Files.readAllLines(proc.resolve("status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            // Not Linux, or the process ended between two samples.
        }
        return -1;
    }

    private static long cpuTicks(Path proc) {
        try {
            String stat = Files.readString(proc.resolve("stat"));
            // Fields after the command name, which is in parentheses and may hold spaces.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
