package org.teipress.check;

/** One check with one job on one kind of output ({@code T}: an opened PDF or EPUB). */
public interface OutputCheck<T> {

    /** Short, stable name used in the JSON report and in messages, e.g. {@code pdf-fonts}. */
    String name();

    /** Adds figures and findings to {@code result}; throws only when the check itself cannot run. */
    void run(T output, SourceText source, CheckResult result) throws Exception;

    /**
     * Whether this check reads the output file with a parser of its own (veraPDF, EPUBCheck), so
     * the gate may run it on its own thread, beside the checks that share one opened output.
     */
    default boolean readsItsOwnCopy() {
        return false;
    }
}
