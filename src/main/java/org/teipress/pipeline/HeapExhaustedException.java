package org.teipress.pipeline;

import java.nio.file.Path;
import java.util.Locale;
import org.teipress.core.PublishException;

/**
 * The build needed more memory than the Java heap allows. Not a defect of the source nor of
 * tei-press: the remedy is a larger heap, so the message says how large the heap was and how to
 * give more.
 */
public final class HeapExhaustedException extends PublishException {

    public HeapExhaustedException(Path source, Throwable cause) {
        super(message(Runtime.getRuntime().maxMemory()), source, -1, -1, cause);
    }

    static String message(long maxHeapBytes) {
        long megabytes = maxHeapBytes / (1024 * 1024);
        long suggested = Math.max(2, (megabytes * 2 + 1023) / 1024);
        return String.format(Locale.ROOT, "Java ran out of memory: the build needed more than the %,d MB heap it"
                + " was given. Give it more with -Xmx, e.g. java -Xmx%dg -jar tei-press.jar …, or set"
                + " JAVA_TOOL_OPTIONS=-Xmx%dg; by default Java takes a quarter of the machine's memory.",
                megabytes, suggested, suggested);
    }
}
