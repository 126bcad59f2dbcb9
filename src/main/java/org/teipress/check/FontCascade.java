package org.teipress.check;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.sf.saxon.s9api.XdmNode;

/**
 * The font each element of a content document is set in, as a reading system works it out from
 * the style sheets: for font-family, font-weight and font-style the declaration of the matching
 * rule that wins the cascade (importance, then specificity, then order), else the parent's value
 * (all three inherit); at the root the browser defaults (serif, 400, normal). The EPUB's subsets
 * are cut by the same reading ({@code epub/TextUsage}), so that each face holds what the style
 * sheets will ask it for.
 */
public final class FontCascade {
    /** The computed font of an element. */
    public record Font(List<String> families, int weight, boolean italic) {
        @Override
        public String toString() {
            return String.join(", ", families) + " " + weight + (italic ? " italic" : "");
        }
    }

    private static final Font ROOT = new Font(List.of("serif"), 400, false);
    private static final Comparator<FontStyleSheet.Declaration> CASCADE = Comparator
            .comparing(FontStyleSheet.Declaration::important)
            .thenComparing(d -> !d.userAgent())
            .thenComparingInt(d -> d.selector().specificity())
            .thenComparingInt(FontStyleSheet.Declaration::order);

    /** The declarations of each property, in document order. */
    private final Map<String, List<FontStyleSheet.Declaration>> byProperty;
    private final Map<XdmNode, Font> computed = new HashMap<>();

    public FontCascade(FontStyleSheet styles) {
        this.byProperty = styles.declarations().stream()
                .collect(java.util.stream.Collectors.groupingBy(FontStyleSheet.Declaration::property));
    }

    public Font of(XdmNode element) {
        Font known = computed.get(element);
        if (known != null) {
            return known;
        }
        XdmNode parent = FontSelector.parentElement(element);
        Font inherited = parent == null ? ROOT : of(parent);
        List<String> families = inherited.families();
        int weight = inherited.weight();
        boolean italic = inherited.italic();
        String family = winner(element, "font-family");
        if (family != null && !family.equalsIgnoreCase("inherit")) {
            families = FontStyleSheet.families(family);
        }
        String weightValue = winner(element, "font-weight");
        if (weightValue != null) {
            weight = FontStyleSheet.weight(weightValue, inherited.weight());
        }
        String style = winner(element, "font-style");
        if (style != null && !style.equalsIgnoreCase("inherit")) {
            italic = !style.toLowerCase(Locale.ROOT).startsWith("normal");
        }
        Font font = new Font(families, weight, italic);
        computed.put(element, font);
        return font;
    }

    /**
     * The value the declaration that wins the cascade for {@code property} on {@code element}
     * gives, or null when no rule matching the element declares it (then the property inherits
     * or takes its initial value, as the caller knows).
     */
    String declared(XdmNode element, String property) {
        return winner(element, property);
    }

    private String winner(XdmNode element, String property) {
        FontStyleSheet.Declaration best = null;
        for (FontStyleSheet.Declaration d : byProperty.getOrDefault(property, List.of())) {
            if ((best == null || CASCADE.compare(d, best) > 0) && d.selector().matches(element)) {
                best = d;
            }
        }
        return best == null ? null : best.value();
    }

    /**
     * The face of {@code family} a reading system picks for {@code font} (CSS Fonts 4, 5.2): the
     * style first (italic, else normal), then the nearest weight, searching in the direction the
     * specification gives for the wanted weight. Null when the family has no {@code @font-face}.
     */
    static FontStyleSheet.Face face(List<FontStyleSheet.Face> faces, String family, Font font) {
        List<FontStyleSheet.Face> ofFamily = faces.stream().filter(f -> f.family().equalsIgnoreCase(family)).toList();
        if (ofFamily.isEmpty()) {
            return null;
        }
        List<FontStyleSheet.Face> styled = ofFamily.stream().filter(f -> f.italic() == font.italic()).toList();
        List<FontStyleSheet.Face> candidates = styled.isEmpty() ? ofFamily : styled;
        int wanted = font.weight();
        return candidates.stream().min(Comparator.comparingInt(f -> weightDistance(wanted, f.weight()))).orElseThrow();
    }

    /** Smaller is preferred; ties cannot occur between distinct weights. */
    private static int weightDistance(int wanted, int weight) {
        if (weight == wanted) {
            return 0;
        }
        boolean heavier = weight > wanted;
        int distance = Math.abs(weight - wanted);
        if (wanted >= 400 && wanted <= 500) {
            // Up to 500 first, then lighter, then heavier than 500.
            if (heavier && weight <= 500) {
                return distance;
            }
            return heavier ? 20_000 + distance : 10_000 + distance;
        }
        boolean preferHeavier = wanted > 500;
        return heavier == preferHeavier ? distance : 10_000 + distance;
    }
}
