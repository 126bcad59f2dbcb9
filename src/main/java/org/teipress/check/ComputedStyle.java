package org.teipress.check;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.XdmNode;

/**
 * The computed values a reading system gives an element for the properties that tell a link
 * from its text and text from its background: display, font (through {@link FontCascade}),
 * font size in px, text decoration, borders and outline, colour and background. Inherited
 * properties (font, colour) come from the parent when no rule sets them; the others take their
 * initial value. The browser defaults for them are the first and weakest rules, as in
 * Chromium: links blue (#0000ee) and underlined, headings large, blocks displayed as blocks.
 */
final class ComputedStyle {
    static final Set<String> PROPERTIES = Set.of("display", "font-size", "color", "background-color",
            "background-image", "text-decoration-line", "text-decoration-style", "border-top-style",
            "border-top-width", "border-bottom-style", "border-bottom-width", "outline-style", "outline-width");

    /** Chromium's defaults for those properties (its html.css), in the selectors this check matches. */
    private static final String USER_AGENT = """
            html, body, address, blockquote, center, div, figure, figcaption, footer, form, header, hr,
            legend, listing, main, p, plaintext, pre, xmp, article, aside, h1, h2, h3, h4, h5, h6, hgroup,
            nav, section, dir, dd, dl, dt, menu, ol, ul, details, summary, fieldset { display: block; }
            li { display: list-item; }
            table { display: table; }
            caption { display: table-caption; }
            thead { display: table-header-group; }
            tbody { display: table-row-group; }
            tfoot { display: table-footer-group; }
            tr { display: table-row; }
            td, th { display: table-cell; }
            head, script, style, title, link, meta, [hidden] { display: none; }
            ruby { display: ruby; }
            rt { display: ruby-text; }
            h1 { font-size: 2em; }
            h2 { font-size: 1.5em; }
            h3 { font-size: 1.17em; }
            h5 { font-size: 0.83em; }
            h6 { font-size: 0.67em; }
            small, sub, sup { font-size: smaller; }
            big { font-size: larger; }
            rt { font-size: 50%; }
            a[href] { color: #0000ee; text-decoration: underline; }
            u, ins { text-decoration: underline; }
            s, strike, del { text-decoration: line-through; }
            mark { background-color: #ffff00; color: #000000; }
            """;
    private static final double ROOT_SIZE = 16;

    private static final QName STYLE = new QName("style");
    /** What a property has when no rule declares it, in the caches below (a map holds no null). */
    private static final String UNDECLARED = "";

    private final FontCascade cascade;
    private final Map<XdmNode, Double> sizes = new HashMap<>();
    private final Map<String, Map<XdmNode, String>> declared = new HashMap<>();
    private final Map<XdmNode, Map<String, String>> inline = new HashMap<>();

    ComputedStyle(FontStyleSheet styles) {
        this.cascade = new FontCascade(styles);
    }

    /** A sheet recording what this class reads, the browser defaults first. */
    static FontStyleSheet styleSheet() {
        return new FontStyleSheet(PROPERTIES, USER_AGENT);
    }

    /**
     * The value that wins for {@code property} on {@code element}: its style attribute's, else
     * the style sheets' (an !important rule of a sheet is not told apart here); null when
     * neither declares it.
     */
    private String value(XdmNode element, String property) {
        String known = declared.computeIfAbsent(property, p -> new HashMap<>()).computeIfAbsent(element, e -> {
            String own = inline(e).get(property);
            String value = own != null ? own : cascade.declared(e, property);
            return value == null ? UNDECLARED : value;
        });
        return known.equals(UNDECLARED) ? null : known;
    }

    /** The declarations of the element's style attribute, shorthands as their longhands. */
    private Map<String, String> inline(XdmNode element) {
        return inline.computeIfAbsent(element, e -> {
            String style = e.getAttributeValue(STYLE);
            Map<String, String> declarations = new HashMap<>();
            if (style != null) {
                for (String declaration : style.split(";")) {
                    int colon = declaration.indexOf(':');
                    if (colon > 0) {
                        declarations.putAll(Shorthands.expand(declaration.substring(0, colon).strip()
                                .toLowerCase(Locale.ROOT), declaration.substring(colon + 1).replace("!important", "")));
                    }
                }
            }
            return declarations;
        });
    }

    String display(XdmNode element) {
        String value = value(element, "display");
        return value == null ? "inline" : value.toLowerCase(Locale.ROOT);
    }

    /** Whether the element is laid out as a block, as axe-core's link rules count one. */
    boolean block(XdmNode element, boolean countInlineBlock) {
        String display = display(element);
        return display.equals("block") || display.equals("list-item") || display.equals("table")
                || display.equals("flex") || display.equals("grid") || display.startsWith("table-")
                || (countInlineBlock && display.equals("inline-block"));
    }

    /** Whether the element or one of its ancestors is not displayed at all. */
    boolean hidden(XdmNode element) {
        for (XdmNode e = element; e != null; e = FontSelector.parentElement(e)) {
            if (display(e).equals("none")) {
                return true;
            }
        }
        return false;
    }

    FontCascade.Font font(XdmNode element) {
        return cascade.of(element);
    }

    /** The computed font size in CSS px (16 px at the root, as in a browser at its default size). */
    double fontSize(XdmNode element) {
        Double known = sizes.get(element);
        if (known != null) {
            return known;
        }
        XdmNode parent = FontSelector.parentElement(element);
        double inherited = parent == null ? ROOT_SIZE : fontSize(parent);
        String value = value(element, "font-size");
        double size = value == null ? inherited : size(value.toLowerCase(Locale.ROOT).strip(), inherited);
        sizes.put(element, size);
        return size;
    }

    private static double size(String value, double inherited) {
        try {
            if (value.endsWith("rem")) {
                return number(value, 3) * ROOT_SIZE;
            }
            if (value.endsWith("em")) {
                return number(value, 2) * inherited;
            }
            if (value.endsWith("%")) {
                return number(value, 1) / 100 * inherited;
            }
            if (value.endsWith("px")) {
                return number(value, 2);
            }
            if (value.endsWith("pt")) {
                return number(value, 2) * 4 / 3;
            }
        } catch (NumberFormatException e) {
            return inherited;
        }
        return switch (value) {
            case "smaller" -> inherited / 1.2;
            case "larger" -> inherited * 1.2;
            case "xx-small" -> 9;
            case "x-small" -> 10;
            case "small" -> 13;
            case "medium" -> 16;
            case "large" -> 18;
            case "x-large" -> 24;
            case "xx-large" -> 32;
            default -> inherited;
        };
    }

    private static double number(String value, int unitLength) {
        return Double.parseDouble(value.substring(0, value.length() - unitLength).strip());
    }

    /** The text colour: inherited, black at the root. */
    CssColor color(XdmNode element) {
        for (XdmNode e = element; e != null; e = FontSelector.parentElement(e)) {
            String value = value(e, "color");
            if (value != null && !value.equalsIgnoreCase("inherit")) {
                CssColor color = CssColor.parse(value);
                if (color != null) {
                    return color;
                }
            }
        }
        return CssColor.BLACK;
    }

    /**
     * The colour behind the element's text: its own background colour or the nearest ancestor's
     * that is not transparent, the page's white at the root. Background images are not read.
     */
    CssColor background(XdmNode element) {
        for (XdmNode e = element; e != null; e = FontSelector.parentElement(e)) {
            CssColor own = ownBackground(e);
            if (!own.transparent()) {
                return own;
            }
        }
        return CssColor.WHITE;
    }

    private CssColor ownBackground(XdmNode element) {
        String value = value(element, "background-color");
        CssColor color = value == null ? null : CssColor.parse(value);
        return color == null ? CssColor.TRANSPARENT : color;
    }

    String decorationLine(XdmNode element) {
        String value = value(element, "text-decoration-line");
        return value == null ? "none" : value.toLowerCase(Locale.ROOT);
    }

    String decorationStyle(XdmNode element) {
        String value = value(element, "text-decoration-style");
        return value == null ? "solid" : value.toLowerCase(Locale.ROOT);
    }

    boolean backgroundImage(XdmNode element) {
        String value = value(element, "background-image");
        return value != null && !value.equalsIgnoreCase("none");
    }

    /** The first of border-top, border-bottom and outline that is drawn, or null. */
    String drawnEdge(XdmNode element) {
        for (String edge : new String[] {"border-top", "border-bottom", "outline"}) {
            String style = value(element, edge + "-style");
            String width = value(element, edge + "-width");
            boolean drawn = style != null && !style.equalsIgnoreCase("none") && !style.equalsIgnoreCase("hidden")
                    && (width == null || !width.matches("0+(\\.0*)?[a-z%]*"));
            if (drawn) {
                return edge;
            }
        }
        return null;
    }
}
