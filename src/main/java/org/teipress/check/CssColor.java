package org.teipress.check;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An opaque sRGB colour as a style sheet writes it ({@code #0000ee}, {@code rgb(0 0 238)}, a
 * basic colour keyword), and the WCAG 2 contrast ratio between two colours. A colour with an
 * alpha of zero is {@code transparent}; a partial alpha is kept but not blended.
 */
record CssColor(int red, int green, int blue, double alpha) {
    static final CssColor BLACK = new CssColor(0, 0, 0, 1);
    static final CssColor WHITE = new CssColor(255, 255, 255, 1);
    static final CssColor TRANSPARENT = new CssColor(0, 0, 0, 0);

    /** The CSS basic colour keywords (CSS Color 4, 6.1) and the few extended ones books use. */
    private static final Map<String, String> NAMED = Map.ofEntries(Map.entry("black", "#000000"),
            Map.entry("silver", "#c0c0c0"), Map.entry("gray", "#808080"), Map.entry("grey", "#808080"),
            Map.entry("white", "#ffffff"), Map.entry("maroon", "#800000"), Map.entry("red", "#ff0000"),
            Map.entry("purple", "#800080"), Map.entry("fuchsia", "#ff00ff"), Map.entry("green", "#008000"),
            Map.entry("lime", "#00ff00"), Map.entry("olive", "#808000"), Map.entry("yellow", "#ffff00"),
            Map.entry("navy", "#000080"), Map.entry("blue", "#0000ff"), Map.entry("teal", "#008080"),
            Map.entry("aqua", "#00ffff"), Map.entry("orange", "#ffa500"), Map.entry("darkred", "#8b0000"),
            Map.entry("darkblue", "#00008b"), Map.entry("darkgray", "#a9a9a9"), Map.entry("darkgrey", "#a9a9a9"),
            Map.entry("lightgray", "#d3d3d3"), Map.entry("lightgrey", "#d3d3d3"), Map.entry("dimgray", "#696969"),
            Map.entry("dimgrey", "#696969"), Map.entry("brown", "#a52a2a"));
    private static final Pattern HEX = Pattern.compile("#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})");
    private static final Pattern RGB = Pattern.compile(
            "rgba?\\(\\s*([0-9.]+%?)[\\s,]+([0-9.]+%?)[\\s,]+([0-9.]+%?)(?:\\s*[,/]\\s*([0-9.]+%?))?\\s*\\)");

    /** Whether {@code value} is a colour this class reads (or {@code transparent}). */
    static boolean isColor(String value) {
        return parse(value) != null;
    }

    /** The colour {@code value} names, or null when it is not one this class reads. */
    static CssColor parse(String value) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        if (v.equals("transparent")) {
            return TRANSPARENT;
        }
        v = NAMED.getOrDefault(v, v);
        Matcher hex = HEX.matcher(v);
        if (hex.matches()) {
            String digits = hex.group(1);
            if (digits.length() <= 4) {
                digits = digits.replaceAll("(.)", "$1$1");
            }
            double alpha = digits.length() == 8 ? Integer.parseInt(digits.substring(6, 8), 16) / 255.0 : 1;
            return new CssColor(Integer.parseInt(digits.substring(0, 2), 16), Integer.parseInt(digits.substring(2, 4), 16),
                    Integer.parseInt(digits.substring(4, 6), 16), alpha);
        }
        Matcher rgb = RGB.matcher(v);
        if (rgb.matches()) {
            double alpha = rgb.group(4) == null ? 1 : channel(rgb.group(4), 1);
            return new CssColor((int) Math.round(channel(rgb.group(1), 255)), (int) Math.round(channel(rgb.group(2), 255)),
                    (int) Math.round(channel(rgb.group(3), 255)), alpha);
        }
        return null;
    }

    private static double channel(String text, double full) {
        return text.endsWith("%") ? Double.parseDouble(text.substring(0, text.length() - 1)) / 100 * full
                : Double.parseDouble(text);
    }

    boolean transparent() {
        return alpha == 0;
    }

    /** WCAG 2 relative luminance. */
    double luminance() {
        return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue);
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    /** WCAG 2 contrast ratio, 1 to 21, truncated to two decimals as axe-core reports it. */
    double contrast(CssColor other) {
        double lighter = Math.max(luminance(), other.luminance());
        double darker = Math.min(luminance(), other.luminance());
        return Math.floor((lighter + 0.05) / (darker + 0.05) * 100) / 100;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "#%02x%02x%02x", red, green, blue);
    }
}
