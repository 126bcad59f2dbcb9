package org.teipress.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.sf.saxon.s9api.BuildingContentHandler;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SAXDestination;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmNodeKind;
import net.sf.saxon.s9api.streams.Steps;
import org.apache.fop.fonts.FontInfo;
import org.apache.fop.fonts.FontTriplet;
import org.apache.fop.fonts.Typeface;
import org.apache.fop.text.linebreak.LineBreakUtils;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * Gives a finished layout other footnote numbers without laying it out again, when that cannot
 * move anything: every old and new number is one character with the same line-breaking class
 * and the same advance width in the font FOP set it in, so the lines, and so the pages, come out
 * the same. Per-page numbers (①②③ restarting on every page) are read from a first layout and
 * written into it this way, instead of laying the document out a second time.
 *
 * <p>A number stands in FOP's intermediate format wherever a link to its note shows it: the mark
 * in the text (a link to the note), the note's own number (a link back to the mark), and "see
 * page 4, note ②" in the list of works cited; each such link ends its text with the number, and
 * its alternative text in the structure tree too. Anything else, such as a number of two digits
 * or one set in another family than the first of the marks' family list, is left to FOP.
 */
final class FootnoteRenumbering {
    private static final String IF = "http://xmlgraphics.apache.org/fop/intermediate";
    private static final String NAV = "http://xmlgraphics.apache.org/fop/intermediate/document-navigation";
    private static final String FOI = "http://xmlgraphics.apache.org/fop/internal";
    private static final String FOX = "http://xmlgraphics.apache.org/fop/extensions";
    private static final QName STRUCT_ID = new QName(FOI, "struct-id");
    private static final QName STRUCT_REF = new QName(FOI, "struct-ref");
    private static final QName ALT_TEXT = new QName(FOX, "alt-text");

    /** Struct-ref of a {@code <text>} → its new content; struct-id of a link → its new alternative text. */
    private final Map<String, String> texts;
    private final Map<String, String> altTexts;

    private FootnoteRenumbering(Map<String, String> texts, Map<String, String> altTexts) {
        this.texts = Map.copyOf(texts);
        this.altTexts = Map.copyOf(altTexts);
    }

    /** A note's mark as laid out and as it must show. */
    record Change(String old, String now) {
    }

    /**
     * How to make {@code intermediate}, laid out with {@code fonts}, show the marks of
     * {@code changes} (note id → its mark as laid out and as it must show); empty when that could
     * move a line, or a mark or number was not found where expected. {@code markFamilies}: the
     * family list the marks and numbers are set in, first family first.
     */
    static Optional<FootnoteRenumbering> plan(XdmNode intermediate, FontInfo fonts, List<String> markFamilies,
            Map<String, Change> changes) {
        // The structure tree: the link each piece of marked content belongs to, and its alternative text.
        Map<String, String> linkOfContent = new HashMap<>();
        Map<String, String> altOfLink = new HashMap<>();
        for (XdmNode content : elements(intermediate, IF, "marked-content")) {
            XdmNode link = content.getParent();
            String id = content.getAttributeValue(STRUCT_ID);
            String linkId = link == null ? null : link.getAttributeValue(STRUCT_ID);
            if (id != null && linkId != null && "basic-link".equals(link.getNodeName().getLocalName())) {
                linkOfContent.put(id, linkId);
                String alt = link.getAttributeValue(ALT_TEXT);
                if (alt != null) {
                    altOfLink.put(linkId, alt);
                }
            }
        }
        // The pages' links: the note each one leads to, or back from (its mark's id).
        String markPrefix = FootnotePages.markId("");
        Map<String, String> noteOfLink = new HashMap<>();
        for (XdmNode link : elements(intermediate, NAV, "link")) {
            String linkId = link.getAttributeValue(STRUCT_REF);
            for (XdmNode target : elements(link, NAV, "goto-xy")) {
                String id = target.attribute("id");
                String note = id != null && id.startsWith(markPrefix) ? id.substring(markPrefix.length()) : id;
                if (linkId != null && changes.containsKey(note)) {
                    noteOfLink.put(linkId, note);
                }
            }
        }
        Map<String, String> texts = new HashMap<>();
        Map<String, Integer> textsPerRef = new HashMap<>();
        Map<String, Integer> changedPerLink = new HashMap<>();
        for (XdmNode content : elements(intermediate, IF, "content")) {
            // FOP's serialiser starts every page's content with a fresh font state.
            FontState font = new FontState();
            for (XdmNode node : elements(content, IF, null)) {
                String name = node.getNodeName().getLocalName();
                String ref = node.getAttributeValue(STRUCT_REF);
                if ("font".equals(name)) {
                    font.update(node);
                } else if ("text".equals(name) && ref != null) {
                    textsPerRef.merge(ref, 1, Integer::sum);
                    String link = linkOfContent.get(ref);
                    String note = link == null ? null : noteOfLink.get(link);
                    Change change = note == null ? null : changes.get(note);
                    String shown = node.getStringValue();
                    if (change == null || !shown.endsWith(change.old())) {
                        continue;
                    }
                    if (!interchangeable(change.old(), change.now(), font, fonts, markFamilies)) {
                        return Optional.empty();
                    }
                    texts.put(ref, shown.substring(0, shown.length() - change.old().length()) + change.now());
                    changedPerLink.merge(link, 1, Integer::sum);
                }
            }
        }
        Map<String, String> altTexts = new HashMap<>();
        Map<String, Integer> linksPerNote = new HashMap<>();
        for (String link : changedPerLink.keySet()) {
            String note = noteOfLink.get(link);
            Change change = changes.get(note);
            String alt = altOfLink.get(link);
            if (alt != null && alt.endsWith(change.old())) {
                altTexts.put(link, alt.substring(0, alt.length() - change.old().length()) + change.now());
            }
            linksPerNote.merge(note, 1, Integer::sum);
        }
        // Each link shows its note's number once, each note has at least its mark and its number,
        // and no other text shares the marked content of one that changes.
        boolean complete = changedPerLink.values().stream().allMatch(n -> n == 1)
                && changes.keySet().stream().allMatch(note -> linksPerNote.getOrDefault(note, 0) >= 2)
                && texts.keySet().stream().allMatch(ref -> textsPerRef.get(ref) == 1);
        return complete ? Optional.of(new FootnoteRenumbering(texts, altTexts)) : Optional.empty();
    }

    /**
     * Whether {@code now} can stand where {@code old} was laid out in {@code font} without moving
     * anything: one character each, the same line-breaking class, and both in the font, with the
     * same width. The font must be the first of {@code families}, so that FOP would choose it for
     * the new character too.
     */
    private static boolean interchangeable(String old, String now, FontState font, FontInfo fonts,
            List<String> families) {
        if (old.length() != 1 || now.length() != 1 || font.family == null || families.isEmpty()
                || !families.get(0).equals(font.family) || font.size <= 0) {
            return false;
        }
        char was = old.charAt(0);
        char is = now.charAt(0);
        if (LineBreakUtils.getLineBreakProperty(was) != LineBreakUtils.getLineBreakProperty(is)) {
            return false;
        }
        String key = fonts.getInternalFontKey(new FontTriplet(font.family, font.style, font.weight));
        Typeface face = key == null ? null : fonts.getFonts().get(key);
        if (face == null || !face.hasChar(was) || !face.hasChar(is)) {
            return false;
        }
        return face.getWidth(face.mapChar(was), font.size) == face.getWidth(face.mapChar(is), font.size);
    }

    /** {@code intermediate} with the new numbers, as a new tree. */
    XdmNode applyTo(XdmNode intermediate, Processor processor) throws SaxonApiException {
        BuildingContentHandler renumbered = processor.newDocumentBuilder().newBuildingContentHandler();
        Rewriter rewriter = new Rewriter();
        rewriter.setContentHandler(renumbered);
        processor.writeXdmValue(intermediate, new SAXDestination(rewriter));
        return renumbered.getDocumentNode();
    }

    /** The elements below {@code node} in {@code namespace} named {@code localName} (any, if null), in document order. */
    private static List<XdmNode> elements(XdmNode node, String namespace, String localName) {
        List<XdmNode> found = new ArrayList<>();
        node.select(Steps.descendant()).forEach(each -> {
            if (each.getNodeKind() == XdmNodeKind.ELEMENT && namespace.equals(each.getNodeName().getNamespace())
                    && (localName == null || localName.equals(each.getNodeName().getLocalName()))) {
                found.add(each);
            }
        });
        return found;
    }

    /** The font attributes of FOP's intermediate format: set anew on every page, then changed one by one. */
    private static final class FontState {
        String family;
        String style = "normal";
        int weight = 400;
        int size;

        void update(XdmNode font) {
            String familyValue = font.attribute("family");
            String styleValue = font.attribute("style");
            String weightValue = font.attribute("weight");
            String sizeValue = font.attribute("size");
            family = familyValue == null ? family : familyValue;
            style = styleValue == null ? style : styleValue;
            weight = weightValue == null ? weight : Integer.parseInt(weightValue);
            size = sizeValue == null ? size : Integer.parseInt(sizeValue);
        }
    }

    /** Replaces the planned texts and alternative texts while the layout is copied. */
    private final class Rewriter extends XMLFilterImpl {
        private String replacement;

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
            String structId = atts.getValue(FOI, "struct-id");
            String alt = structId == null ? null : altTexts.get(structId);
            Attributes written = atts;
            if (alt != null) {
                AttributesImpl changed = new AttributesImpl(atts);
                changed.setValue(changed.getIndex(FOX, "alt-text"), alt);
                written = changed;
            }
            String structRef = atts.getValue(FOI, "struct-ref");
            if (IF.equals(uri) && "text".equals(localName) && structRef != null) {
                replacement = texts.get(structRef);
            }
            super.startElement(uri, localName, qName, written);
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            if (replacement == null) {
                super.characters(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            if (replacement != null && IF.equals(uri) && "text".equals(localName)) {
                super.characters(replacement.toCharArray(), 0, replacement.length());
                replacement = null;
            }
            super.endElement(uri, localName, qName);
        }
    }
}
