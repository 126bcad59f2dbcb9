package org.teipress.check;

import java.util.List;

/**
 * Finds every TEI passage in the text of an output, in order. Page breaks, running heads and
 * footnotes interrupt a paragraph in print, so a passage may be found in pieces separated by
 * short gaps; each piece must be long enough not to match by chance. Notes are matched in their
 * own order, since footnotes stand at the foot of the page, not where their mark is; endnotes
 * in theirs, since they follow the whole text. The cells of a table are found in any order
 * within it: a renderer may draw a cell that spans rows after the cells beside it.
 */
final class TextFidelity {
    /** Shortest run of characters taken as evidence that a piece of a passage is there. */
    private static final int MIN_PIECE = 6;
    /** Longest interruption inside a passage: a footnote block, a page foot and head. */
    private static final int MAX_GAP = 6000;

    private TextFidelity() {
    }

    /** Checks {@code outputText} against the passages of {@code source}; {@code what} names the output. */
    static void check(String outputText, SourceText source, CheckResult result, String what) {
        String haystack = ComparableText.of(outputText);
        String caselessHaystack = ComparableText.caseless(haystack);
        long total = 0;
        long found = 0;
        int missing = 0;
        int bodyCursor = 0;
        int noteCursor = 0;
        int endnoteCursor = 0;
        String table = null;
        int tableStart = 0;
        List<SourceText.Passage> passages = source.passages();
        for (SourceText.Passage passage : passages) {
            String needle = passage.caseless() ? ComparableText.caseless(ComparableText.of(passage.text()))
                    : ComparableText.of(passage.text());
            if (needle.isEmpty()) {
                continue;
            }
            total += needle.length();
            boolean endnote = passage.kind().equals("endnote");
            boolean body = !endnote && !passage.note();
            if (body && !java.util.Objects.equals(table, passage.table())) {
                table = passage.table();
                tableStart = bodyCursor;
            }
            // The cells of a table are each looked for from the table's start, in any order; the
            // text after it, from the end of the last cell found.
            int from = endnote ? endnoteCursor : passage.note() ? noteCursor : table != null ? tableStart : bodyCursor;
            String searched = passage.caseless() ? caselessHaystack : haystack;
            Match match = find(searched, needle, from);
            if (match.complete()) {
                found += needle.length();
                if (endnote) {
                    endnoteCursor = match.end;
                } else if (passage.note()) {
                    noteCursor = match.end;
                } else {
                    bodyCursor = table != null ? Math.max(bodyCursor, match.end) : match.end;
                }
                continue;
            }
            missing++;
            Match anywhere = find(searched, needle, 0);
            String excerpt = excerpt(passage.text());
            if (anywhere.complete()) {
                result.error("The " + kindName(passage) + " \"" + excerpt + "\" is in the " + what
                        + " but out of order: it stands before text that precedes it in the TEI source.",
                        passage.place());
            } else {
                result.error("The " + kindName(passage) + " \"" + excerpt + "\" is missing from the " + what
                        + " text (found " + match.matched + " of " + needle.length() + " characters, up to \""
                        + excerpt(needle.substring(0, match.matched) + "") + "\").", passage.place());
            }
        }
        double coverage = total == 0 ? 100.0 : Math.floor(found * 10000.0 / total) / 100.0;
        result.figure("passages", passages.size());
        result.figure("passagesMissing", missing);
        result.figure("coveragePercent", coverage);
    }

    private static String kindName(SourceText.Passage passage) {
        return switch (passage.kind()) {
            case "p" -> "paragraph";
            case "head" -> "heading";
            case "note" -> "note";
            default -> passage.kind();
        };
    }

    private static String excerpt(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }

    private record Match(int matched, int length, int end) {
        boolean complete() {
            return matched == length;
        }
    }

    /**
     * Matches {@code needle} in pieces from {@code from} on: the first piece at the earliest place
     * after {@code from} from which the whole passage can be matched, each further piece within
     * {@link #MAX_GAP} of the one before (of several candidates the longest wins). Taking the
     * earliest complete match, not the longest first piece, matters when passages repeat (a
     * book's chapters quoting each other, running heads repeating a heading): a later copy
     * that happens to be unbroken by a page must not be taken for this one and skip the text
     * in between.
     */
    private static Match find(String haystack, String needle, int from) {
        String firstPiece = needle.substring(0, Math.min(MIN_PIECE, needle.length()));
        Match best = new Match(0, needle.length(), from);
        for (int at = haystack.indexOf(firstPiece, from); at >= 0; at = haystack.indexOf(firstPiece, at + 1)) {
            Match match = matchFrom(haystack, needle, at);
            if (match.complete()) {
                return match;
            }
            if (match.matched > best.matched) {
                best = match;
            }
        }
        return best;
    }

    /** Matches {@code needle} starting at {@code start}, its later pieces each within {@link #MAX_GAP}. */
    private static Match matchFrom(String haystack, String needle, int start) {
        int matched = commonPrefix(haystack, start, needle, 0);
        int position = start + matched;
        while (matched < needle.length()) {
            int pieceLength = Math.min(MIN_PIECE, needle.length() - matched);
            String piece = needle.substring(matched, matched + pieceLength);
            int bestStart = -1;
            int bestLength = 0;
            for (int at = haystack.indexOf(piece, position); at >= 0 && at - position <= MAX_GAP;
                    at = haystack.indexOf(piece, at + 1)) {
                int length = commonPrefix(haystack, at, needle, matched);
                if (length > bestLength) {
                    bestStart = at;
                    bestLength = length;
                    if (matched + length == needle.length()) {
                        break;
                    }
                }
            }
            if (bestStart < 0) {
                break;
            }
            matched += bestLength;
            position = bestStart + bestLength;
        }
        return new Match(matched, needle.length(), position);
    }

    private static int commonPrefix(String haystack, int at, String needle, int from) {
        int n = 0;
        while (at + n < haystack.length() && from + n < needle.length()
                && haystack.charAt(at + n) == needle.charAt(from + n)) {
            n++;
        }
        return n;
    }
}
