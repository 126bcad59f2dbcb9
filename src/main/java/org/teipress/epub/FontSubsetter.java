package org.teipress.epub;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.teipress.core.PublishException;
import org.teipress.core.BundledResources;

/**
 * Cuts a TrueType font down to the characters a book uses: a CJK font holds tens of thousands
 * of glyphs (15 MB), a report uses about a thousand of them.
 */
final class FontSubsetter {
    /**
     * The tables the subset keeps. TTFSubsetter rebuilds the glyph-indexed core tables but
     * copies any other table as it is; GSUB, GPOS, GDEF and vmtx would then point at glyph ids
     * of the whole font, and browsers' font sanitisers reject the file.
     */
    private static final List<String> TABLES = List.of("head", "hhea", "maxp", "loca", "glyf", "hmtx", "cmap",
            "name", "OS/2", "post", "gasp", "prep", "fpgm", "cvt ");
    private final BundledResources resources;
    /** Parsed once per JVM: the CJK fonts are 15 MB each, parsing them dominated the EPUB stage. */
    private final Map<String, TrueTypeFont> parsed = new HashMap<>();

    FontSubsetter(BundledResources resources) {
        this.resources = resources;
    }

    /** A subset and the characters it covers (those asked for that the font has). */
    record Subset(byte[] data, SortedSet<Integer> codePoints) { }

    /** Synchronised: a parsed font reads its tables lazily and is not safe for parallel use. */
    synchronized Subset subset(String fontResource, Set<Integer> wanted) throws PublishException {
        try {
            TrueTypeFont font = font(fontResource);
            CmapLookup cmap = font.getUnicodeCmapLookup();
            SortedSet<Integer> covered = new TreeSet<>();
            for (int codePoint : wanted) {
                if (cmap.getGlyphId(codePoint) != 0) {
                    covered.add(codePoint);
                }
            }
            TTFSubsetter subsetter = new TTFSubsetter(font, TABLES);
            subsetter.addAll(covered);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            subsetter.writeToStream(out);
            return new Subset(out.toByteArray(), covered);
        } catch (IOException e) {
            throw new PublishException("Cannot subset the font fonts/" + fontResource + ": " + e.getMessage()
                    + ". The font must be a TrueType (glyf) font.", e);
        }
    }

    private TrueTypeFont font(String fontResource) throws IOException, PublishException {
        TrueTypeFont font = parsed.get(fontResource);
        if (font == null) {
            try (InputStream in = resources.resource("fonts/" + fontResource).openStream()) {
                font = new TTFParser().parse(new RandomAccessReadBuffer(in));
            }
            parsed.put(fontResource, font);
        }
        return font;
    }
}
