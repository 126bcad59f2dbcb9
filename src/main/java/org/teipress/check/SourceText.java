package org.teipress.check;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmNodeKind;
import net.sf.saxon.s9api.streams.Steps;
import org.teipress.core.PublishException;
import org.teipress.xslt.Normalizer;
import org.teipress.xslt.SourcePositions;
import org.teipress.xslt.Stylesheets;
import org.teipress.validate.SecureParser;

/**
 * What the outputs of a TEI document must contain: the passages (paragraphs, headings, notes,
 * table cells and the other blocks of the element model) as a reader sees them, the link
 * targets, the section headings with their labels and the header metadata.
 *
 * <p>It is read from the normalised tree alone, the one reading of TEI that both drivers render
 * (the element rules decide there what stands where: an apparatus entry in a note, a table as
 * cells, generated labels and marks); the stylesheets' plain-text reading gives each passage's
 * text ({@link ReaderText}). Every finding names the source position that the parse gave the
 * element and that the normalising pass carried along ({@code tp:line}, {@code tp:column},
 * see {@link SourcePositions}).
 */
public final class SourceText {
    static final String TEI = "http://www.tei-c.org/ns/1.0";
    /** The element model of the normalising pass (xslt/normalize/elements/model.xsl). */
    private static final String MODEL = "urn:tei-press:normalized";
    private static final Set<String> MODEL_BLOCKS = Set.of("block", "cell", "figure", "caption");
    private static final QName XML_LANG = new QName("xml", "http://www.w3.org/XML/1998/namespace", "lang");
    private static final QName TARGET = new QName("target");
    private static final QName TYPE = new QName("type");
    private static final QName XML_ID = new QName("xml", "http://www.w3.org/XML/1998/namespace", "id");
    private static final QName LINE = new QName(SourcePositions.NAMESPACE, SourcePositions.LINE);
    private static final QName COLUMN = new QName(SourcePositions.NAMESPACE, SourcePositions.COLUMN);
    /** The children of front that the drivers set first, as its title page. */
    private static final Set<String> TITLE_PAGE = Set.of("docTitle", "titlePart", "byline", "docAuthor");
    /**
     * Block elements whose text the outputs show as one run; the outermost one is the passage. A
     * byline is one: its own words ("With illustrations by…") stand beside any docAuthor.
     */
    private static final Set<String> PASSAGES = Set.of("p", "head", "titlePart", "byline", "docAuthor", "item", "label",
            "bibl", "quote", "q");

    /**
     * One paragraph, heading, note or block: its text as shown, where it is, whether it is a
     * note, and the table it stands in (null outside tables). The cells of one table
     * are found in any order: a table is read in two dimensions, and a renderer draws a cell
     * that spans rows after the cells beside it. {@code caseless} when an output may show some
     * of its letters in another case (small capitals set as capitals in the PDF), so that it
     * compares without regard to case.
     */
    public record Passage(String kind, String text, SourcePlace place, boolean note, String table, boolean caseless) {
        public Passage(String kind, String text, SourcePlace place, boolean note) {
            this(kind, text, place, note, null, false);
        }
    }

    /**
     * A section heading with its nesting depth (1 = section, 2 = subsection…) and its text as the
     * outline and the contents show it, with the label the normalising pass gave it ("I Introduction").
     */
    public record Heading(int depth, String text, SourcePlace place) { }

    /** A {@code ptr} or {@code ref} target. */
    public record Link(String target, SourcePlace place) { }

    private final Path file;
    private final ReaderText reader;
    private final List<Passage> passages = new ArrayList<>();
    private final List<Heading> headings = new ArrayList<>();
    private final List<Link> links = new ArrayList<>();
    private final Map<Integer, SourcePlace> characters = new LinkedHashMap<>();
    private final Set<Integer> caseTransformed = new HashSet<>();
    private final Map<String, SourcePlace> ids = new LinkedHashMap<>();
    /** For each element the rules made: the source element last opened before it. */
    private final Map<XdmNode, XdmNode> positionedBefore = new HashMap<>();
    private SourcePlace headerPlace;
    private final List<String> authors = new ArrayList<>();
    private String title = "";
    private String language = "";

    private SourceText(Path file, ReaderText reader) {
        this.file = file;
        this.reader = reader;
    }

    /**
     * Reads {@code source} through the validator's secure parser and normalises it: the gate may
     * run on its own ({@code tei-press check}), and must then refuse external entities just as a
     * build does.
     */
    public static SourceText read(Stylesheets stylesheets, Normalizer normalizer, Path source)
            throws PublishException {
        XdmNode document = new SecureParser(stylesheets.processor()).parse(source);
        XdmNode normalized = normalizer.normalize(new SourcePositions(stylesheets.processor()).mark(document));
        return of(normalized, source, stylesheets);
    }

    /**
     * The text of a source a build has already normalised, from a tree whose positions were
     * marked ({@link SourcePositions}) before preparation and normalisation.
     */
    public static SourceText of(XdmNode normalized, Path source, Stylesheets stylesheets) throws PublishException {
        SourceText text = new SourceText(source, new ReaderText(stylesheets));
        text.collect(normalized);
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

    /** Whether {@code c} stands in text an output may set in capitals (small capitals): drawn as its capital, it is there. */
    public boolean mayBeCapital(int c) {
        return caseTransformed.contains(c);
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

    private void collect(XdmNode normalized) {
        XdmNode tei = child(normalized, "TEI");
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
            XdmNode last = text;
            for (XdmNode element : text.select(Steps.descendant().where(n -> n.getNodeKind() == XdmNodeKind.ELEMENT)).toList()) {
                if (positioned(element)) {
                    last = element;
                } else {
                    positionedBefore.put(element, last);
                }
            }
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
            // As the outputs' metadata names an author (fo/metadata.xsl): the person's name, not
            // the affiliation or address that may stand beside it.
            XdmNode name = child(author, "persName");
            if (name == null) {
                name = child(author, "name");
            }
            authors.add(collapse((name != null ? name : author).getStringValue()));
        }
    }

    /**
     * Finds the passages, headings and links below {@code node} of the normalised tree, in the
     * order the outputs set them: the tree the element rules lowered, read once, is what the
     * reader sees. {@code depth} counts enclosing divs.
     */
    private void walk(XdmNode node, int depth) {
        for (XdmNode child : inReadingOrder(node)) {
            if (child.getNodeKind() != XdmNodeKind.ELEMENT) {
                continue;
            }
            String name = child.getNodeName().getLocalName();
            boolean tei = TEI.equals(child.getNodeName().getNamespace());
            if (tei && name.equals("div")) {
                XdmNode head = child(child, "head");
                if (head != null) {
                    headings.add(new Heading(depth + 1, reader.heading(child), place(head)));
                }
                walk(child, depth + 1);
            } else if (tei && name.equals("note")) {
                addPassage("note", child, true, null);
            } else if (tei && PASSAGES.contains(name)) {
                addPassage(name, child, false, tableOf(child));
            } else if (isModel(child) && MODEL_BLOCKS.contains(name) && !hasBlockChildren(child)) {
                addPassage(name, child, false, tableOf(child));
            } else {
                if (tei) {
                    collectLink(child);
                }
                walk(child, depth);
            }
        }
    }

    /**
     * A paragraph, heading, note or block of the element model: its text as shown, then the
     * notes and links it holds. {@code table} names the table it stands in (else null).
     */
    private void addPassage(String kind, XdmNode element, boolean note, String table) {
        String text = reader.passage(element);
        SourcePlace place = place(element);
        passages.add(new Passage(note ? noteKind(element) : kind, text, place, note, table, recordCaseTransformed(element)));
        text.codePoints().filter(SourceText::isDrawn).forEach(c -> characters.putIfAbsent(c, place));
        collectNotesAndLinks(element);
    }

    private static boolean isModel(XdmNode element) {
        return MODEL.equals(element.getNodeName().getNamespace());
    }

    /** The table {@code element} stands in, by the table's generated id; null outside tables. */
    private static String tableOf(XdmNode element) {
        for (XdmNode up = element.getParent(); up != null && up.getNodeKind() == XdmNodeKind.ELEMENT; up = up.getParent()) {
            if (isModel(up) && up.getNodeName().getLocalName().equals("table")) {
                StringBuilder id = new StringBuilder();
                up.getUnderlyingNode().generateId(id);
                return id.toString();
            }
        }
        return null;
    }

    private static boolean isFront(XdmNode shown) {
        return TEI.equals(shown.getNodeName().getNamespace()) && shown.getNodeName().getLocalName().equals("front");
    }

    /**
     * The children of {@code shown} in the order the outputs set them: both drivers open the
     * front matter with its title page (title parts, bylines, authors) wherever it stood.
     */
    private static List<XdmNode> inReadingOrder(XdmNode shown) {
        List<XdmNode> children = new ArrayList<>();
        shown.children().forEach(children::add);
        if (!isFront(shown)) {
            return children;
        }
        List<XdmNode> titlePage = new ArrayList<>();
        List<XdmNode> rest = new ArrayList<>();
        for (XdmNode child : children) {
            boolean titled = child.getNodeKind() == XdmNodeKind.ELEMENT && TEI.equals(child.getNodeName().getNamespace())
                    && TITLE_PAGE.contains(child.getNodeName().getLocalName());
            (titled ? titlePage : rest).add(child);
        }
        titlePage.addAll(rest);
        return titlePage;
    }

    private static boolean hasBlockChildren(XdmNode shown) {
        for (XdmNode c : shown.children()) {
            if (c.getNodeKind() != XdmNodeKind.ELEMENT) {
                continue;
            }
            String name = c.getNodeName().getLocalName();
            boolean tei = TEI.equals(c.getNodeName().getNamespace());
            if ((tei && (PASSAGES.contains(name) || name.equals("div")))
                    || (isModel(c) && MODEL_BLOCKS.contains(name))) {
                return true;
            }
        }
        return false;
    }

    /** "endnote" for a note the model sets after the text, "note" for the others. */
    private static String noteKind(XdmNode shown) {
        return "end".equals(shown.getAttributeValue(new QName(MODEL, "place"))) ? "endnote" : "note";
    }

    /** Whether the passage has text an output may set in capitals; its letters are recorded as such. */
    private boolean recordCaseTransformed(XdmNode shown) {
        String transformed = reader.caseTransformed(shown);
        transformed.codePoints().forEach(caseTransformed::add);
        return !transformed.isEmpty();
    }

    /**
     * Whether a reader sees {@code c} as a glyph. Spaces are space, not glyphs; format characters
     * (soft hyphen, zero-width space, word joiner) are hints to line breaking that a renderer
     * rightly leaves undrawn, so no font needs a glyph for them.
     */
    private static boolean isDrawn(int c) {
        return !Character.isWhitespace(c) && !Character.isSpaceChar(c) && Character.getType(c) != Character.FORMAT;
    }

    /**
     * Notes inside a passage are passages of their own, read where the outputs set them (at the
     * foot of the page, after the text), not inline; links anywhere are recorded.
     */
    private void collectNotesAndLinks(XdmNode element) {
        for (XdmNode child : element.children()) {
            if (child.getNodeKind() != XdmNodeKind.ELEMENT || !TEI.equals(child.getNodeName().getNamespace())) {
                if (child.getNodeKind() == XdmNodeKind.ELEMENT) {
                    collectNotesAndLinks(child);
                }
                continue;
            }
            if (child.getNodeName().getLocalName().equals("note")) {
                addPassage("note", child, true, null);
                continue;
            }
            collectLink(child);
            collectNotesAndLinks(child);
        }
    }

    private void collectLink(XdmNode element) {
        String name = element.getNodeName().getLocalName();
        if ((name.equals("ptr") || name.equals("ref")) && element.getAttributeValue(TARGET) != null) {
            // TEI pointers are space-separated lists: each target is a link of its own.
            for (String target : element.getAttributeValue(TARGET).strip().split("\\s+")) {
                if (!target.isEmpty()) {
                    links.add(new Link(target, place(element)));
                }
            }
        }
    }

    private static List<XdmNode> teiChildren(XdmNode parent) {
        List<XdmNode> found = new ArrayList<>();
        for (XdmNode c : parent.children()) {
            if (c.getNodeKind() == XdmNodeKind.ELEMENT && TEI.equals(c.getNodeName().getNamespace())) {
                found.add(c);
            }
        }
        return found;
    }

    /**
     * Where {@code node} of the normalised tree comes from in the source: the position the
     * parse gave its element ({@code tp:line}, {@code tp:column}, see SourcePositions). An
     * element the rules made (a table cell, a verse line) has none: it is placed at the first
     * source element it holds, else at the source element nearest before it.
     */
    private SourcePlace place(XdmNode node) {
        XdmNode located = positioned(node) ? node
                : node.select(Steps.descendant().where(SourceText::positioned)).findFirst().orElse(null);
        if (located == null) {
            located = positionedBefore.get(node);
        }
        if (located == null) {
            return new SourcePlace(file, node.getLineNumber());
        }
        return new SourcePlace(file, number(located.getAttributeValue(LINE)), number(located.getAttributeValue(COLUMN)));
    }

    private static boolean positioned(XdmNode node) {
        return node.getNodeKind() == XdmNodeKind.ELEMENT && node.getAttributeValue(LINE) != null;
    }

    private static int number(String value) {
        try {
            return value == null ? 0 : Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
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

}
