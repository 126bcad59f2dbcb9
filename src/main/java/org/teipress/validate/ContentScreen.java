package org.teipress.validate;

import java.net.URI;
import java.net.URISyntaxException;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.AttributesImpl;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * Screens the parsed content before anything else sees it, so that what would only fail deep in a
 * stylesheet, in FOP or at the gate is refused here with its line and column, and what is merely
 * written in another form is published. Refused: control characters (C0 in XML 1.1, C1, DEL), which
 * mean nothing in a text; bidirectional embeddings, overrides and isolates, which the PDF cannot
 * show as the source orders them; a note inside a note; nesting deeper than {@link #MAX_DEPTH};
 * link targets that are not URI references. The joiners (U+200C, U+200D) and the directional
 * marks (U+200E, U+200F) are published: they need no glyph and steer only shaping and the
 * placing of neutral characters. Published in Unicode Normalization Form C: a decomposed
 * "é" (e + U+0301) is set, searched and checked exactly as the precomposed one.
 */
final class ContentScreen extends XMLFilterImpl {
    /** Far deeper than any hand-written TEI (a body paragraph in a nested div is about 12 deep). */
    static final int MAX_DEPTH = 100;
    private static final String TEI = "http://www.tei-c.org/ns/1.0";
    /** Attributes whose every whitespace-separated token is a link target: a URI reference. */
    private static final Set<String> POINTER_ATTRIBUTES = Set.of("target", "url", "ref", "corresp", "facs");

    private final StringBuilder text = new StringBuilder();
    private Locator locator;
    private int depth;
    /** Where the open TEI notes start, outermost first: a note inside a note has nowhere to stand. */
    private final java.util.Deque<String> openNotes = new java.util.ArrayDeque<>();
    /** Where the buffered text ends: the parser's position at the last character chunk. */
    private int textEndLine;
    private int textEndColumn;

    @Override
    public void setDocumentLocator(Locator locator) {
        this.locator = locator;
        super.setDocumentLocator(locator);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
        flushText();
        depth++;
        if (depth > MAX_DEPTH) {
            throw refusal("The element <" + qName + "> is nested " + depth + " elements deep; tei-press publishes"
                    + " documents nested at most " + MAX_DEPTH + " deep. Expected markup a reader can follow:"
                    + " flatten the nesting (one <hi> with several rend values instead of many nested <hi>).",
                    line(), column());
        }
        if (TEI.equals(uri) && "note".equals(localName)) {
            if (!openNotes.isEmpty()) {
                throw refusal("A <note> inside the <note> of line " + openNotes.peekLast() + ": a note"
                        + " stands at the foot of its page or at the end of the book, and a note of a note has no"
                        + " place there. Expected the inner note's text in the outer note (in parentheses, say),"
                        + " or a note of its own whose mark follows the outer note's.", line(), column());
            }
            openNotes.addLast(Integer.toString(line()));
        }
        AttributesImpl screened = new AttributesImpl(attributes);
        for (int i = 0; i < attributes.getLength(); i++) {
            String value = attributes.getValue(i);
            screenCharacters(value, "the attribute " + attributes.getQName(i) + " of <" + qName + ">", line(), column(),
                    false);
            if (POINTER_ATTRIBUTES.contains(attributes.getLocalName(i)) && attributes.getURI(i).isEmpty()) {
                screenTargets(qName, attributes.getQName(i), value);
            }
            screened.setValue(i, nfc(value));
        }
        super.startElement(uri, localName, qName, screened);
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        flushText();
        depth--;
        if (TEI.equals(uri) && "note".equals(localName)) {
            openNotes.pollLast();
        }
        super.endElement(uri, localName, qName);
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        text.append(ch, start, length);
        textEndLine = line();
        textEndColumn = column();
    }

    @Override
    public void processingInstruction(String target, String data) throws SAXException {
        flushText();
        super.processingInstruction(target, data);
    }

    @Override
    public void endDocument() throws SAXException {
        flushText();
        super.endDocument();
    }

    /**
     * Hands the text gathered since the last markup on in one piece: a combining accent may arrive in
     * a later chunk than its letter, and NFC needs both.
     */
    private void flushText() throws SAXException {
        if (text.length() == 0) {
            return;
        }
        String chunk = text.toString();
        text.setLength(0);
        screenCharacters(chunk, "the text", textEndLine, textEndColumn, true);
        String normalized = nfc(chunk);
        super.characters(normalized.toCharArray(), 0, normalized.length());
    }

    private static String nfc(String value) {
        return Normalizer.isNormalized(value, Normalizer.Form.NFC) ? value : Normalizer.normalize(value, Normalizer.Form.NFC);
    }

    /**
     * Refuses the first unpublishable character of {@code value}. For text, the parser's position
     * is that of the end of the chunk, so the character's own line and column are counted back
     * from there.
     */
    private void screenCharacters(String value, String where, int endLine, int endColumn, boolean countBack)
            throws SAXException {
        for (int i = 0; i < value.length(); ) {
            int c = value.codePointAt(i);
            String problem = problemWith(c);
            if (problem != null) {
                int line = endLine;
                int column = endColumn;
                if (countBack) {
                    int newlinesAfter = (int) value.substring(i + 1).chars().filter(ch -> ch == '\n').count();
                    line = endLine - newlinesAfter;
                    int lineStart = value.lastIndexOf('\n', i) + 1;
                    // The parser reports its position after the "</" or "<x" that ended the text: two characters on.
                    column = newlinesAfter > 0 ? i - lineStart + 1 : endColumn - 2 - (value.length() - i);
                }
                throw refusal(String.format(Locale.ROOT, "U+%04X %s in %s: %s", c, Character.getName(c), where,
                        problem), line, column);
            }
            i += Character.charCount(c);
        }
    }

    /** Why {@code c} cannot be published, with the fix; {@code null} when it can. */
    static String problemWith(int c) {
        if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F)) {
            return "a control character, which no font can draw and no reader can see (it often comes from text"
                    + " copied out of another program, or from Windows-1252 bytes read as Latin-1). Remove it, or"
                    + " write the character that was meant.";
        }
        if ((c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)) {
            return "a bidirectional embedding, override or isolate, which tei-press cannot publish faithfully:"
                    + " the PDF would show overridden text reversed, so that it no longer reads as the source,"
                    + " FOP cannot set an embedding inside Hebrew text, and its line layout does not know"
                    + " isolates. Remove it: Hebrew and other right-to-left text is ordered by itself, and where"
                    + " a neutral character such as a comma needs a direction, U+200F RIGHT-TO-LEFT MARK or"
                    + " U+200E LEFT-TO-RIGHT MARK gives it one; tei-press publishes those.";
        }
        if (c == 0x061C) {
            return "the Arabic letter mark, which no bundled font carries (tei-press has no Arabic font). Remove"
                    + " it, or use U+200F RIGHT-TO-LEFT MARK, which tei-press publishes.";
        }
        return null;
    }

    private void screenTargets(String element, String attribute, String value) throws SAXException {
        for (String token : value.strip().split("\\s+")) {
            if (token.isEmpty()) {
                continue;
            }
            try {
                new URI(token);
            } catch (URISyntaxException e) {
                throw refusal("The " + attribute + " of <" + element + "> holds \"" + token + "\", which is not a"
                        + " URI reference (" + e.getReason() + " at character " + (e.getIndex() + 1) + "). Expected"
                        + " one or more URIs separated by spaces, such as https://example.org/page or #section-id;"
                        + " write a space as %20, a quotation mark as %22 and '>' as %3E.", line(), column());
            }
        }
    }

    private int line() {
        return locator == null ? -1 : locator.getLineNumber();
    }

    private int column() {
        return locator == null ? -1 : locator.getColumnNumber();
    }

    private SAXParseException refusal(String message, int line, int column) {
        return new Refusal(message, locator == null ? null : locator.getPublicId(),
                locator == null ? null : locator.getSystemId(), line, column);
    }

    /** A refusal whose own message, not the parser's, reaches the user. */
    static final class Refusal extends SAXParseException {
        Refusal(String message, String publicId, String systemId, int line, int column) {
            super(message, publicId, systemId, line, column);
        }
    }
}
