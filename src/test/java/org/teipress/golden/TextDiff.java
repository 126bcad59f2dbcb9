package org.teipress.golden;

import java.util.List;

/** A short, readable account of where two texts part: the first differing line with context. */
final class TextDiff {
    private static final int CONTEXT = 3;

    private TextDiff() {
    }

    static String describe(String expected, String actual) {
        List<String> want = expected.lines().toList();
        List<String> got = actual.lines().toList();
        int first = 0;
        while (first < want.size() && first < got.size() && want.get(first).equals(got.get(first))) {
            first++;
        }
        StringBuilder out = new StringBuilder("first difference at line " + (first + 1) + " (expected "
                + want.size() + " lines, got " + got.size() + "):\n");
        for (int i = Math.max(0, first - CONTEXT); i < first; i++) {
            out.append("  ").append(want.get(i)).append('\n');
        }
        for (int i = first; i < Math.min(want.size(), first + CONTEXT + 1); i++) {
            out.append("- ").append(want.get(i)).append('\n');
        }
        for (int i = first; i < Math.min(got.size(), first + CONTEXT + 1); i++) {
            out.append("+ ").append(got.get(i)).append('\n');
        }
        return out.toString();
    }
}
