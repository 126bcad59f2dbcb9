package org.teipress.pipeline;

import java.io.PrintStream;
import java.time.Duration;

/** Reports each finished stage with its time; the command line prints it on standard error. */
public interface Progress {
    void stageDone(String stage, String detail, Duration took);

    /**
     * Something the user should know that does not stop the build, such as a layout warning of
     * FOP. Reported through here, not on System.err, so that --quiet and in-process callers
     * decide where it goes.
     */
    default void warning(String stage, String message) {
    }

    static Progress silent() {
        return (stage, detail, took) -> { };
    }

    static Progress to(PrintStream out) {
        return new Progress() {
            @Override
            public void stageDone(String stage, String detail, Duration took) {
                out.printf("tei-press: %-10s %6d ms  %s%n", stage, took.toMillis(), detail);
            }

            @Override
            public void warning(String stage, String message) {
                out.println("tei-press: " + stage + ": warning: " + message);
            }
        };
    }
}
