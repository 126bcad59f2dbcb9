package org.teipress.cli;

import java.io.PrintWriter;
import org.teipress.core.PublishException;
import org.teipress.pipeline.HeapExhaustedException;
import org.teipress.pipeline.ResourceExhaustion;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns a failure into one readable paragraph on standard error and the matching exit code.
 * A {@link PublishException} is the user's to fix, so no stack trace; anything else is ours,
 * so the trace is shown and the user is asked to report it.
 */
final class FailureReporter implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception failure, CommandLine commandLine, ParseResult parsed) {
        PrintWriter err = commandLine.getErr();
        if (failure instanceof PublishException publish) {
            err.println("tei-press: " + publish.located());
        } else if (ResourceExhaustion.outOfMemory(failure).isPresent()) {
            err.println("tei-press: " + new HeapExhaustedException(null, failure).getMessage());
        } else if (ResourceExhaustion.diskFull(failure).isPresent()) {
            err.println("tei-press: the disk is full: " + ResourceExhaustion.diskFull(failure).get()
                    + ". Free some space or choose another folder with --out.");
        } else {
            err.println("tei-press: internal error: " + failure);
            failure.printStackTrace(err);
            err.println("This is a bug in tei-press; please report it with the command and the source file.");
        }
        err.flush();
        return ExitCodes.of(failure);
    }
}
