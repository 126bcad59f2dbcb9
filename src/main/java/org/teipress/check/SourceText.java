package org.teipress.check;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmNodeKind;
import org.teipress.pipeline.InvalidInputException;
import org.teipress.validate.SecureParser;

/**
 * What the outputs of a TEI document must contain, read from the source with line numbers: the
 * passages (paragraphs, headings, notes) as a reader sees them, the link targets, the section
 * headings and the header metadata. It applies the editorial view of the stylesheets: a
 * {@code choice} shows its {@code corr}/{@code reg}, a Chinese {@code title} gains 《》, a
 * {@code ptr} shows its target, note marks are not part of the text.
 */
public final class SourceText {
    static final String TEI = "http://www.tei-c.org/ns/1.0";
    private static final QName XML_LANG = new QName("xml", "http://www.w3.org/XML/1998/namespace", "lang");
    private static final QName TARGET = new QName("target");
    private static final QName TYPE = new QName("type");
    private static final QName XML_ID = new QName("xml", "http://www.w3.org/XML/1998/namespace", "id");
    /** Block elements whose text the outputs show as one run; the outermost one is the passage. */
    private static final Set<String> PASSAGES = Set.of("p", "head", "titlePart", "docAuthor", "item", "label", "bibl",
            "quote", "q");

    /** One paragraph, heading or note: its text as shown, where it is, and whether it is a note. */
    public record Passage(String kind, String text, SourcePlace place, boolean note) { }

    /** A section heading with its nesting depth (1 = section, 2 = subsection…). */
    public record Heading(int depth, String text, SourcePlace place) { }

    /** A {@code ptr} or {@code ref} target. */
    public record Link(String target, SourcePlace place) { }

    private final Path file;
    private final List<Passage> passages = new ArrayList<>();
    private final List<Heading> headings = new ArrayList<>();
    private final List<Link> links = new ArrayList<>();
    private final Map<Integer, SourcePlace> characters = new LinkedHashMap<>();
    private final Map<String, SourcePlace> ids = new LinkedHashMap<>();
    private SourcePlace headerPlace;
    private final List<String> authors = new ArrayList<>();
    private String title = "";
    private String language = "";

    private SourceText(Path file) {
        this.file = file;
    }

    /**
     * Reads {@code source} through the validator's secure parser: the gate may run on its own
     * ({@code tei-press check}), and must then refuse external entities just as a build does.
     */
    public static SourceText read(Processor processor, Path source) throws InvalidInputException {
        return of(new SecureParser(processor).parse(source), source);
    }

    /** The text of a source a build has already parsed (with line numbers) and validated. */
    public static SourceText of(XdmNode document, Path source) {
        SourceText text = new SourceText(source);
        text.collect(document);
        return text;
    }

    public Path file() {
        return file;
    }

    public List<Passage> passages() {
        return Collections.unmodifiableList(passages);
    }

    public List<Heading> headings() {
        return Collections.unmodifiableList(headings);
    }

    public List<Link> links() {
        return Collections.unmodifiableList(links);
    }

    /** Every character of the shown text (no white space), with the place it first occurs. */
    public Map<Integer, SourcePlace> characters() {
        return Collections.unmodifiableMap(characters);
    }

    /** Where an {@code xml:id} of the text is declared, so that an output's ids lead back to the source. */
    public SourcePlace placeOfId(String id) {
        return ids.get(id);
    }

    /** The teiHeader's title, where title, author and language of the outputs come from. */
    public SourcePlace headerPlace() {
        return headerPlace;
    }

    public String title() {
        return title;
    }

    public List<String> authors() {
        return Collections.unmodifiableList(authors);
    }

    /**
     * This text with {@code language} as its language when the source declares none (the build
     * detected it from the text and published with it).
     */
    public SourceText withMainLanguage(String language) {
        if (this.language == null || this.language.isBlank()) {
            this.language = language == null ? "" : language;
        }
        return this;
    }

    /** The document language, {@code xml:lang} of {@code TEI} (or of {@code text}). */
    public String language() {
        return language;
    }

    private void collect(XdmNode document) {
        XdmNode tei = child(document, "TEI");
        if (tei == null) {
            return;
        }
        XdmNode header = child(tei, "teiHeader");
        XdmNode text = child(tei, "text");
        language = firstNonEmpty(tei.getAttributeValue(XML_LANG), text == null ? null : text.getAttributeValue(XML_LANG));
        headerPlace = place(header != null ? header : tei);
        if (header != null) {
            readHeader(header);
        }
        if (text != null) {
            walk(text, 0);
            collectIds(text);
        }
    }

    private void collectIds(XdmNode node) {
        for (XdmNode child : node.children()) {
            if (child.getNodeKind() == XdmNodeKind.ELEMENT) {
                String id = child.getAttributeValue(XML_ID);
                if (id != null) {
                    ids.putIfAbsent(id, place(child));
                }
                collectIds(child);
            }
        }
    }

    private void readHeader(XdmNode header) {
        XdmNode titleStmt = child(child(header, "fileDesc"), "titleStmt");
        if (titleStmt == null) {
            return;
        }
        List<XdmNode> titles = children(titleStmt, "title");
        XdmNode mainTitle = titles.stream().filter(t -> "main".equals(t.getAttributeValue(TYPE))).findFirst()
                .orElse(titles.isEmpty() ? null : titles.get(0));
        title = mainTitle == null ? "" : collapse(mainTitle.getStringValue());
        if (mainTitle != null) {
            headerPlace = place(mainTitle);
        }
        for (XdmNode author : children(titleStmt, "author")) {
            XdmNode name = child(author, "persName");
            authors.add(collapse((name != null ? name : author).getStringValue()));
        }
    }

    /** Finds passages, headings and links below {@code node}; {@code depth} counts enclosing divs. */
    private void walk(XdmNode node, int depth) {
        for (XdmNode child : node.children()) {
            if (child.getNodeKind() != XdmNodeKind.ELEMENT || !TEI.equals(child.getNodeName().getNamespace())) {
                continue;
            }
            String name = child.getNodeName().getLocalName();
            if (name.equals("div")) {
                XdmNode head = child(child, "head");
                if (head != null) {
                    headings.add(new Heading(depth + 1, shown(head), place(head)));
                }
                walk(child, depth + 1);
            } else if (name.equals("note")) {
                addPassage("note", child, true);
            } else if (PASSAGES.contains(name)) {
                addPassage(name, child, false);
            } else {
                walk(child, depth);
            }
        }
    }

    private void addPassage(String kind, XdmNode element, boolean note) {
        String text = shown(element);
        passages.add(new Passage(kind, text, place(element), note));
        text.codePoints().filter(SourceText::isDrawn).forEach(c -> characters.putIfAbsent(c, place(element)));
        collectNotesAndLinks(element);
    }

    /**
     * Whether a reader sees {@code c} as a glyph. Spaces are space, not glyphs; format characters
     * (soft hyphen, zero-width space, word joiner) are hints to line breaking that a renderer
     * rightly leaves undrawn, so no font needs a glyph for them.
     */
    private static boolean isDrawn(int c) {
        return !Character.isWhitespace(c) && !Character.isSpaceChar(c) && Character.getType(c) != Character.FORMAT;
    }

    /** Notes inside a passage are passages of their own; links anywhere are recorded. */
    private void collectNotesAndLinks(XdmNode element) {
        for (XdmNode child : element.children()) {
            if (child.getNodeKind() != XdmNodeKind.ELEMENT) {
                continue;
            }
            String name = child.getNodeName().getLocalName();
            if (name.equals("note")) {
                addPassage("note", child, true);
                continue;
            }
            if ((name.equals("ptr") || name.equals("ref")) && child.getAttributeValue(TARGET) != null) {
                // TEI pointers are space-separated lists: each target is a link of its own.
                for (String target : child.getAttributeValue(TARGET).strip().split("\\s+")) {
                    if (!target.isEmpty()) {
                        links.add(new Link(target, place(child)));
                    }
                }
            }
            collectNotesAndLinks(child);
        }
    }

    /** The text of {@code element} as the stylesheets show it, without the notes it contains. */
    private String shown(XdmNode element) {
        StringBuilder out = new StringBuilder();
        render(element, out, true);
        return collapse(out.toString());
    }

    private void render(XdmNode node, StringBuilder out, boolean isRoot) {
        if (node.getNodeKind() == XdmNodeKind.TEXT) {
            out.append(node.getStringValue());
            return;
        }
        if (node.getNodeKind() != XdmNodeKind.ELEMENT) {
            return;
        }
        String name = node.getNodeName().getLocalName();
        switch (name) {
            case "note" -> {
                if (!isRoot) {
                    return;
                }
            }
            case "ptr" -> {
                out.append(node.getAttributeValue(TARGET) == null ? "" : node.getAttributeValue(TARGET).trim());
                return;
            }
            case "choice" -> {
                XdmNode shownChild = firstNonNull(child(node, "corr"), child(node, "reg"));
                if (shownChild != null) {
                    render(shownChild, out, false);
                    return;
                }
            }
            case "gi" -> {
                out.append('<');
                renderChildren(node, out);
                out.append('>');
                return;
            }
            case "q", "mentioned", "quote" -> {
                if (!name.equals("quote") || child(node, "p") == null) {
                    String[] marks = quotationMarks(languageOf(node.getParent()));
                    out.append(marks[0]);
                    renderChildren(node, out);
                    out.append(marks[1]);
                    return;
                }
            }
            case "title" -> {
                if (inCjkContext(node)) {
                    out.append('《');
                    renderChildren(node, out);
                    out.append('》');
                    return;
                }
            }
            default -> { }
        }
        renderChildren(node, out);
    }

    private void renderChildren(XdmNode node, StringBuilder out) {
        for (XdmNode child : node.children()) {
            render(child, out, false);
        }
    }

    /** The marks the stylesheets put around q, mentioned and an inline quote, by the language they stand in. */
    private static String[] quotationMarks(String language) {
        if (language.startsWith("ru")) {
            return new String[] {"«", "»"};
        }
        if (language.startsWith("de")) {
            return new String[] {"„", "“"};
        }
        return new String[] {"“", "”"};
    }

    private static String languageOf(XdmNode node) {
        for (XdmNode n = node; n != null; n = n.getParent()) {
            String lang = n.getNodeKind() == XdmNodeKind.ELEMENT ? n.getAttributeValue(XML_LANG) : null;
            if (lang != null) {
                return lang.toLowerCase(java.util.Locale.ROOT);
            }
        }
        return "";
    }

    private static boolean inCjkContext(XdmNode node) {
        for (XdmNode n = node; n != null; n = n.getParent()) {
            String lang = n.getNodeKind() == XdmNodeKind.ELEMENT ? n.getAttributeValue(XML_LANG) : null;
            if (lang != null) {
                return lang.matches("(?i)^(zh|ja|ko)(-.*)?$");
            }
        }
        return false;
    }

    private SourcePlace place(XdmNode node) {
        return new SourcePlace(file, node.getLineNumber());
    }

    private static XdmNode child(XdmNode parent, String localName) {
        if (parent == null) {
            return null;
        }
        List<XdmNode> found = children(parent, localName);
        return found.isEmpty() ? null : found.get(0);
    }

    private static List<XdmNode> children(XdmNode parent, String localName) {
        List<XdmNode> found = new ArrayList<>();
        for (XdmNode c : parent.children()) {
            if (c.getNodeKind() == XdmNodeKind.ELEMENT && TEI.equals(c.getNodeName().getNamespace())
                    && c.getNodeName().getLocalName().equals(localName)) {
                found.add(c);
            }
        }
        return found;
    }

    private static String collapse(String s) {
        return s.replaceAll("\\s+", " ").trim();
    }

    private static String firstNonEmpty(String a, String b) {
        return a != null && !a.isBlank() ? a.trim() : b == null ? "" : b.trim();
    }

    private static XdmNode firstNonNull(XdmNode a, XdmNode b) {
        return a != null ? a : b;
    }
}
