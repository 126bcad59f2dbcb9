package org.teipress.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** One line naming the machine figures were taken on, so a table is never read without it. */
final class Machine {
    private Machine() {
    }

    static String describe() {
        String cpu = cpuModel().orElse(System.getProperty("os.arch"));
        int cores = Runtime.getRuntime().availableProcessors();
        long memory = totalMemoryBytes();
        return String.format(Locale.ROOT, "%s, %d cores, %s RAM; %s %s; Java %s (%s); max heap %,d MiB",
                cpu, cores, memory > 0 ? (memory >> 30) + " GiB" : "unknown",
                System.getProperty("os.name"), System.getProperty("os.version"),
                System.getProperty("java.version"), System.getProperty("java.vm.name"),
                HeapWatch.maxHeapBytes() >> 20);
    }

    private static Optional<String> cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                    .filter(line -> line.startsWith("model name"))
                    .map(line -> line.substring(line.indexOf(':') + 1).trim())
                    .findFirst();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static long totalMemoryBytes() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getTotalMemorySize();
        }
        return -1;
    }
}
