package org.teipress.pdf;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Footnote numbers as in Chinese print: ①②③ restarting on every page, in the order the
 * marks stand in the text. Only footnotes without a mark of their own (such as the author's
 * "*") are numbered.
 */
final class FootnotePages {
    private FootnotePages() {
    }

    /** The id each note mark carries in the FO (xslt/fo/notes.xsl, fp:mark-id). */
    static String markId(String noteId) {
        return "ref-" + noteId;
    }

    /**
     * {@code noteIds}: the numbered footnotes in document order; {@code pageOfMark}: mark id →
     * page. Returns note id → number; a note whose mark was not found is left out.
     */
    static Map<String, Integer> number(List<String> noteIds, Map<String, Integer> pageOfMark) {
        Map<String, Integer> numbers = new LinkedHashMap<>();
        Map<Integer, Integer> lastOnPage = new LinkedHashMap<>();
        for (String id : noteIds) {
            Integer page = pageOfMark.get(markId(id));
            if (page != null) {
                numbers.put(id, lastOnPage.merge(page, 1, Integer::sum));
            }
        }
        return numbers;
    }

    /**
     * {@code predicted} with every note it lacks numbered 1, as if first on its page: a first
     * layout then sets each mark as wide as the numbers pages really show (①, not ㊹), so the
     * numbers read from it can be written into it ({@link FootnoteRenumbering}).
     */
    static Map<String, Integer> guessFirstOnPage(List<String> noteIds, Map<String, Integer> predicted) {
        Map<String, Integer> numbers = new LinkedHashMap<>();
        for (String id : noteIds) {
            numbers.put(id, predicted.getOrDefault(id, 1));
        }
        return numbers;
    }

    /** The notes whose marks were not found in the layout. */
    static List<String> unplaced(List<String> noteIds, Map<String, Integer> pageOfMark) {
        List<String> missing = new ArrayList<>();
        for (String id : noteIds) {
            if (!pageOfMark.containsKey(markId(id))) {
                missing.add(id);
            }
        }
        return missing;
    }
}
