package org.teipress.check;

/**
 * One thing a check found in an output. Errors fail the build; warnings and notes are reported.
 * {@code place} is where in the TEI source the defective text comes from, when it is known.
 */
public record Finding(String check, Severity severity, String message, SourcePlace place) {

    public enum Severity { ERROR, WARNING, NOTE }

    /** {@code report.xml:42: message}, the form editors and CI logs link to. */
    public String located() {
        return place == null ? message : place + ": " + message;
    }
}
