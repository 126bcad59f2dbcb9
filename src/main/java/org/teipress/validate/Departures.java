package org.teipress.validate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a lenient build says about a document that departs from the house schema: each kind of
 * departure once, with how often it occurs and where it first does, most frequent first. The
 * same findings that {@link Problems} turns into an error under {@code --strict}.
 */
final class Departures {
    private static final Comparator<Problem> IN_DOCUMENT_ORDER =
            Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column);

    /** One kind of departure: how many there are and the first of them in the document. */
    record Kind(Problem first, int count) {
        String describe(Path source) {
            String where = first.line() > 0
                    ? source + ":" + first.line() + (first.column() > 0 ? ":" + first.column() : "")
                    : source.toString();
            return first.summary() + " (" + (count == 1 ? "once" : count + " times") + ", first at " + where + ")";
        }
    }

    private Departures() {
    }

    static List<Kind> group(List<Problem> problems) {
        List<Problem> sorted = new ArrayList<>(problems);
        sorted.sort(IN_DOCUMENT_ORDER);
        Map<String, Problem> first = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Problem problem : sorted) {
            first.putIfAbsent(problem.kind(), problem);
            counts.merge(problem.kind(), 1, Integer::sum);
        }
        List<Kind> kinds = new ArrayList<>();
        first.forEach((kind, problem) -> kinds.add(new Kind(problem, counts.get(kind))));
        kinds.sort(Comparator.comparingInt(Kind::count).reversed()
                .thenComparing(k -> k.first(), IN_DOCUMENT_ORDER));
        return kinds;
    }
}
