package org.teipress.check;

import java.util.HashMap;
import java.util.Map;

/** Compares the web links of an output with the {@code ptr}/{@code ref} targets of the source. */
final class ExpectedLinks {
    private ExpectedLinks() {
    }

    /**
     * Reports each http(s) target that the output links fewer times than the source has it;
     * {@code found} counts the output's links by URI. Returns the number of source targets.
     */
    static int check(SourceText source, Map<String, Integer> found, CheckResult result, String output,
            String expectedForm) {
        Map<String, Integer> expected = new HashMap<>();
        for (SourceText.Link link : source.links()) {
            if (!link.target().matches("(?i)https?://.*")) {
                continue;
            }
            int count = expected.merge(link.target(), 1, Integer::sum);
            if (found.getOrDefault(link.target(), 0) < count) {
                result.error("The target " + link.target() + " is not a link in the " + output
                        + (count > 1 ? " (occurrence " + count + " of it in the source)" : "")
                        + ": expected " + expectedForm + " with this URI.", link.place());
            }
        }
        return expected.values().stream().mapToInt(Integer::intValue).sum();
    }
}
