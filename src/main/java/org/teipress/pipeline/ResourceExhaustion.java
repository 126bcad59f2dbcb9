package org.teipress.pipeline;

import java.util.Locale;
import java.util.Optional;

/**
 * Recognises the failures that are about the machine, not the source or tei-press: a full heap
 * and a full disk. Libraries wrap them (FOP in its own exceptions, Saxon in dynamic errors), so the
 * whole cause chain is searched.
 */
public final class ResourceExhaustion {
    private static final String[] DISK_FULL = {"no space left on device", "disk quota exceeded",
        "not enough space on the disk", "there is not enough space"};

    private ResourceExhaustion() {
    }

    public static Optional<OutOfMemoryError> outOfMemory(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OutOfMemoryError oom) {
                return Optional.of(oom);
            }
        }
        return Optional.empty();
    }

    /** The message of the innermost failure in the chain that says the disk is full (the system's own words). */
    public static Optional<String> diskFull(Throwable failure) {
        String found = null;
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            for (String sign : DISK_FULL) {
                if (message.contains(sign)) {
                    found = t.getMessage();
                }
            }
        }
        return Optional.ofNullable(found);
    }
}
