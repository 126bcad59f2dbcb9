package org.teipress.cli;

import java.io.PrintWriter;
import java.time.Duration;
import org.teipress.pipeline.Progress;

/** Progress on standard error, one line per stage with its time; silent with --quiet. */
final class ConsoleProgress implements Progress {
    enum Level { QUIET, NORMAL, VERBOSE }

    private final PrintWriter err;
    private final Level level;

    ConsoleProgress(PrintWriter err, Level level) {
        this.err = err;
        this.level = level;
    }

    static Level level(boolean quiet, boolean verbose) {
        return quiet ? Level.QUIET : verbose ? Level.VERBOSE : Level.NORMAL;
    }

    @Override
    public void stageDone(String stage, String detail, Duration took) {
        if (level != Level.QUIET) {
            err.printf("tei-press: %-10s %6d ms  %s%n", stage, took.toMillis(), detail);
            err.flush();
        }
    }

    @Override
    public void warning(String stage, String message) {
        if (level != Level.QUIET) {
            err.println("tei-press: " + stage + ": warning: " + message);
            err.flush();
        }
    }

    /** A detail line for --verbose only, such as a summary or what the toolchain set up. */
    void detail(String line) {
        if (level == Level.VERBOSE) {
            err.println("tei-press:   " + line);
            err.flush();
        }
    }
}
