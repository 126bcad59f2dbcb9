package org.teipress.pipeline;

import org.teipress.core.PublishException;
import org.teipress.fonts.ParsedFonts;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmNodeKind;
import org.apache.fontbox.ttf.CmapLookup;

/**
 * Every character the outputs will show must be in one of the fonts tei-press embeds. FOP would
 * otherwise print "#" with a warning and no location, and an e-reader a tofu box; checked here,
 * the failure names the character and its line in the TEI. The fonts' character maps are read
 * once, on first use (or ahead of it, see {@link #load()}), and only the characters a document
 * uses are looked up in them, each once per instance.
 */
public final class FontCoverage implements Preflight {
    private static final String TEI = "http://www.tei-c.org/ns/1.0";
    /** Header parts that are documentation of the encoding, never printed. */
    private static final Set<String> UNPRINTED = Set.of("encodingDesc", "revisionDesc", "xenoData");

    private final ParsedFonts fonts;
    private final List<String> fontFiles;
    private List<CmapLookup> cmaps;
    /** Code points already looked up, and of those the ones some font has a glyph for. */
    private final BitSet known = new BitSet();
    private final BitSet covered = new BitSet();

    /**
     * Checks against the body and fallback fonts of the catalog {@code fonts} was read from: a
     * heading or abstract face sets only its role, so a character only it has would still be
     * missing anywhere else (and a document that uses no such role never parses its font).
     */
    public FontCoverage(ParsedFonts fonts) {
        this.fonts = fonts;
        this.fontFiles = fonts.catalog().filesForAnyText();
    }

    @Override
    public void check(Publication publication) throws PublishException {
        List<CmapLookup> fonts = cmaps();
        List<String> missing = new ArrayList<>();
        int[] first = null;
        for (XdmNode text : printedText(publication.tei())) {
            String value = text.getStringValue();
            for (int i = 0; i < value.length(); i += Character.charCount(value.codePointAt(i))) {
                int c = value.codePointAt(i);
                if (!needsGlyph(c) || hasGlyph(fonts, c)) {
                    continue;
                }
                int line = lineOf(text, value, i);
                if (first == null) {
                    first = new int[] {line, text.getColumnNumber()};
                }
                if (missing.size() < 10) {
                    missing.add(describe(c) + " at line " + line);
                }
            }
        }
        if (first != null) {
            throw new InvalidInputException("No font tei-press embeds (listed in fonts/fonts.xml: " + String.join(", ", fontFiles)
                    + ") has a glyph for " + String.join("; ", missing) + ". The PDF would show '#' and the"
                    + " EPUB an empty box. Replace the character, or describe it in words or with <g>/<figure> markup"
                    + " that tei-press supports.", publication.source(), first[0], -1);
        }
    }

    private static String describe(int c) {
        String name = Character.getName(c);
        return "'" + new String(Character.toChars(c)) + "' (U+" + String.format("%04X", c)
                + (name == null ? "" : " " + name) + ")";
    }

    /** Line breaks, spaces that are not drawn and invisible format characters need no glyph. */
    private static boolean needsGlyph(int c) {
        int type = Character.getType(c);
        return !(c == ' ' || c == '\t' || c == '\n' || c == '\r' || type == Character.CONTROL
                || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR);
    }

    /** The line of the character: the text node's line plus the line breaks before it in the node. */
    private static int lineOf(XdmNode text, String value, int index) {
        int line = text.getLineNumber() > 0 ? text.getLineNumber() : text.getParent().getLineNumber();
        for (int i = 0; i < index; i++) {
            if (value.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static List<XdmNode> printedText(XdmNode node) {
        List<XdmNode> texts = new ArrayList<>();
        collect(node, texts);
        return texts;
    }

    private static void collect(XdmNode node, List<XdmNode> texts) {
        for (XdmNode child : node.children()) {
            if (child.getNodeKind() == XdmNodeKind.TEXT) {
                texts.add(child);
            } else if (child.getNodeKind() == XdmNodeKind.ELEMENT || child.getNodeKind() == XdmNodeKind.DOCUMENT) {
                boolean unprinted = TEI.equals(child.getNodeName().getNamespace())
                        && UNPRINTED.contains(child.getNodeName().getLocalName());
                if (!unprinted) {
                    collect(child, texts);
                }
            }
        }
    }

    /** Reads the fonts' character maps now, so that a build started later does not wait for them. */
    public void load() throws PublishException {
        cmaps();
    }

    private synchronized List<CmapLookup> cmaps() throws PublishException {
        if (cmaps == null) {
            List<CmapLookup> all = new ArrayList<>();
            for (String file : fontFiles) {
                all.add(fonts.cmap(file));
            }
            cmaps = List.copyOf(all);
        }
        return cmaps;
    }

    private synchronized boolean hasGlyph(List<CmapLookup> fonts, int c) {
        if (!known.get(c)) {
            known.set(c);
            for (CmapLookup cmap : fonts) {
                if (cmap.getGlyphId(c) > 0) {
                    covered.set(c);
                    break;
                }
            }
        }
        return covered.get(c);
    }

}
