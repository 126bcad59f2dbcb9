package org.teipress.epub;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.teipress.core.PublishException;
import org.teipress.fonts.FontCatalog;
import org.teipress.fonts.FontFace;
import org.teipress.fonts.FontFamily;
import org.teipress.fonts.ParsedFonts;

/**
 * The subset fonts a book embeds, and the {@code @font-face} and {@code font-family} rules that
 * declare and use them, all from the font catalog ({@code fonts/fonts.xml}). Each face receives
 * the characters of the text a reader would set in it: text in a style the family has no face
 * for (Noto Serif SC has no italic) falls back to the nearest face, which the reader then slants.
 */
final class EmbeddedFonts {
    /** Punctuation any note or later edit may need, so a small change of text keeps a glyph. */
    private static final String BASIC_PUNCTUATION = "“”‘’，。、；：？！（）《》〈〉「」『』…—–·　％";
    /**
     * Every space a text may hold or a reading system may set (word space, no-break space, the
     * en/em/thin/hair spaces, the narrow no-break space and the ideographic space): without
     * them in the subset, spaces come from whatever font the device has, with its widths.
     */
    private static final String SPACES = "\u0020\u00A0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008"
            + "\u2009\u200A\u202F\u205F\u3000";
    /** Generic families after the embedded ones, for characters a reading system adds itself. */
    private static final String SYSTEM_FALLBACK = "\"Songti SC\", \"SimSun\", serif";
    /** Markup the XHTML sets as a Latin run wherever it stands: URLs, as the PDF does. */
    private static final String LATIN_MARKUP = "a.url";
    /**
     * The markup of each role in the XHTML the stylesheets write (xslt/xhtml/): headings are h1
     * to h6, the labels 摘要： and 关键词： stand out as headings, as f:font-role and the labels of
     * xslt/fo/front.xsl set them in the PDF; the abstract is section.abstract with p.keywords.
     */
    private static final Map<String, List<String>> ROLE_MARKUP = Map.of(
            FontFamily.HEADING, List.of("h1", "h2", "h3", "h4", "h5", "h6", ".abstract .label", ".keywords .label"),
            FontFamily.ABSTRACT, List.of(".abstract", ".keywords"));

    private final ParsedFonts fonts;

    EmbeddedFonts(ParsedFonts fonts) {
        this.fonts = fonts;
    }

    /** One embedded file: its family, its face and the subset. */
    record EmbeddedFont(FontFamily family, FontFace face, ParsedFonts.Subset subset) {
        String fileName() {
            return face.file();
        }
    }

    List<EmbeddedFont> embed(TextUsage usage) throws PublishException {
        FontCatalog catalog = fonts.catalog();
        Map<FontFace, Set<Integer>> wanted = new LinkedHashMap<>();
        Map<FontFace, FontFamily> familyOf = new LinkedHashMap<>();
        for (FontFamily family : catalog.families()) {
            for (FontFace face : family.faces()) {
                wanted.put(face, new TreeSet<>());
                familyOf.put(face, family);
            }
        }
        for (TextUsage.Style style : TextUsage.Style.values()) {
            Set<Integer> text = usage.codePoints(style);
            if (text.isEmpty()) {
                continue;
            }
            boolean bold = style == TextUsage.Style.BOLD || style == TextUsage.Style.BOLD_ITALIC;
            boolean italic = style == TextUsage.Style.ITALIC || style == TextUsage.Style.BOLD_ITALIC;
            for (FontFamily family : catalog.families()) {
                Set<Integer> subset = wanted.get(family.closest(bold, italic));
                if (!family.hasRole(FontFamily.BODY) && !family.hasRole(FontFamily.FALLBACK)) {
                    // A heading or abstract face: only what the style sheets set in it.
                    Set<Integer> inRole = usage.codePoints(family.name(), style);
                    if (!inRole.isEmpty()) {
                        subset.addAll(inRole);
                        basics().forEach(subset::add);
                    }
                    continue;
                }
                if (!needed(catalog, family, usage.languages())) {
                    continue;
                }
                if (family.hasRole(FontFamily.FALLBACK)) {
                    subset.addAll(lackedBefore(catalog, family, text));
                } else {
                    subset.addAll(text);
                    basics().forEach(subset::add);
                }
            }
        }
        List<EmbeddedFont> embedded = new ArrayList<>();
        for (Map.Entry<FontFace, Set<Integer>> entry : wanted.entrySet()) {
            if (entry.getValue().isEmpty()) {
                continue;
            }
            FontFace face = entry.getKey();
            ParsedFonts.Subset subset = fonts.subset(face.file(), entry.getValue());
            if (!subset.codePoints().isEmpty()) {
                embedded.add(new EmbeddedFont(familyOf.get(face), face, subset));
            }
        }
        return embedded;
    }

    /**
     * The characters of {@code text} that {@code fallback} is asked for: those no body family
     * and no fallback listed before it has. A reading system reaches a fallback only for them,
     * so its subset need hold no more (the book's whole Latin text would otherwise go into
     * every fallback font too).
     */
    private Set<Integer> lackedBefore(FontCatalog catalog, FontFamily fallback, Set<Integer> text)
            throws PublishException {
        List<String> before = new ArrayList<>();
        for (FontFamily family : catalog.families()) {
            if (family.hasRole(FontFamily.BODY)
                    || family.hasRole(FontFamily.FALLBACK) && catalog.families().indexOf(family)
                            < catalog.families().indexOf(fallback)) {
                family.faces().forEach(face -> before.add(face.file()));
            }
        }
        Set<Integer> lacked = new TreeSet<>();
        for (int codePoint : text) {
            boolean covered = false;
            for (String file : before) {
                if (fonts.hasGlyph(file, codePoint)) {
                    covered = true;
                    break;
                }
            }
            if (!covered) {
                lacked.add(codePoint);
            }
        }
        return lacked;
    }

    /** The {@code @font-face} rules; hrefs are relative to the style sheet. */
    static String fontFaceRules(List<EmbeddedFont> fonts, PackageLayout layout) {
        StringBuilder css = new StringBuilder();
        for (EmbeddedFont font : fonts) {
            css.append("@font-face {\n")
               .append("  font-family: \"").append(font.family().name()).append("\";\n")
               .append("  font-weight: ").append(font.face().weight()).append(";\n")
               .append("  font-style: ").append(font.face().style()).append(";\n")
               .append("  src: url(\"").append(layout.fontHrefFromCss(font.fileName()))
               .append("\") format(\"truetype\");\n")
               .append("}\n");
        }
        return css.toString();
    }

    /**
     * A family is embedded when it comes first for one of its scripts, or when the book has text
     * in one of its languages: Noto Serif TC only in a book with zh-Hant text.
     */
    private static boolean needed(FontCatalog catalog, FontFamily family, Set<String> languages) {
        return family.hasRole(FontFamily.FALLBACK) || isDefaultFor(catalog, family).size() > 0
                || languages.stream().anyMatch(language -> family.languageMatch(language) > 0);
    }

    /** The scripts for which {@code family} comes first when no language says otherwise. */
    private static List<String> isDefaultFor(FontCatalog catalog, FontFamily family) {
        return family.scripts().stream()
                .filter(script -> catalog.familyOrder(script).get(0).equals(family.name())).toList();
    }

    /**
     * Which family sets what: the whole book in the order of the family that comes first for
     * Latin script, as the PDF sets a document whose language is not Chinese, Japanese or Korean
     * (a Chinese book matches its language's rule below); then, for each body
     * family, the script runs the normaliser marks (class {@code hani}, {@code latn}) where it
     * comes first, and the languages it serves, with their script runs. Rules for longer
     * language tags come later, so that {@code zh-Hant} wins over {@code zh}; at equal length the
     * first family's rule comes last, so that its runs win inside text of another language.
     */
    static String familyRules(FontCatalog catalog) {
        List<FontFamily> body = catalog.families().stream().filter(f -> f.hasRole(FontFamily.BODY)).toList();
        FontFamily first = body.isEmpty() ? catalog.families().get(0) : body.get(0);
        // Not the first body family: a language without a family of its own (Portuguese,
        // Italian) would otherwise be set in the Han font's Latin, with its full-width quotes.
        FontFamily western = catalog.byName(catalog.familyOrder("latn").get(0));
        StringBuilder css = new StringBuilder()
                .append("html {\n  font-family: ").append(familyList(catalog, western)).append(";\n}\n");
        List<FontFamily> ordered = new ArrayList<>(body);
        ordered.remove(first);
        ordered.add(first);
        ordered.sort(java.util.Comparator.comparingInt(EmbeddedFonts::longestLanguage));
        for (FontFamily family : ordered) {
            List<String> selectors = new ArrayList<>();
            List<String> defaultScripts = isDefaultFor(catalog, family);
            defaultScripts.forEach(script -> selectors.add("." + script));
            for (String language : family.languages()) {
                selectors.add("[lang|=\"" + language + "\"]");
                family.scripts().stream().filter(script -> !defaultScripts.contains(script))
                        .forEach(script -> selectors.add("[lang|=\"" + language + "\"] ." + script));
            }
            if (defaultScripts.contains("latn")) {
                selectors.add(LATIN_MARKUP);
            }
            if (!selectors.isEmpty()) {
                css.append(String.join(", ", selectors)).append(" {\n  font-family: ")
                        .append(familyList(catalog, family)).append(";\n}\n");
            }
        }
        return css.toString();
    }

    /**
     * The rules that set text of each role (heading, abstract) in its families, for the
     * languages whose role families differ from the body's: for each such language tag, its
     * role markup and that markup's script runs. A longer tag follows a shorter one it extends
     * (zh-Hant after zh) and restates its own order, so that zh-Hant headings keep Noto Serif TC
     * where a heading family serves zh alone.
     */
    static String roleRules(FontCatalog catalog) {
        return roleRules(catalog, null);
    }

    /**
     * As {@link #roleRules(FontCatalog)}, for a book whose elements declare {@code bookLanguages}:
     * only the rules a {@code [lang|=…]} of those languages matches, so that a Russian book's
     * style sheet carries no rule for Chinese headings. Null: every language of the catalog.
     */
    static String roleRules(FontCatalog catalog, Set<String> bookLanguages) {
        List<String> languages = new ArrayList<>();
        catalog.families().forEach(family -> family.languages().stream()
                .filter(language -> !languages.contains(language)).forEach(languages::add));
        languages.sort(java.util.Comparator.comparingInt(String::length));
        StringBuilder css = new StringBuilder();
        for (String role : catalog.textRoles()) {
            List<String> markup = ROLE_MARKUP.getOrDefault(role, List.of());
            List<String> scripts = new ArrayList<>();
            catalog.families().stream().filter(family -> family.hasRole(role))
                    .forEach(family -> family.scripts().stream().filter(script -> !scripts.contains(script))
                            .forEach(scripts::add));
            List<String> restated = new ArrayList<>();
            for (String language : languages) {
                if (bookLanguages != null && bookLanguages.stream().noneMatch(used -> matchesLanguage(used, language))) {
                    continue;
                }
                boolean extendsRestated = restated.stream()
                        .anyMatch(shorter -> !shorter.equalsIgnoreCase(language) && matchesLanguage(language, shorter));
                String primary = primaryScript(catalog, language);
                // Scripts set in the same families share one rule.
                Map<List<String>, List<String>> selectorsByOrder = new LinkedHashMap<>();
                for (String script : scripts) {
                    List<String> order = catalog.familyOrder(role, script, language);
                    if (!extendsRestated && order.equals(catalog.familyOrder(script, language))) {
                        continue;
                    }
                    if (!restated.contains(language)) {
                        restated.add(language);
                    }
                    List<String> selectors = selectorsByOrder.computeIfAbsent(order, o -> new ArrayList<>());
                    for (String element : markup) {
                        String scope = "[lang|=\"" + language + "\"] " + element;
                        if (script.equals(primary)) {
                            selectors.add(scope);
                        }
                        selectors.add(scope + " ." + script);
                    }
                }
                selectorsByOrder.forEach((order, selectors) -> {
                    if (!selectors.isEmpty()) {
                        css.append(String.join(", ", selectors)).append(" {\n  font-family: ")
                                .append(quoted(order)).append(";\n}\n");
                    }
                });
            }
        }
        return css.toString();
    }

    /** Whether {@code [lang|="range"]} matches an element whose lang is {@code tag} (ASCII case-insensitively, as in HTML). */
    private static boolean matchesLanguage(String tag, String range) {
        String t = tag.toLowerCase(java.util.Locale.ROOT);
        String r = range.toLowerCase(java.util.Locale.ROOT);
        return t.equals(r) || t.startsWith(r + "-");
    }

    /** The script of the body family that serves {@code language} best: the script of its unmarked text. */
    private static String primaryScript(FontCatalog catalog, String language) {
        return catalog.families().stream()
                .filter(family -> family.hasRole(FontFamily.BODY) && family.languageMatch(language) > 0)
                .max(java.util.Comparator.comparingInt(family -> family.languageMatch(language)))
                .map(family -> family.scripts().isEmpty() ? "" : family.scripts().get(0)).orElse("");
    }

    private static String quoted(List<String> families) {
        return String.join(", ", families.stream().map(name -> "\"" + name + "\"").toList()) + ", " + SYSTEM_FALLBACK;
    }

    private static int longestLanguage(FontFamily family) {
        return family.languages().stream().mapToInt(String::length).max().orElse(0);
    }

    private static String familyList(FontCatalog catalog, FontFamily family) {
        String script = family.scripts().isEmpty() ? "" : family.scripts().get(0);
        String language = family.languages().isEmpty() ? "" : family.languages().get(0);
        List<String> order = new ArrayList<>(List.of(family.name()));
        catalog.familyOrder(script, language).stream().filter(name -> !order.contains(name)).forEach(order::add);
        return String.join(", ", order.stream().map(name -> "\"" + name + "\"").toList()) + ", " + SYSTEM_FALLBACK;
    }

    private static IntStream basics() {
        return IntStream.concat(IntStream.concat(IntStream.rangeClosed(0x21, 0x7e), BASIC_PUNCTUATION.codePoints()),
                SPACES.codePoints());
    }
}
