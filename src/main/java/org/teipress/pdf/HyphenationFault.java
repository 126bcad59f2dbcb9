package org.teipress.pdf;

/**
 * Recognises a failure of FOP's hyphenation code. FOP 2.11 can fail with a NullPointerException
 * while it re-breaks a hyphenated word spread over nested inlines (seen on the TEI Consortium's
 * Christmas Carol test document); the same document lays out without hyphenation, so the layout
 * is repeated without it rather than the build lost.
 */
final class HyphenationFault {
    private HyphenationFault() {
    }

    /** Whether {@code failure}, or one of its causes, was thrown inside FOP's hyphenation. */
    static boolean causedBy(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            for (StackTraceElement frame : t.getStackTrace()) {
                if (frame.getClassName().startsWith("org.apache.fop.hyphenation.")
                        || frame.getMethodName().equals("findHyphenationPoints")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The innermost cause of {@code failure}: what FOP itself threw, not Saxon's wrapping of it. */
    static Throwable rootOf(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }
}
