package org.teipress.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Peak heap use between {@link #reset()} and {@link #peakBytes()}, sampled every few
 * milliseconds on a daemon thread. Summing the pools' own peaks would overstate it (the pools
 * peak at different moments, and the sum can exceed -Xmx), which would make a "fits in 2 GB"
 * figure meaningless; a short spike between samples may be missed instead.
 */
final class HeapWatch {
    private static final long SAMPLE_MILLIS = 5;
    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final AtomicLong peak = new AtomicLong();
    private Thread sampler;

    void reset() {
        stop();
        System.gc();
        peak.set(used());
        sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(used(), Math::max);
                try {
                    Thread.sleep(SAMPLE_MILLIS);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "tei-press-heap-watch");
        sampler.setDaemon(true);
        sampler.start();
    }

    long peakBytes() {
        stop();
        peak.accumulateAndGet(used(), Math::max);
        return peak.get();
    }

    private void stop() {
        if (sampler != null) {
            sampler.interrupt();
            try {
                sampler.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            sampler = null;
        }
    }

    private long used() {
        return memory.getHeapMemoryUsage().getUsed();
    }

    static long maxHeapBytes() {
        return Runtime.getRuntime().maxMemory();
    }
}
