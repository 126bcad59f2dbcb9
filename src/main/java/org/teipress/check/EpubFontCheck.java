package org.teipress.check;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.OTFParser;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * Each character of the TEI text has a glyph in an embedded font that the style sheets can pick:
 * one declared by an {@code @font-face} whose family some {@code font-family} rule uses. Reading
 * systems fall back to their own fonts otherwise, which an archival edition must not rely on.
 */
public final class EpubFontCheck implements OutputCheck<EpubUnderTest> {
    private static final Pattern FONT_FACE = Pattern.compile("@font-face\\s*\\{([^}]*)}", Pattern.CASE_INSENSITIVE);
    private static final Pattern FAMILY = Pattern.compile("font-family\\s*:\\s*([^;}]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern URL = Pattern.compile("url\\(\\s*['\"]?([^'\")]+)['\"]?\\s*\\)");

    private record FontFace(String family, String path) { }

    @Override
    public String name() {
        return "epub-fonts";
    }

    @Override
    public void run(EpubUnderTest epub, SourceText source, CheckResult result) throws IOException {
        List<FontFace> faces = new ArrayList<>();
        Set<String> usedFamilies = new TreeSet<>();
        for (EpubUnderTest.Item item : epub.manifest()) {
            if ("text/css".equals(item.mediaType())) {
                readCss(item.path(), epub.text(item.path()), faces, usedFamilies);
            }
        }
        Map<String, CmapLookup> pickable = new LinkedHashMap<>();
        for (FontFace face : faces) {
            if (!usedFamilies.contains(face.family())) {
                result.note("The @font-face \"" + face.family() + "\" (" + face.path() + ") is used by no font-family"
                        + " rule.", null);
                continue;
            }
            if (!epub.has(face.path())) {
                result.error("The @font-face \"" + face.family() + "\" points to " + face.path()
                        + ", which is not in the EPUB.", null);
                continue;
            }
            pickable.put(face.path(), cmap(epub, face.path(), result));
        }
        pickable.values().removeIf(java.util.Objects::isNull);
        if (pickable.isEmpty()) {
            result.error("The EPUB embeds no font its style sheets use; every character would depend on the"
                    + " reading system's fonts. Embed the fonts with @font-face and use them in font-family.",
                    source.headerPlace());
        }
        int uncovered = 0;
        if (!pickable.isEmpty()) {
            java.util.Set<Integer> shown = shownCharacters(epub);
            for (Map.Entry<Integer, SourcePlace> entry : source.characters().entrySet()) {
                int c = entry.getKey();
                // Note marks are numbered by each output's own convention (the EPUB restarts them per
                // chapter): a mark the EPUB never shows needs no glyph; lost text is epub-text's finding.
                if (!shown.contains(c)) {
                    continue;
                }
                if (pickable.values().stream().noneMatch(cmap -> cmap.getGlyphId(c) > 0)) {
                    uncovered++;
                    result.error("The character " + Characters.describe(c) + " has no glyph in any embedded font ("
                            + String.join(", ", pickable.keySet()) + "); add it to the font subset.", entry.getValue());
                }
            }
        }
        result.figure("fonts", pickable.size());
        result.figure("characters", source.characters().size());
        result.figure("charactersWithoutGlyph", uncovered);
    }

    private static void readCss(String cssPath, String css, List<FontFace> faces, Set<String> usedFamilies) {
        Matcher face = FONT_FACE.matcher(css);
        while (face.find()) {
            Matcher family = FAMILY.matcher(face.group(1));
            Matcher url = URL.matcher(face.group(1));
            if (family.find()) {
                String name = unquote(family.group(1));
                while (url.find()) {
                    faces.add(new FontFace(name, EpubUnderTest.resolve(cssPath, url.group(1))));
                }
            }
        }
        Matcher family = FAMILY.matcher(FONT_FACE.matcher(css).replaceAll(""));
        while (family.find()) {
            for (String name : family.group(1).split(",")) {
                usedFamilies.add(unquote(name));
            }
        }
    }

    private static String unquote(String family) {
        return family.trim().replaceAll("^['\"]|['\"]$", "").replace("!important", "").trim();
    }

    private static CmapLookup cmap(EpubUnderTest epub, String path, CheckResult result) throws IOException {
        byte[] bytes;
        try (InputStream in = epub.open(path)) {
            bytes = in.readAllBytes();
        }
        boolean cff = bytes.length > 4 && new String(bytes, 0, 4, java.nio.charset.StandardCharsets.ISO_8859_1).equals("OTTO");
        String lower = path.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".woff") || lower.endsWith(".woff2")) {
            result.warning("The embedded font " + path + " is WOFF; the gate reads only TrueType/OpenType and cannot"
                    + " tell which characters it covers.", null);
            return null;
        }
        try {
            TrueTypeFont font = cff ? new OTFParser(true).parse(new RandomAccessReadBuffer(bytes))
                    : new TTFParser(true).parse(new RandomAccessReadBuffer(bytes));
            return font.getUnicodeCmapLookup();
        } catch (IOException e) {
            result.error("The embedded font " + path + " cannot be read: " + e.getMessage(), null);
            return null;
        }
    }

    /** Every character of the content documents' text, as a reader's device must draw it. */
    private static java.util.Set<Integer> shownCharacters(EpubUnderTest epub) {
        java.util.Set<Integer> shown = new java.util.HashSet<>();
        for (EpubUnderTest.ContentDocument document : epub.documents()) {
            document.root().getStringValue().codePoints().forEach(shown::add);
        }
        return shown;
    }
}
