package org.teipress.check;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmNodeKind;

/**
 * The rules axe-core (which Ace by DAISY runs in a browser) applies to each content document,
 * for what tei-press writes, under axe's rule names: the document and every passage has a valid
 * language ({@code html-has-lang}, {@code html-lang-valid}, {@code valid-lang},
 * {@code html-xml-lang-mismatch}); images have a text alternative ({@code image-alt}); links have
 * a name ({@code link-name}); headings have text and do not skip levels ({@code empty-heading},
 * {@code heading-order}); ids are unique ({@code duplicate-id}); an epub:type has its ARIA role
 * ({@code epub-type-has-matching-role}); text contrasts with its background
 * ({@code color-contrast}). Links in running text are {@link LinkDistinction}'s.
 */
final class DocumentAccessibility {
    private static final String OPS = "http://www.idpf.org/2007/ops";
    private static final QName ID = new QName("id");
    private static final QName LANG = new QName("lang");
    private static final QName XML_LANG = new QName("xml", "http://www.w3.org/XML/1998/namespace", "lang");
    private static final QName ALT = new QName("alt");
    private static final QName ROLE = new QName("role");
    private static final QName HREF = new QName("href");
    private static final QName TITLE = new QName("title");
    private static final QName ARIA_LABEL = new QName("aria-label");
    private static final QName ARIA_LABELLEDBY = new QName("aria-labelledby");
    private static final QName ARIA_LEVEL = new QName("aria-level");
    private static final QName EPUB_TYPE = new QName("epub", OPS, "type");
    private static final Set<String> TWO_LETTER = Set.of(Locale.getISOLanguages());
    /** ISO 639-2 codes of languages that have a two-letter code, which BCP 47 then requires. */
    private static final Set<String> HAS_TWO_LETTER = java.util.stream.Stream.concat(
            TWO_LETTER.stream().map(code -> new Locale(code).getISO3Language()),
            java.util.stream.Stream.of("fre", "ger", "chi", "dut", "gre", "cze", "per", "arm", "baq", "bur",
                    "geo", "ice", "mac", "mao", "may", "rum", "slo", "tib", "wel", "alb"))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
    /** epub:type → the DPUB-ARIA or ARIA role that must go with it (axe-core's mapping). */
    private static final Map<String, String> ROLES = Map.ofEntries(Map.entry("abstract", "doc-abstract"),
            Map.entry("acknowledgments", "doc-acknowledgments"), Map.entry("afterword", "doc-afterword"),
            Map.entry("appendix", "doc-appendix"), Map.entry("bibliography", "doc-bibliography"),
            Map.entry("biblioref", "doc-biblioref"), Map.entry("chapter", "doc-chapter"),
            Map.entry("colophon", "doc-colophon"), Map.entry("conclusion", "doc-conclusion"),
            Map.entry("credit", "doc-credit"), Map.entry("credits", "doc-credits"),
            Map.entry("dedication", "doc-dedication"), Map.entry("endnotes", "doc-endnotes"),
            Map.entry("epigraph", "doc-epigraph"), Map.entry("epilogue", "doc-epilogue"),
            Map.entry("errata", "doc-errata"), Map.entry("figure", "figure"), Map.entry("footnote", "doc-footnote"),
            Map.entry("foreword", "doc-foreword"), Map.entry("glossary", "doc-glossary"),
            Map.entry("glossdef", "definition"), Map.entry("glossref", "doc-glossref"),
            Map.entry("glossterm", "term"), Map.entry("help", "doc-tip"), Map.entry("index", "doc-index"),
            Map.entry("introduction", "doc-introduction"), Map.entry("list", "list"),
            Map.entry("list-item", "listitem"), Map.entry("noteref", "doc-noteref"),
            Map.entry("notice", "doc-notice"), Map.entry("page-list", "doc-pagelist"),
            Map.entry("pagebreak", "doc-pagebreak"), Map.entry("part", "doc-part"),
            Map.entry("preface", "doc-preface"), Map.entry("prologue", "doc-prologue"),
            Map.entry("pullquote", "doc-pullquote"), Map.entry("qna", "doc-qna"),
            Map.entry("referrer", "doc-backlink"), Map.entry("subtitle", "doc-subtitle"),
            Map.entry("table", "table"), Map.entry("table-cell", "cell"), Map.entry("table-row", "row"),
            Map.entry("tip", "doc-tip"), Map.entry("toc", "doc-toc"));
    /** The roles HTML elements have without a role attribute, for the epub:types that map to them. */
    private static final Map<String, String> IMPLICIT = Map.of("figure", "figure", "table", "table", "ol", "list",
            "ul", "list", "li", "listitem", "td", "cell", "tr", "row", "dfn", "term", "dd", "definition");

    private final EpubUnderTest.ContentDocument document;
    private final ComputedStyle style;
    private final CheckResult result;
    private int previousLevel;

    DocumentAccessibility(EpubUnderTest.ContentDocument document, ComputedStyle style, CheckResult result) {
        this.document = document;
        this.style = style;
        this.result = result;
    }

    void check() {
        XdmNode html = EpubUnderTest.elements(document.root(), EpubUnderTest.XHTML, "html").stream().findFirst()
                .orElse(null);
        if (html == null) {
            return;
        }
        checkDocumentLanguage(html);
        Map<String, XdmNode> ids = new HashMap<>();
        walk(html, ids);
    }

    private void fail(String rule, XdmNode element, String why) {
        result.error(rule + ": " + document.path() + ":" + element.getLineNumber() + " " + describe(element) + " "
                + why, null);
    }

    private void checkDocumentLanguage(XdmNode html) {
        String lang = html.getAttributeValue(LANG);
        String xmlLang = html.getAttributeValue(XML_LANG);
        if ((lang == null || lang.isBlank()) && (xmlLang == null || xmlLang.isBlank())) {
            fail("html-has-lang", html, "has no lang attribute: a screen reader would read the text in the"
                    + " voice of the reader's own language.");
            return;
        }
        if (lang != null && !valid(lang)) {
            fail("html-lang-valid", html, "has lang=\"" + lang + "\", which is not a BCP 47 language tag of a known"
                    + " language (two-letter ISO 639-1 codes are written in two letters).");
        }
        if (lang != null && xmlLang != null && !primary(lang).equals(primary(xmlLang))) {
            fail("html-xml-lang-mismatch", html, "has lang=\"" + lang + "\" and xml:lang=\"" + xmlLang + "\" for"
                    + " different languages.");
        }
    }

    /** Well-formed, with a primary subtag that is ISO 639-1, or ISO 639-2/3 only where 639-1 has none. */
    static boolean valid(String tag) {
        String primary = primary(tag);
        if (!tag.strip().matches("(?i)[a-z]{2,3}(-[a-z0-9]{1,8})*")) {
            return false;
        }
        return primary.length() == 2 ? TWO_LETTER.contains(primary) : !HAS_TWO_LETTER.contains(primary);
    }

    private static String primary(String tag) {
        return tag.strip().split("-")[0].toLowerCase(Locale.ROOT);
    }

    private void walk(XdmNode node, Map<String, XdmNode> ids) {
        for (XdmNode child : node.children()) {
            if (child.getNodeKind() != XdmNodeKind.ELEMENT) {
                continue;
            }
            checkElement(child, ids);
            walk(child, ids);
        }
    }

    private void checkElement(XdmNode element, Map<String, XdmNode> ids) {
        String id = element.getAttributeValue(ID);
        if (id != null) {
            XdmNode first = ids.putIfAbsent(id, element);
            if (first != null) {
                fail("duplicate-id", element, "has the id \"" + id + "\" that line " + first.getLineNumber()
                        + " already gave another element: links and labels would reach only the first.");
            }
        }
        String lang = element.getAttributeValue(LANG);
        if (lang != null && !lang.isEmpty() && !valid(lang)) {
            fail("valid-lang", element, "has lang=\"" + lang + "\", which is not a BCP 47 language tag of a known"
                    + " language (two-letter ISO 639-1 codes are written in two letters).");
        }
        if (!EpubUnderTest.XHTML.equals(element.getNodeName().getNamespace())) {
            return;
        }
        String name = element.getNodeName().getLocalName();
        if (name.equals("img")) {
            checkImage(element);
        } else if (name.equals("a") && element.getAttributeValue(HREF) != null) {
            checkLinkName(element);
        }
        int level = headingLevel(element);
        if (level > 0 && !style.hidden(element)) {
            checkHeading(element, level);
        }
        checkRole(element);
        checkContrast(element);
    }

    private void checkImage(XdmNode img) {
        String role = img.getAttributeValue(ROLE);
        if (img.getAttributeValue(ALT) == null && !labelled(img) && !"presentation".equals(role) && !"none".equals(role)) {
            fail("image-alt", img, "has no alt attribute: a reader who cannot see it is told nothing of it (alt=\"\""
                    + " marks an image that only decorates).");
        }
    }

    private void checkLinkName(XdmNode a) {
        if (accessibleText(a).isEmpty() && !labelled(a) && blank(a.getAttributeValue(TITLE))) {
            fail("link-name", a, "has no text, label or title: a screen reader announces it as a bare link.");
        }
    }

    private void checkHeading(XdmNode heading, int level) {
        if (accessibleText(heading).isEmpty() && !labelled(heading) && blank(heading.getAttributeValue(TITLE))) {
            fail("empty-heading", heading, "has no text: a screen reader lists an empty heading.");
        }
        if (previousLevel > 0 && level > previousLevel + 1) {
            fail("heading-order", heading, "is a level-" + level + " heading after a level-" + previousLevel
                    + " heading: the outline skips a level.");
        }
        previousLevel = level;
    }

    private static int headingLevel(XdmNode element) {
        String name = element.getNodeName().getLocalName();
        if (name.matches("h[1-6]")) {
            return name.charAt(1) - '0';
        }
        if ("heading".equals(element.getAttributeValue(ROLE))) {
            String level = element.getAttributeValue(ARIA_LEVEL);
            return level != null && level.matches("[1-9]") ? Integer.parseInt(level) : 2;
        }
        return 0;
    }

    private void checkRole(XdmNode element) {
        String types = element.getAttributeValue(EPUB_TYPE);
        if (types == null || insideLandmarks(element)) {
            return;
        }
        for (String type : types.strip().split("\\s+")) {
            String wanted = ROLES.get(type);
            if (wanted == null) {
                continue;
            }
            String explicit = element.getAttributeValue(ROLE);
            String role = explicit != null && !explicit.isBlank() ? explicit.strip().split("\\s+")[0]
                    : IMPLICIT.get(element.getNodeName().getLocalName());
            if (!wanted.equals(role)) {
                fail("epub-type-has-matching-role", element, "has epub:type=\"" + type + "\" but not role=\""
                        + wanted + "\": assistive technology reads ARIA roles, not epub:type.");
            }
            return;
        }
    }

    private static boolean insideLandmarks(XdmNode element) {
        for (XdmNode e = FontSelector.parentElement(element); e != null; e = FontSelector.parentElement(e)) {
            if (e.getNodeName().getLocalName().equals("nav")
                    && PackageAccessibility.hasToken(e.getAttributeValue(EPUB_TYPE), "landmarks")) {
                return true;
            }
        }
        return false;
    }

    /** WCAG 1.4.3: 4.5:1 for text, 3:1 for large text (24 px, or 18.66 px bold). */
    private void checkContrast(XdmNode element) {
        boolean hasText = false;
        for (XdmNode child : element.children()) {
            if (child.getNodeKind() == XdmNodeKind.TEXT && !child.getStringValue().isBlank()) {
                hasText = true;
                break;
            }
        }
        if (!hasText || style.hidden(element)) {
            return;
        }
        CssColor color = style.color(element);
        CssColor background = style.background(element);
        double size = style.fontSize(element);
        boolean large = size >= 24 || (size >= 18.66 && style.font(element).weight() >= 700);
        double needed = large ? 3 : 4.5;
        double contrast = color.contrast(background);
        if (contrast < needed) {
            fail("color-contrast", element, "sets its text in " + color + " on " + background + ": contrast "
                    + contrast + ":1, below the " + needed + ":1 WCAG 2 AA asks of " + (large ? "large " : "")
                    + "text.");
        }
    }

    private static boolean labelled(XdmNode element) {
        return !blank(element.getAttributeValue(ARIA_LABEL)) || !blank(element.getAttributeValue(ARIA_LABELLEDBY));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** The element's text and the alt text of its images, as a screen reader would read it. */
    static String accessibleText(XdmNode element) {
        StringBuilder text = new StringBuilder();
        collectText(element, text);
        return text.toString().strip();
    }

    private static void collectText(XdmNode node, StringBuilder text) {
        for (XdmNode child : node.children()) {
            if (child.getNodeKind() == XdmNodeKind.TEXT) {
                text.append(child.getStringValue());
            } else if (child.getNodeKind() == XdmNodeKind.ELEMENT) {
                if (child.getNodeName().getLocalName().equals("img") && child.getAttributeValue(ALT) != null) {
                    text.append(child.getAttributeValue(ALT));
                } else {
                    collectText(child, text);
                }
            }
        }
    }

    /** {@code <a class="noteref" href="#fn13">①</a>}: the element as a reader of the finding finds it. */
    static String describe(XdmNode element) {
        StringBuilder tag = new StringBuilder("<").append(element.getNodeName().getLocalName());
        for (String attribute : List.of("id", "class", "href", "lang", "src")) {
            String value = element.getAttributeValue(new QName(attribute));
            if (value != null) {
                tag.append(' ').append(attribute).append("=\"").append(value).append('"');
            }
        }
        tag.append('>');
        String text = element.getStringValue().strip().replaceAll("\\s+", " ");
        if (!text.isEmpty()) {
            tag.append(text.length() > 30 ? text.substring(0, 30) + "…" : text);
        }
        return tag.toString();
    }
}
