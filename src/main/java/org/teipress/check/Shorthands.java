package org.teipress.check;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The longhand properties a CSS declaration sets: a longhand sets itself; the shorthands that
 * decide whether a link stands out from its text ({@code text-decoration}, {@code border},
 * {@code border-top}, {@code border-bottom}, {@code outline}, {@code background}) set each of
 * their longhands, to the value given or to its initial value, as CSS defines a shorthand.
 */
final class Shorthands {
    private static final List<String> LINES = List.of("none", "underline", "overline", "line-through", "blink");
    private static final List<String> LINE_STYLES = List.of("solid", "double", "dotted", "dashed", "wavy");
    private static final List<String> BORDER_STYLES = List.of("none", "hidden", "dotted", "dashed", "solid",
            "double", "groove", "ridge", "inset", "outset");

    private Shorthands() {
    }

    static Map<String, String> expand(String property, String value) {
        Map<String, String> longhands = new LinkedHashMap<>();
        List<String> tokens = List.of(value.toLowerCase(Locale.ROOT).strip().split("\\s+(?![^(]*\\))"));
        switch (property) {
            case "text-decoration" -> {
                List<String> lines = tokens.stream().filter(LINES::contains).toList();
                longhands.put("text-decoration-line", lines.isEmpty() ? "none" : String.join(" ", lines));
                longhands.put("text-decoration-style",
                        tokens.stream().filter(LINE_STYLES::contains).findFirst().orElse("solid"));
            }
            case "border" -> {
                border("border-top", tokens, longhands);
                border("border-bottom", tokens, longhands);
            }
            case "border-top", "border-bottom", "outline" -> border(property, tokens, longhands);
            case "background" -> {
                longhands.put("background-image", tokens.stream()
                        .filter(t -> t.startsWith("url(") || t.contains("gradient(")).findFirst().orElse("none"));
                longhands.put("background-color", tokens.stream().filter(CssColor::isColor).findFirst()
                        .orElse("transparent"));
            }
            default -> longhands.put(property, value.strip());
        }
        return longhands;
    }

    /** A border or outline: its style (initial none) and width (initial medium). */
    private static void border(String edge, List<String> tokens, Map<String, String> longhands) {
        longhands.put(edge + "-style", tokens.stream().filter(BORDER_STYLES::contains).findFirst().orElse("none"));
        longhands.put(edge + "-width", tokens.stream()
                .filter(t -> t.matches("[0-9.]+[a-z%]*|thin|medium|thick")).findFirst().orElse("medium"));
    }
}
