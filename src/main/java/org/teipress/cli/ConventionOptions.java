package org.teipress.cli;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.teipress.core.PublishException;
import org.teipress.xslt.Conventions;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * The conventions of the published text (normalize/model.xsl, normalize/elements/model.xsl), the
 * first three defaulted by the document's language (its locale file in xslt/locales/) unless
 * chosen here. build and check take the same ones, so that check measures the outputs against
 * the text they were made with. The values each allows are those of xslt/conventions.xml, which
 * the stylesheets check their parameters against too; the help lists them from there.
 */
final class ConventionOptions {
    @Option(names = "--note-numbering", paramLabel = "STYLE", completionCandidates = NoteNumbering.class,
            description = "Footnote numbers: ${COMPLETION-CANDIDATES} (per-page: circled, restarting on every PDF page;"
                    + " default: the document language's, per-page for Chinese, continuous otherwise).")
    String noteNumbering;

    @Option(names = "--heading-numbering", paramLabel = "STYLE", completionCandidates = HeadingNumbering.class,
            description = "Section labels: ${COMPLETION-CANDIDATES} (from-n: the div's @n, e.g. n=\"I\" gives"
                    + " \"I Introduction\"; generated: every div numbered; default: the document language's).")
    String headingNumbering;

    @Option(names = "--reference-list", paramLabel = "STYLE", completionCandidates = ReferenceList.class,
            description = "The list of works cited: ${COMPLETION-CANDIDATES} (default: the document language's).")
    String referenceList;

    @Option(names = "--source-pages", paramLabel = "STYLE", completionCandidates = SourcePages.class,
            description = "Page, column and section numbers of the source (pb, cb, milestone): ${COMPLETION-CANDIDATES}"
                    + " (bracketed: [12] in the text; margin: the number beside the line, | where it breaks;"
                    + " default: bracketed).")
    String sourcePages;

    @Option(names = "--line-breaks", paramLabel = "STYLE", completionCandidates = LineBreaks.class,
            description = "Where lb breaks the line: ${COMPLETION-CANDIDATES} (default: verse-only; diplomatic: everywhere).")
    String lineBreaks;

    @Option(names = "--apparatus", paramLabel = "STYLE", completionCandidates = Apparatus.class,
            description = "Readings of a critical apparatus: ${COMPLETION-CANDIDATES} (notes: a second note series"
                    + " a, b, c; default: notes).")
    String apparatus;

    @Option(names = "--editorial-signs", paramLabel = "STYLE", completionCandidates = EditorialSigns.class,
            description = "Signs around editorial markup: ${COMPLETION-CANDIDATES} (default: plain).")
    String editorialSigns;

    @Option(names = "--line-numbers", paramLabel = "STYLE", completionCandidates = LineNumbers.class,
            description = "Verse line numbers from l/@n: ${COMPLETION-CANDIDATES} (default: every-5).")
    String lineNumbers;

    /** The conventions chosen on the command line, by name; a value not allowed is a usage error (exit 2). */
    Map<String, String> chosen(CommandSpec spec) {
        Map<String, String> chosen = new LinkedHashMap<>();
        put(spec, chosen, "note-numbering", noteNumbering);
        put(spec, chosen, "heading-numbering", headingNumbering);
        put(spec, chosen, "reference-list", referenceList);
        put(spec, chosen, "source-pages", sourcePages);
        put(spec, chosen, "line-breaks", lineBreaks);
        put(spec, chosen, "apparatus", apparatus);
        put(spec, chosen, "editorial-signs", editorialSigns);
        put(spec, chosen, "line-numbers", lineNumbers);
        return chosen;
    }

    private static void put(CommandSpec spec, Map<String, String> chosen, String name, String value) {
        // Empty is the default, so that the pom can pass an unset property through.
        if (value == null || value.isBlank()) {
            return;
        }
        try {
            chosen.put(name, allowed().checked(name, value));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Unknown value '" + value + "' in --" + name
                    + "; valid values are: " + String.join(", ", allowed().values(name)) + ".");
        }
    }

    private static Conventions allowed() {
        try {
            return Conventions.bundled();
        } catch (PublishException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** The values of one convention, for picocli's help and completion. */
    private abstract static class Values implements Iterable<String> {
        private final String name;

        Values(String name) {
            this.name = name;
        }

        @Override
        public Iterator<String> iterator() {
            return allowed().values(name).iterator();
        }
    }

    static final class NoteNumbering extends Values {
        NoteNumbering() {
            super("note-numbering");
        }
    }

    static final class HeadingNumbering extends Values {
        HeadingNumbering() {
            super("heading-numbering");
        }
    }

    static final class ReferenceList extends Values {
        ReferenceList() {
            super("reference-list");
        }
    }

    static final class SourcePages extends Values {
        SourcePages() {
            super("source-pages");
        }
    }

    static final class LineBreaks extends Values {
        LineBreaks() {
            super("line-breaks");
        }
    }

    static final class Apparatus extends Values {
        Apparatus() {
            super("apparatus");
        }
    }

    static final class EditorialSigns extends Values {
        EditorialSigns() {
            super("editorial-signs");
        }
    }

    static final class LineNumbers extends Values {
        LineNumbers() {
            super("line-numbers");
        }
    }
}
