package org.teipress.fonts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
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
import org.teipress.core.BundledResources;
import org.teipress.core.PublishException;

/**
 * The catalog's font files, each parsed once (with FontBox) for the lifetime of the instance,
 * which the composition root keeps for the JVM's: the CJK files are 15 MB, and the coverage
 * preflight, the EPUB subsets, the PDF's per-document subsets and the cover all read them.
 */
public final class ParsedFonts {
    /**
     * The tables a subset keeps. TTFSubsetter rebuilds the glyph-indexed core tables but copies
     * any other table as it is; GSUB, GPOS, GDEF and vmtx would then point at glyph ids of the
     * whole font, and browsers' font sanitisers reject the file.
     */
    private static final List<String> SUBSET_TABLES = List.of("head", "hhea", "maxp", "loca", "glyf", "hmtx",
            "cmap", "name", "OS/2", "post", "gasp", "prep", "fpgm", "cvt ");

    private final BundledResources resources;
    private final FontCatalog catalog;
    /** One lock per file: a parsed font reads its tables lazily and is not safe for parallel use,
     * but the PDF and the EPUB may cut different files at the same time. */
    private final Map<String, Object> locks = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, TrueTypeFont> parsed = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, CmapLookup> cmaps = new java.util.concurrent.ConcurrentHashMap<>();

    public ParsedFonts(BundledResources resources, FontCatalog catalog) {
        this.resources = resources;
        this.catalog = catalog;
    }

    /** Reads the catalog from {@code resources}. */
    public static ParsedFonts of(BundledResources resources) throws PublishException {
        return new ParsedFonts(resources, FontCatalog.read(resources));
    }

    public FontCatalog catalog() {
        return catalog;
    }

    /** A subset and the characters it covers (those asked for that the font has). */
    public record Subset(byte[] data, SortedSet<Integer> codePoints) { }

    /** The Unicode character map of {@code file}; a lookup is safe to share once read. */
    public CmapLookup cmap(String file) throws PublishException {
        CmapLookup cmap = cmaps.get(file);
        if (cmap != null) {
            return cmap;
        }
        synchronized (lock(file)) {
            return readCmap(file);
        }
    }

    private CmapLookup readCmap(String file) throws PublishException {
        CmapLookup cmap = cmaps.get(file);
        if (cmap == null) {
            try {
                cmap = font(file).getUnicodeCmapLookup(false);
            } catch (IOException | RuntimeException e) {
                throw damaged(file, e);
            }
            if (cmap == null) {
                throw damaged(file, new IOException("it has no Unicode character map"));
            }
            cmaps.put(file, cmap);
        }
        return cmap;
    }

    /** Whether {@code file} has a glyph for {@code codePoint}. */
    public boolean hasGlyph(String file, int codePoint) throws PublishException {
        return cmap(file).getGlyphId(codePoint) > 0;
    }

    /** {@code file} cut down to the characters of {@code wanted} it has. */
    public Subset subset(String file, Set<Integer> wanted) throws PublishException {
        synchronized (lock(file)) {
            return cut(file, wanted);
        }
    }

    private Object lock(String file) {
        return locks.computeIfAbsent(file, f -> new Object());
    }

    private Subset cut(String file, Set<Integer> wanted) throws PublishException {
        CmapLookup cmap = readCmap(file);
        SortedSet<Integer> covered = new TreeSet<>();
        for (int codePoint : wanted) {
            if (cmap.getGlyphId(codePoint) > 0) {
                covered.add(codePoint);
            }
        }
        try {
            TTFSubsetter subsetter = new TTFSubsetter(font(file), SUBSET_TABLES);
            subsetter.addAll(covered);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            subsetter.writeToStream(out);
            return new Subset(out.toByteArray(), covered);
        } catch (IOException | RuntimeException e) {
            throw new PublishException("Cannot subset the font fonts/" + file + ": " + e.getMessage()
                    + ". The font must be a TrueType (glyf) font.", e);
        }
    }

    /** Parses every file of the catalog now, so that a build started later does not wait for them. */
    public void load() throws PublishException {
        for (String file : catalog.files()) {
            cmap(file);
        }
    }

    private TrueTypeFont font(String file) throws PublishException {
        TrueTypeFont font = parsed.get(file);
        if (font == null) {
            URL url;
            try {
                url = resources.resource("fonts/" + file);
            } catch (PublishException e) {
                throw new PublishException("The font " + file + " named in " + FontCatalog.LOCATION + " is missing:"
                        + " tei-press looks for it on the class path at tei-press/fonts/" + file + ". The installation"
                        + " is incomplete: rebuild it with 'mvn package' (the fonts come from the repository's fonts/"
                        + " folder).", e);
            }
            try (InputStream in = url.openStream()) {
                font = new TTFParser().parse(new RandomAccessReadBuffer(in));
            } catch (IOException | RuntimeException e) {
                throw new PublishException("The font " + file + " cannot be read from " + location(url) + ": "
                        + e.getMessage() + ". The installation is damaged: rebuild it with 'mvn package'"
                        + " (the fonts come from the repository's fonts/ folder).", e);
            }
            parsed.put(file, font);
        }
        return font;
    }

    private static String location(URL url) {
        try {
            return "file".equals(url.getProtocol()) ? java.nio.file.Path.of(url.toURI()).toString() : url.toString();
        } catch (java.net.URISyntaxException e) {
            return url.toString();
        }
    }

    private static PublishException damaged(String file, Exception e) {
        return new PublishException("The font fonts/" + file + " cannot be read: " + e.getMessage()
                + ". The installation is damaged: rebuild it with 'mvn package' (the fonts come from the"
                + " repository's fonts/ folder).", e);
    }
}
