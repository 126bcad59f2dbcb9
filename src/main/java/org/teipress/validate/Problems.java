package org.teipress.validate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.teipress.pipeline.InvalidInputException;

/**
 * Turns everything the validation stages found into one exception, so a user fixes all problems
 * in one round instead of one per build.
 */
final class Problems {
    private static final Comparator<Problem> IN_DOCUMENT_ORDER =
            Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column);

    private Problems() {
    }

    static InvalidInputException toException(Path source, List<Problem> found) {
        List<Problem> sorted = new ArrayList<>(found);
        sorted.sort(IN_DOCUMENT_ORDER);
        Problem first = sorted.get(0);
        if (sorted.size() == 1) {
            return new InvalidInputException(first.message(), source, first.line(), first.column());
        }
        StringBuilder message = new StringBuilder()
                .append(sorted.size())
                .append(" problems stop tei-press from publishing this document; fix each of them:");
        for (Problem problem : sorted) {
            message.append(System.lineSeparator()).append("  ").append(source).append(':').append(problem.located());
        }
        return new InvalidInputException(message.toString(), source, first.line(), first.column());
    }
}
