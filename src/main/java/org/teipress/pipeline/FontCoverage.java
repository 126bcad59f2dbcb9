package org.teipress.pipeline;

import org.teipress.core.BundledResources;
import org.teipress.core.PublishException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmNodeKind;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

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

    private final BundledResources resources;
    private final List<String> fontFiles;
    private List<CmapLookup> cmaps;
    /** Code points already looked up, and of those the ones some font has a glyph for. */
    private final BitSet known = new BitSet();
    private final BitSet covered = new BitSet();

    /** {@code fontFiles}: file names under {@code fonts/} in the resources, e.g. {@code NotoSerif-Regular.ttf}. */
    public FontCoverage(BundledResources resources, List<String> fontFiles) {
        this.resources = resources;
        this.fontFiles = List.copyOf(fontFiles);
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
            throw new InvalidInputException("No font tei-press embeds (" + String.join(", ", fontFiles)
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
                all.add(cmapOf(file));
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

    private CmapLookup cmapOf(String file) throws PublishException {
        URL url;
        try {
            url = resources.resource("fonts/" + file);
        } catch (PublishException e) {
            throw new PublishException("The font " + file + " is missing: tei-press looks for it on the class path at "
                    + "tei-press/fonts/" + file + ". The installation is incomplete: rebuild it with 'mvn package'"
                    + " (the fonts come from the repository's fonts/ folder).", e);
        }
        try (InputStream in = url.openStream();
             TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in))) {
            CmapLookup cmap = font.getUnicodeCmapLookup(false);
            if (cmap == null) {
                throw new IOException("it has no Unicode character map");
            }
            // The lookup keeps the map it read; it needs nothing more from the closed font.
            return cmap;
        } catch (IOException | RuntimeException e) {
            throw new PublishException("The font " + file + " cannot be read from " + location(url) + ": "
                    + e.getMessage() + ". The installation is damaged: rebuild it with 'mvn package'"
                    + " (the fonts come from the repository's fonts/ folder).", e);
        }
    }

    private static String location(URL url) {
        try {
            return "file".equals(url.getProtocol()) ? Path.of(url.toURI()).toString() : url.toString();
        } catch (java.net.URISyntaxException e) {
            return url.toString();
        }
    }
}
