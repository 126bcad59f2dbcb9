package org.teipress.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an EPUB's style sheets say about fonts: the {@code @font-face} rules (family, weight,
 * style, file) and every rule that sets {@code font-family}, {@code font-weight} or
 * {@code font-style}, in document order. Rules inside {@code @media} and {@code @supports} count
 * as if their condition held: a reading system that meets it uses them. A sheet made
 * {@linkplain #FontStyleSheet(Set) with more properties} records those too, shorthands
 * ({@code text-decoration}, {@code border}, {@code outline}, {@code background}) as the
 * longhands they set, for checks that need more of the computed style than the font.
 */
public final class FontStyleSheet {
    /** One {@code @font-face}: its file as a path inside the EPUB. */
    record Face(String family, int weight, boolean italic, String path) { }

    /**
     * One declaration of a recorded property by one selector; {@code userAgent} marks the
     * browser's defaults, which every author rule outranks.
     */
    record Declaration(FontSelector selector, String property, String value, boolean important, int order,
            boolean userAgent) { }

    private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL);
    private static final Pattern URL = Pattern.compile("url\\(\\s*['\"]?([^'\")]+)['\"]?\\s*\\)");
    private static final List<String> FONT_PROPERTIES = List.of("font-family", "font-weight", "font-style");
    private static final String USER_AGENT = "user-agent";

    private final Set<String> properties = new HashSet<>(FONT_PROPERTIES);
    private final List<Face> faces = new ArrayList<>();
    private final List<Declaration> declarations = new ArrayList<>();
    private final List<String> unsupported = new ArrayList<>();

    /**
     * The browser defaults that matter for fonts (HTML's rendering section), as the first and
     * weakest rules: headings, b and strong bold; i, em, cite, var, dfn and address italic.
     */
    public FontStyleSheet() {
        read(USER_AGENT, """
                h1, h2, h3, h4, h5, h6, b, strong, th { font-weight: bold; }
                i, em, cite, var, dfn, address { font-style: italic; }
                """);
    }

    /**
     * A sheet that also records the longhand properties {@code more} (e.g. {@code color},
     * {@code text-decoration-line}), with the browser defaults {@code userAgentRules} for them.
     */
    public FontStyleSheet(Set<String> more, String userAgentRules) {
        this();
        properties.addAll(more);
        read(USER_AGENT, userAgentRules);
    }

    /** Adds the rules of the style sheet at {@code path} (inside the EPUB), after those read before. */
    public void read(String path, String css) {
        parseBlock(path, COMMENT.matcher(css).replaceAll(" "));
    }

    List<Face> faces() {
        return faces;
    }

    List<Declaration> declarations() {
        return declarations;
    }

    /** Selectors of font rules this check cannot match, so they were left out. */
    List<String> unsupportedSelectors() {
        return unsupported;
    }

    private void parseBlock(String path, String css) {
        int i = 0;
        while (i < css.length()) {
            int open = css.indexOf('{', i);
            int semicolon = css.indexOf(';', i);
            if (open < 0) {
                return;
            }
            String prelude = css.substring(i, open).strip();
            if (prelude.startsWith("@") && semicolon >= 0 && semicolon < open) {
                i = semicolon + 1;
                continue;
            }
            int close = matchingBrace(css, open);
            String body = css.substring(open + 1, close);
            String at = prelude.toLowerCase(Locale.ROOT);
            if (at.startsWith("@font-face")) {
                face(path, body);
            } else if (at.startsWith("@media") || at.startsWith("@supports")) {
                parseBlock(path, body);
            } else if (!at.startsWith("@")) {
                rule(prelude, body, path.equals(USER_AGENT));
            }
            i = close + 1;
        }
    }

    private static int matchingBrace(String css, int open) {
        int depth = 0;
        for (int i = open; i < css.length(); i++) {
            if (css.charAt(i) == '{') {
                depth++;
            } else if (css.charAt(i) == '}' && --depth == 0) {
                return i;
            }
        }
        return css.length();
    }

    private void face(String cssPath, String body) {
        String family = null;
        int weight = 400;
        boolean italic = false;
        String src = null;
        for (String declaration : body.split(";")) {
            int colon = declaration.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String property = declaration.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = declaration.substring(colon + 1).strip();
            switch (property) {
                case "font-family" -> family = unquote(value);
                case "font-weight" -> weight = weight(value, 400);
                case "font-style" -> italic = !value.toLowerCase(Locale.ROOT).startsWith("normal");
                case "src" -> src = value;
                default -> { }
            }
        }
        if (family != null && src != null) {
            Matcher url = URL.matcher(src);
            while (url.find()) {
                faces.add(new Face(family, weight, italic, EpubUnderTest.resolve(cssPath, url.group(1))));
            }
        }
    }

    private void rule(String selectors, String body, boolean userAgent) {
        for (String declaration : body.split(";")) {
            int colon = declaration.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String property = declaration.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = declaration.substring(colon + 1).strip();
            boolean important = value.toLowerCase(Locale.ROOT).endsWith("!important");
            if (important) {
                value = value.substring(0, value.length() - "!important".length()).strip();
            }
            Map<String, String> longhands = Shorthands.expand(property, value);
            longhands.keySet().retainAll(properties);
            if (longhands.isEmpty()) {
                continue;
            }
            for (String text : selectors.split(",")) {
                FontSelector selector = FontSelector.of(text);
                if (selector.supported()) {
                    longhands.forEach((name, longhand) -> declarations.add(
                            new Declaration(selector, name, longhand, important, declarations.size(), userAgent)));
                } else if (!unsupported.contains(selector.toString())) {
                    unsupported.add(selector.toString());
                }
            }
        }
    }

    /** A font-weight value as a number; relative keywords against {@code inherited} (CSS Fonts 4, 2.2). */
    static int weight(String value, int inherited) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        return switch (v) {
            case "normal" -> 400;
            case "bold" -> 700;
            case "bolder" -> inherited < 350 ? 400 : inherited < 550 ? 700 : 900;
            case "lighter" -> inherited < 550 ? 100 : inherited < 750 ? 400 : 700;
            default -> {
                try {
                    yield Integer.parseInt(v);
                } catch (NumberFormatException e) {
                    yield inherited;
                }
            }
        };
    }

    /** The families of a font-family value, in order, unquoted. */
    static List<String> families(String value) {
        List<String> families = new ArrayList<>();
        for (String family : value.split(",")) {
            String name = unquote(family);
            if (!name.isEmpty()) {
                families.add(name);
            }
        }
        return families;
    }

    private static String unquote(String family) {
        return family.strip().replaceAll("^['\"]|['\"]$", "").strip();
    }
}
