package org.teipress.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmNodeKind;

/**
 * One CSS selector of the kinds a font rule of an EPUB style sheet uses: type, universal, class,
 * id and attribute selectors ({@code [a]}, {@code [a=v]}, {@code [a~=v]}, {@code [a|=v]}), joined
 * by descendant and child combinators. A selector with anything else (pseudo-classes, sibling
 * combinators) is {@linkplain #supported() unsupported}: the font check says so rather than guess.
 */
final class FontSelector {
    private static final QName CLASS = new QName("class");
    private static final QName ID = new QName("id");

    private record Attribute(String name, String operator, String value) { }

    private record Compound(String type, List<String> classes, List<String> ids, List<Attribute> attributes) {
        boolean matches(XdmNode element) {
            if (type != null && !type.equalsIgnoreCase(element.getNodeName().getLocalName())) {
                return false;
            }
            if (!classes.isEmpty()
                    && !List.of(attribute(element, CLASS).strip().split("\\s+")).containsAll(classes)) {
                return false;
            }
            for (String id : ids) {
                if (!id.equals(element.getAttributeValue(ID))) {
                    return false;
                }
            }
            for (Attribute a : attributes) {
                String value = element.getAttributeValue(new QName(a.name()));
                boolean match = value != null && switch (a.operator()) {
                    case "" -> true;
                    case "=" -> value.equals(a.value());
                    case "~=" -> List.of(value.strip().split("\\s+")).contains(a.value());
                    case "|=" -> value.equals(a.value()) || value.startsWith(a.value() + "-");
                    default -> false;
                };
                if (!match) {
                    return false;
                }
            }
            return true;
        }
    }

    private final String text;
    /** Compounds from the subject (last) back to the first; combinators.get(i) joins i and i + 1. */
    private final List<Compound> compounds = new ArrayList<>();
    private final List<Character> combinators = new ArrayList<>();
    private final boolean supported;
    private final int specificity;

    private FontSelector(String text) {
        this.text = text.strip();
        this.supported = parse(this.text);
        int ids = 0;
        int classes = 0;
        int types = 0;
        for (Compound c : compounds) {
            ids += c.ids().size();
            classes += c.classes().size() + c.attributes().size();
            types += c.type() == null ? 0 : 1;
        }
        this.specificity = ids * 10_000 + classes * 100 + types;
    }

    static FontSelector of(String text) {
        return new FontSelector(text);
    }

    boolean supported() {
        return supported;
    }

    /** (ids, classes and attributes, types) as one number that orders like the triple. */
    int specificity() {
        return specificity;
    }

    @Override
    public String toString() {
        return text;
    }

    boolean matches(XdmNode element) {
        return supported && matchesFrom(element, 0);
    }

    private boolean matchesFrom(XdmNode element, int index) {
        if (!compounds.get(index).matches(element)) {
            return false;
        }
        if (index == compounds.size() - 1) {
            return true;
        }
        char combinator = combinators.get(index);
        for (XdmNode up = parentElement(element); up != null; up = parentElement(up)) {
            if (matchesFrom(up, index + 1)) {
                return true;
            }
            if (combinator == '>') {
                return false;
            }
        }
        return false;
    }

    static XdmNode parentElement(XdmNode node) {
        XdmNode parent = node.getParent();
        return parent != null && parent.getNodeKind() == XdmNodeKind.ELEMENT ? parent : null;
    }

    private static String attribute(XdmNode element, QName name) {
        String value = element.getAttributeValue(name);
        return value == null ? "" : value;
    }

    /** Reads the selector right to left into compounds; false on anything outside the supported kinds. */
    private boolean parse(String selector) {
        List<Compound> forward = new ArrayList<>();
        List<Character> joins = new ArrayList<>();
        int i = 0;
        int n = selector.length();
        while (i < n) {
            String type = null;
            List<String> classes = new ArrayList<>();
            List<String> ids = new ArrayList<>();
            List<Attribute> attributes = new ArrayList<>();
            int start = i;
            if (selector.charAt(i) == '*') {
                i++;
            } else {
                int end = identEnd(selector, i);
                if (end > i) {
                    type = selector.substring(i, end).toLowerCase(Locale.ROOT);
                    i = end;
                }
            }
            while (i < n && ".#[".indexOf(selector.charAt(i)) >= 0) {
                char kind = selector.charAt(i);
                if (kind == '[') {
                    int close = selector.indexOf(']', i);
                    if (close < 0) {
                        return false;
                    }
                    Attribute a = attributeSelector(selector.substring(i + 1, close));
                    if (a == null) {
                        return false;
                    }
                    attributes.add(a);
                    i = close + 1;
                } else {
                    int end = identEnd(selector, i + 1);
                    if (end == i + 1) {
                        return false;
                    }
                    (kind == '.' ? classes : ids).add(selector.substring(i + 1, end));
                    i = end;
                }
            }
            if (i == start) {
                return false;
            }
            forward.add(new Compound(type, classes, ids, attributes));
            int spaces = i;
            while (i < n && Character.isWhitespace(selector.charAt(i))) {
                i++;
            }
            if (i == n) {
                break;
            }
            char c = selector.charAt(i);
            if (c == '>') {
                joins.add('>');
                i++;
                while (i < n && Character.isWhitespace(selector.charAt(i))) {
                    i++;
                }
            } else if (i > spaces) {
                joins.add(' ');
            } else {
                return false;
            }
        }
        for (int k = forward.size() - 1; k >= 0; k--) {
            compounds.add(forward.get(k));
        }
        for (int k = joins.size() - 1; k >= 0; k--) {
            combinators.add(joins.get(k));
        }
        return !compounds.isEmpty();
    }

    private static Attribute attributeSelector(String inside) {
        java.util.regex.Matcher m = java.util.regex.Pattern
                .compile("\\s*([\\w-]+)\\s*(?:([~|]?=)\\s*(?:\"([^\"]*)\"|'([^']*)'|([\\w-]+)))?\\s*").matcher(inside);
        if (!m.matches()) {
            return null;
        }
        String value = m.group(3) != null ? m.group(3) : m.group(4) != null ? m.group(4) : m.group(5);
        return new Attribute(m.group(1), m.group(2) == null ? "" : m.group(2), value);
    }

    private static int identEnd(String s, int from) {
        int i = from;
        while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '-' || s.charAt(i) == '_')) {
            i++;
        }
        return i;
    }
}
