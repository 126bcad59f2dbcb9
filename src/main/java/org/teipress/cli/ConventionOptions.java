package org.teipress.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * The conventions of the published text (normalize/model.xsl), each defaulted by the document's
 * language (its locale file in xslt/locales/) unless chosen here. build and check take the same
 * ones, so that check measures the outputs against the text they were made with.
 */
final class ConventionOptions {
    private static final Map<String, List<String>> VALUES = Map.of(
            "note-numbering", List.of("per-page", "continuous", "per-chapter"),
            "heading-numbering", List.of("from-n", "generated", "none"),
            "reference-list", List.of("grouped-by-language", "single", "none"));

    @Option(names = "--note-numbering", paramLabel = "STYLE",
            description = "Footnote numbers: per-page (circled, restarting on every PDF page), continuous,"
                    + " per-chapter (default: the document language's, per-page for Chinese, continuous otherwise).")
    String noteNumbering;

    @Option(names = "--heading-numbering", paramLabel = "STYLE",
            description = "Section labels: from-n (the div's @n, e.g. n=\"I\" gives \"I Introduction\"),"
                    + " generated (every div numbered), none (default: the document language's).")
    String headingNumbering;

    @Option(names = "--reference-list", paramLabel = "STYLE",
            description = "The list of works cited: grouped-by-language, single, none"
                    + " (default: the document language's).")
    String referenceList;

    /** The conventions chosen on the command line, by name; a value not allowed is a usage error (exit 2). */
    Map<String, String> chosen(CommandSpec spec) {
        Map<String, String> chosen = new LinkedHashMap<>();
        put(spec, chosen, "note-numbering", noteNumbering);
        put(spec, chosen, "heading-numbering", headingNumbering);
        put(spec, chosen, "reference-list", referenceList);
        return chosen;
    }

    private static void put(CommandSpec spec, Map<String, String> chosen, String name, String value) {
        // Empty is the default, so that the pom can pass an unset property through.
        if (value == null || value.isBlank()) {
            return;
        }
        if (!VALUES.get(name).contains(value)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Unknown value '" + value + "' in --" + name
                    + "; valid values are: " + String.join(", ", VALUES.get(name)) + ".");
        }
        chosen.put(name, value);
    }
}
