package org.teipress.check;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmNodeKind;
import org.teipress.core.PublishException;
import org.teipress.xslt.Normalizer;
import org.teipress.xslt.Stylesheets;
import org.teipress.validate.SecureParser;

/**
 * What the outputs of a TEI document must contain: the passages (paragraphs, headings, notes) as
 * a reader sees them, the link targets, the section headings with their labels and the header
 * metadata. The text is read from the normalised tree, whose decisions (generated quotation
 * marks and brackets, note marks, labels, the shown reading of a {@code choice}) the stylesheets'
 * plain-text reading applies ({@link ReaderText}); the places are those of the source as parsed,
 * walked in step with it, so that every finding names the source's file and line.
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
    /** Block elements whose text the outputs show as one run; the outermost one is the passage. */
    /** The children of front that the drivers set first, as its title page. */
    private static final Set<String> TITLE_PAGE = Set.of("docTitle", "titlePart", "byline", "docAuthor");
    private static final Set<String> PASSAGES = Set.of("p", "head", "titlePart", "docAuthor", "item", "label", "bibl",
            "quote", "q");

    /** One paragraph, heading or note: its text as shown, where it is, and whether it is a note. */
    /**
     * One passage a reader must find: {@code caseless} when an output may show some of its letters
     * in another case (small capitals set as capitals in the PDF), so that it compares without
     * regard to case.
     */
    public record Passage(String kind, String text, SourcePlace place, boolean note, boolean caseless) { }

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
        return of(document, normalizer.normalize(document), source, stylesheets);
    }

    /**
     * The text of a source a build has already parsed (with line numbers), validated and
     * normalised: {@code document} gives the places, {@code normalized} (made from it) the text.
     */
    public static SourceText of(XdmNode document, XdmNode normalized, Path source, Stylesheets stylesheets)
            throws PublishException {
        SourceText text = new SourceText(source, new ReaderText(stylesheets));
        text.collect(document, normalized);
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

    private void collect(XdmNode document, XdmNode normalized) {
        XdmNode tei = child(document, "TEI");
        XdmNode shownTei = child(normalized, "TEI");
        if (tei == null || shownTei == null) {
            return;
        }
        XdmNode header = child(tei, "teiHeader");
        XdmNode text = child(tei, "text");
        XdmNode shownText = child(shownTei, "text");
        language = firstNonEmpty(tei.getAttributeValue(XML_LANG), text == null ? null : text.getAttributeValue(XML_LANG));
        headerPlace = place(header != null ? header : tei);
        if (header != null) {
            readHeader(header);
        }
        if (text != null && shownText != null) {
            walk(text, shownText, 0);
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

    /**
     * Finds passages, headings and links below {@code node}; {@code shown} is the same element in
     * the normalised tree, whose TEI children stand in the same order (the pass only adds
     * attributes and wraps text in {@code tp:} elements). {@code depth} counts enclosing divs.
     */
    private void walk(XdmNode node, XdmNode shown, int depth) {
        List<XdmNode> sourceChildren = teiChildren(node);
        List<XdmNode> shownChildren = teiChildren(shown);
        if (sourceChildren.size() != shownChildren.size() || !sameNames(sourceChildren, shownChildren)
                || hasModelChildren(shown) || isFront(shown)) {
            // The element rules lowered this part (verse, drama, tables…): the normalised tree is the
            // text the reader sees, and the nearest element both trees share gives the place.
            walkShown(shown, depth, place(node));
            return;
        }
        for (int i = 0; i < sourceChildren.size(); i++) {
            XdmNode child = sourceChildren.get(i);
            XdmNode shownChild = shownChildren.get(i);
            String name = child.getNodeName().getLocalName();
            if (name.equals("div")) {
                XdmNode head = child(child, "head");
                if (head != null) {
                    headings.add(new Heading(depth + 1, reader.heading(shownChild), place(head)));
                }
                walk(child, shownChild, depth + 1);
            } else if (name.equals("note")) {
                addPassage("note", child, shownChild, true);
            } else if (PASSAGES.contains(name)) {
                addPassage(name, child, shownChild, false);
            } else {
                walk(child, shownChild, depth);
            }
        }
    }

    /**
     * As {@link #walk}, over the normalised tree alone: its TEI passages, and the blocks of the
     * element model ({@code tp:block}, table cells…) that hold text and no further block, each a
     * passage placed at {@code place}, the source element this part was lowered from.
     */
    private void walkShown(XdmNode shown, int depth, SourcePlace place) {
        for (XdmNode child : inReadingOrder(shown)) {
            if (child.getNodeKind() != XdmNodeKind.ELEMENT) {
                continue;
            }
            String name = child.getNodeName().getLocalName();
            boolean tei = TEI.equals(child.getNodeName().getNamespace());
            if (tei && name.equals("div")) {
                XdmNode head = child(child, "head");
                if (head != null) {
                    headings.add(new Heading(depth + 1, reader.heading(child), place));
                }
                walkShown(child, depth + 1, place);
            } else if (tei && name.equals("note")) {
                addShownPassage("note", child, place, true);
            } else if (tei && PASSAGES.contains(name)) {
                addShownPassage(name, child, place, false);
            } else if (!tei && MODEL.equals(child.getNodeName().getNamespace()) && MODEL_BLOCKS.contains(name)
                    && !hasBlockChildren(child)) {
                addShownPassage(name, child, place, false);
            } else {
                walkShown(child, depth, place);
            }
        }
    }

    private void addShownPassage(String kind, XdmNode shown, SourcePlace place, boolean note) {
        String text = reader.passage(shown);
        if (text.isBlank()) {
            return;
        }
        passages.add(new Passage(note ? noteKind(shown) : kind, text, place, note, recordCaseTransformed(shown)));
        text.codePoints().filter(SourceText::isDrawn).forEach(c -> characters.putIfAbsent(c, place));
        for (XdmNode inner : shown.select(net.sf.saxon.s9api.streams.Steps.descendant()).toList()) {
            if (inner.getNodeKind() != XdmNodeKind.ELEMENT || !TEI.equals(inner.getNodeName().getNamespace())) {
                continue;
            }
            String name = inner.getNodeName().getLocalName();
            if (name.equals("note")) {
                addShownPassage("note", inner, place, true);
            }
        }
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

    private static boolean sameNames(List<XdmNode> a, List<XdmNode> b) {
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).getNodeName().equals(b.get(i).getNodeName())) {
                return false;
            }
        }
        return true;
    }

    /** Whether the element rules put blocks of their model directly in {@code shown}. */
    private static boolean hasModelChildren(XdmNode shown) {
        for (XdmNode c : shown.children()) {
            if (c.getNodeKind() == XdmNodeKind.ELEMENT && MODEL.equals(c.getNodeName().getNamespace())
                    && MODEL_BLOCKS.contains(c.getNodeName().getLocalName())) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasBlockChildren(XdmNode shown) {
        for (XdmNode c : shown.children()) {
            if (c.getNodeKind() != XdmNodeKind.ELEMENT) {
                continue;
            }
            String name = c.getNodeName().getLocalName();
            boolean tei = TEI.equals(c.getNodeName().getNamespace());
            if ((tei && (PASSAGES.contains(name) || name.equals("div")))
                    || (MODEL.equals(c.getNodeName().getNamespace()) && MODEL_BLOCKS.contains(name))) {
                return true;
            }
        }
        return false;
    }

    /** "endnote" for a note the model sets after the text, "note" for the others. */
    private static String noteKind(XdmNode shown) {
        return "end".equals(shown.getAttributeValue(new QName(MODEL, "place"))) ? "endnote" : "note";
    }

    private void addPassage(String kind, XdmNode element, XdmNode shown, boolean note) {
        String text = reader.passage(shown);
        passages.add(new Passage(note ? noteKind(shown) : kind, text, place(element), note,
                recordCaseTransformed(shown)));
        text.codePoints().filter(SourceText::isDrawn).forEach(c -> characters.putIfAbsent(c, place(element)));
        collectNotesAndLinks(element, shown);
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

    /** Notes inside a passage are passages of their own; links anywhere are recorded. */
    private void collectNotesAndLinks(XdmNode element, XdmNode shown) {
        List<XdmNode> sourceChildren = teiChildren(element);
        List<XdmNode> shownChildren = teiChildren(shown);
        for (int i = 0; i < sourceChildren.size() && i < shownChildren.size(); i++) {
            XdmNode child = sourceChildren.get(i);
            String name = child.getNodeName().getLocalName();
            if (name.equals("note")) {
                addPassage("note", child, shownChildren.get(i), true);
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
            collectNotesAndLinks(child, shownChildren.get(i));
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

}
