package org.teipress.pipeline;

import java.io.PrintStream;
import java.time.Duration;

/** Reports each finished stage with its time; the command line prints it on standard error. */
public interface Progress {
    void stageDone(String stage, String detail, Duration took);

    static Progress silent() {
        return (stage, detail, took) -> { };
    }

    static Progress to(PrintStream out) {
        return (stage, detail, took) -> out.printf("tei-press: %-10s %6d ms  %s%n", stage, took.toMillis(), detail);
    }
}
