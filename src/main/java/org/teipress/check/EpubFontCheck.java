package org.teipress.check;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmNodeKind;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.NameRecord;
import org.apache.fontbox.ttf.NamingTable;
import org.apache.fontbox.ttf.OS2WindowsMetricsTable;
import org.apache.fontbox.ttf.OTFParser;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * Each character of the TEI text is drawn by an embedded font, in the face the style sheets give
 * the text it stands in. For every text run of the content documents the check works out the
 * font-family list, weight and style the CSS cascade gives it ({@link FontCascade}), picks in
 * each listed family the {@code @font-face} a reading system would pick, and takes the first of
 * those faces whose file has the character, as a reading system falls back from family to
 * family. A character no such face has would come from the device's own fonts, which an archival
 * edition must not rely on. Each {@code @font-face} file must also be the font it declares (its
 * family name, weight and style): a file swapped for another font or face passes a glyph count
 * but sets the book in the wrong type.
 */
public final class EpubFontCheck implements OutputCheck<EpubUnderTest> {
    /** An embedded file as read: its characters and what its own tables say it is. */
    private record FontFile(CmapLookup cmap, List<String> families, int weight, boolean italic) { }

    @Override
    public String name() {
        return "epub-fonts";
    }

    @Override
    public void run(EpubUnderTest epub, SourceText source, CheckResult result) throws IOException {
        FontStyleSheet styles = new FontStyleSheet();
        for (EpubUnderTest.Item item : epub.manifest()) {
            if ("text/css".equals(item.mediaType())) {
                styles.read(item.path(), epub.text(item.path()));
            }
        }
        for (String selector : styles.unsupportedSelectors()) {
            result.note("The font rule for \"" + selector + "\" uses a selector this check does not match; its"
                    + " text is checked in the font it inherits.", null);
        }
        Map<String, FontFile> files = new LinkedHashMap<>();
        for (FontStyleSheet.Face face : styles.faces()) {
            if (files.containsKey(face.path())) {
                continue;
            }
            if (!epub.has(face.path())) {
                result.error("The @font-face \"" + face.family() + "\" points to " + face.path()
                        + ", which is not in the EPUB.", null);
                continue;
            }
            FontFile file = read(epub, face.path(), result);
            if (file != null) {
                files.put(face.path(), file);
                checkIdentity(face, file, result);
            }
        }
        if (files.isEmpty()) {
            result.error("The EPUB embeds no font its style sheets use; every character would depend on the"
                    + " reading system's fonts. Embed the fonts with @font-face and use them in font-family.",
                    source.headerPlace());
        }
        Map<Integer, SourcePlace> characters = source.characters();
        Set<Integer> reported = new HashSet<>();
        int runs = 0;
        FontCascade cascade = new FontCascade(styles);
        Map<FontCascade.Font, List<String>> facesOf = new HashMap<>();
        for (EpubUnderTest.ContentDocument document : epub.documents()) {
            for (XdmNode text : textNodes(document.root())) {
                runs++;
                FontCascade.Font font = cascade.of(text.getParent());
                List<String> faces = facesOf.computeIfAbsent(font, f -> faces(f, styles));
                text.getStringValue().codePoints().forEach(c -> {
                    // Note marks are numbered by each output's own convention: only characters of the source are
                    // checked here, each once; lost text is epub-text's finding.
                    if (!characters.containsKey(c) || reported.contains(c) || drawn(c, faces, files)) {
                        return;
                    }
                    reported.add(c);
                    result.error("The character " + Characters.describe(c) + " in " + document.path() + ":"
                            + text.getLineNumber() + " is set in " + font + ", and no embedded face of those"
                            + " families has a glyph for it (" + (faces.isEmpty() ? "none is embedded"
                            : String.join(", ", faces)) + "); add it to the font subset.", characters.get(c));
                });
            }
        }
        result.figure("fonts", files.size());
        result.figure("textRuns", runs);
        result.figure("characters", characters.size());
        result.figure("charactersWithoutGlyph", reported.size());
    }

    /**
     * The embedded faces a reading system tries for text in {@code font}, in order: in each listed
     * family, the face it picks for the weight and style; families without {@code @font-face}
     * (generic ones, the device's) have none.
     */
    private static List<String> faces(FontCascade.Font font, FontStyleSheet styles) {
        return font.families().stream().map(family -> FontCascade.face(styles.faces(), family, font))
                .filter(java.util.Objects::nonNull).map(FontStyleSheet.Face::path).distinct().toList();
    }

    /** Whether one of {@code faces} draws {@code c}; else the device's fonts would have to. */
    private static boolean drawn(int c, List<String> faces, Map<String, FontFile> files) {
        for (String face : faces) {
            FontFile file = files.get(face);
            if (file != null && file.cmap().getGlyphId(c) > 0) {
                return true;
            }
        }
        return false;
    }

    private static void checkIdentity(FontStyleSheet.Face face, FontFile file, CheckResult result) {
        boolean family = file.families().isEmpty()
                || file.families().stream().anyMatch(name -> name.equalsIgnoreCase(face.family()));
        if (!family || file.weight() != face.weight() || file.italic() != face.italic()) {
            result.error("The @font-face \"" + face.family() + "\" " + face.weight() + (face.italic() ? " italic" : "")
                    + " is the file " + face.path() + ", which is the font \"" + String.join("\" / \"", file.families())
                    + "\" " + file.weight() + (file.italic() ? " italic" : "") + ": a reading system would set the"
                    + " text in another font or face than the style sheet names. Embed the face the rule declares.",
                    null);
        }
    }

    private static List<XdmNode> textNodes(XdmNode root) {
        List<XdmNode> texts = new ArrayList<>();
        collect(root, texts);
        return texts;
    }

    private static void collect(XdmNode node, List<XdmNode> texts) {
        for (XdmNode child : node.children()) {
            if (child.getNodeKind() == XdmNodeKind.TEXT) {
                if (!child.getStringValue().isBlank() && child.getParent().getNodeKind() == XdmNodeKind.ELEMENT
                        && !isHead(child.getParent())) {
                    texts.add(child);
                }
            } else if (child.getNodeKind() == XdmNodeKind.ELEMENT || child.getNodeKind() == XdmNodeKind.DOCUMENT) {
                collect(child, texts);
            }
        }
    }

    /** Text a reader is never shown: the document head (title, style) and scripts. */
    private static boolean isHead(XdmNode element) {
        for (XdmNode e = element; e != null; e = FontSelector.parentElement(e)) {
            String name = e.getNodeName().getLocalName();
            if (name.equals("head") || name.equals("script") || name.equals("style")) {
                return true;
            }
        }
        return false;
    }

    private static FontFile read(EpubUnderTest epub, String path, CheckResult result) throws IOException {
        byte[] bytes;
        try (InputStream in = epub.open(path)) {
            bytes = in.readAllBytes();
        }
        String lower = path.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".woff") || lower.endsWith(".woff2")) {
            result.warning("The embedded font " + path + " is WOFF; the gate reads only TrueType/OpenType and cannot"
                    + " tell which characters it covers.", null);
            return null;
        }
        boolean cff = bytes.length > 4 && new String(bytes, 0, 4, StandardCharsets.ISO_8859_1).equals("OTTO");
        try {
            TrueTypeFont font = cff ? new OTFParser(true).parse(new RandomAccessReadBuffer(bytes))
                    : new TTFParser(true).parse(new RandomAccessReadBuffer(bytes));
            OS2WindowsMetricsTable os2 = font.getOS2Windows();
            int weight = os2 == null ? 400 : os2.getWeightClass();
            boolean italic = os2 != null ? (os2.getFsSelection() & 1) != 0 : (font.getHeader().getMacStyle() & 2) != 0;
            return new FontFile(font.getUnicodeCmapLookup(), familyNames(font.getNaming()), weight, italic);
        } catch (IOException e) {
            result.error("The embedded font " + path + " cannot be read: " + e.getMessage(), null);
            return null;
        }
    }

    /** The family names the font gives itself: typographic (name 16) and legacy (name 1), any platform. */
    private static List<String> familyNames(NamingTable naming) {
        List<String> names = new ArrayList<>();
        if (naming != null) {
            for (NameRecord record : naming.getNameRecords()) {
                if ((record.getNameId() == NameRecord.NAME_FONT_FAMILY_NAME || record.getNameId() == 16)
                        && record.getString() != null && !names.contains(record.getString())) {
                    names.add(record.getString());
                }
            }
        }
        return names;
    }
}
