package org.teipress.epub;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmNodeKind;
import org.teipress.check.FontCascade;

/**
 * The characters the content documents set, by the style they are set in. Which elements are
 * bold or italic is read from the book's style sheets through the CSS cascade, the one the gate's
 * font check applies, so that each subset holds what the reader will ask it for. Without style
 * sheets (tests), the elements and classes below stand for them.
 */
final class TextUsage {
    enum Style { REGULAR, BOLD, ITALIC, BOLD_ITALIC }

    private static final String XHTML = "http://www.w3.org/1999/xhtml";
    private static final Set<String> BOLD_ELEMENTS = Set.of("h1", "h2", "h3", "h4", "h5", "h6", "b", "strong", "th", "dt");
    private static final Set<String> BOLD_CLASSES = Set.of("label");
    private static final Set<String> ITALIC_ELEMENTS = Set.of("i", "em");
    /** The lightest weight set in the 700 face of a family with 400 and 700 (CSS Fonts 4, 5.2). */
    private static final int BOLD_FROM = 501;

    private static final net.sf.saxon.s9api.QName LANG = new net.sf.saxon.s9api.QName("lang");
    private static final net.sf.saxon.s9api.QName XML_LANG =
            new net.sf.saxon.s9api.QName("http://www.w3.org/XML/1998/namespace", "lang");

    private final Map<Style, Set<Integer>> used = new EnumMap<>(Style.class);
    /** By family the cascade names for the text (anywhere in its list), the characters by style. */
    private final Map<String, Map<Style, Set<Integer>>> usedByFamily = new java.util.HashMap<>();
    private final Set<String> languages = new TreeSet<>();
    /** The weight and style the style sheets give an element; null: the lists above. */
    private final FontCascade cascade;

    TextUsage() {
        this(null);
    }

    TextUsage(FontCascade cascade) {
        this.cascade = cascade;
        for (Style style : Style.values()) {
            used.put(style, new TreeSet<>());
        }
    }

    /** Adds the text of a content document's body. */
    void add(XdmNode document) {
        for (XdmNode html : document.children()) {
            addLanguage(html);
            for (XdmNode part : html.children()) {
                if (isElement(part, "body")) {
                    walk(part, false, false, List.of());
                }
            }
        }
    }

    Set<Integer> codePoints(Style style) {
        return used.get(style);
    }

    /**
     * The characters set in {@code style} by elements whose font-family list (as the style
     * sheets give it) names {@code family}; none without style sheets.
     */
    Set<Integer> codePoints(String family, Style style) {
        return usedByFamily.getOrDefault(family.toLowerCase(java.util.Locale.ROOT), Map.of()).getOrDefault(style, Set.of());
    }

    /** The languages the elements of {@code documents} declare (lang or xml:lang), as written. */
    static Set<String> declaredLanguages(java.util.Collection<XdmNode> documents) {
        Set<String> languages = new TreeSet<>();
        for (XdmNode document : documents) {
            document.select(net.sf.saxon.s9api.streams.Steps.descendant().then(
                    net.sf.saxon.s9api.streams.Steps.attribute("lang").cat(
                            net.sf.saxon.s9api.streams.Steps.attribute("http://www.w3.org/XML/1998/namespace", "lang"))))
                    .map(XdmNode::getStringValue).map(String::trim).filter(value -> !value.isEmpty())
                    .forEach(languages::add);
        }
        return languages;
    }

    /** The languages the documents' elements declare (lang or xml:lang), as written. */
    Set<String> languages() {
        return languages;
    }

    private void addLanguage(XdmNode element) {
        if (element.getNodeKind() == XdmNodeKind.ELEMENT) {
            for (net.sf.saxon.s9api.QName name : new net.sf.saxon.s9api.QName[] {LANG, XML_LANG}) {
                String value = element.getAttributeValue(name);
                if (value != null && !value.isBlank()) {
                    languages.add(value.trim());
                }
            }
        }
    }

    private void walk(XdmNode node, boolean bold, boolean italic, List<String> families) {
        for (XdmNode child : node.children()) {
            if (child.getNodeKind() == XdmNodeKind.TEXT) {
                Style style = style(bold, italic);
                List<Set<Integer>> targets = new java.util.ArrayList<>(List.of(used.get(style)));
                for (String family : families) {
                    targets.add(usedByFamily.computeIfAbsent(family.toLowerCase(java.util.Locale.ROOT),
                            f -> new EnumMap<>(Style.class)).computeIfAbsent(style, s -> new TreeSet<>()));
                }
                child.getStringValue().codePoints()
                        .filter(c -> (!Character.isWhitespace(c) || c == 0x3000) && Character.getType(c) != Character.FORMAT)
                        .forEach(c -> targets.forEach(target -> target.add(c)));
            } else if (child.getNodeKind() == XdmNodeKind.ELEMENT) {
                addLanguage(child);
                String name = child.getNodeName().getLocalName();
                boolean inXhtml = XHTML.equals(child.getNodeName().getNamespace());
                boolean childBold = bold || inXhtml && (BOLD_ELEMENTS.contains(name) || hasClass(child, BOLD_CLASSES));
                boolean childItalic = italic || inXhtml && ITALIC_ELEMENTS.contains(name);
                List<String> childFamilies = families;
                if (cascade != null && inXhtml) {
                    FontCascade.Font font = cascade.of(child);
                    childBold = font.weight() >= BOLD_FROM;
                    childItalic = font.italic();
                    childFamilies = font.families();
                }
                walk(child, childBold, childItalic, childFamilies);
            }
        }
    }

    private static Style style(boolean bold, boolean italic) {
        return bold ? (italic ? Style.BOLD_ITALIC : Style.BOLD) : (italic ? Style.ITALIC : Style.REGULAR);
    }

    private static boolean hasClass(XdmNode element, Set<String> classes) {
        String value = element.getAttributeValue(new net.sf.saxon.s9api.QName("class"));
        if (value == null) {
            return false;
        }
        for (String token : value.trim().split("\\s+")) {
            if (classes.contains(token)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isElement(XdmNode node, String localName) {
        return node.getNodeKind() == XdmNodeKind.ELEMENT && node.getNodeName().getLocalName().equals(localName);
    }
}
