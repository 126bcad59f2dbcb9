package org.teipress.epub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.streams.Steps;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;
import org.teipress.check.FontCascade;
import org.teipress.check.FontStyleSheet;
import org.teipress.core.BundledResources;
import org.teipress.fonts.ParsedFonts;

class EmbeddedFontsTest {
    /** Word space, no-break space, four-per-em space (the quarter space between Han and Latin), ideographic space. */
    private static final int[] SPACES = {0x20, 0xA0, 0x2005, 0x3000};

    @Test
    void everySubsetKeepsTheSpacesEvenWhenTheTextHasNone() throws Exception {
        ParsedFonts fonts = ParsedFonts.of(new BundledResources());
        TextUsage usage = new TextUsage();
        usage.add(new Processor(false).newDocumentBuilder().build(new StreamSource(new StringReader(
                "<html xmlns='http://www.w3.org/1999/xhtml'><body><p>俄罗斯<i>Мир</i><b>合作</b></p></body></html>"))));

        List<EmbeddedFonts.EmbeddedFont> embedded = new EmbeddedFonts(fonts).embed(usage);

        assertEquals(List.of("NotoSerifSC-Regular.ttf", "NotoSerifSC-Bold.ttf", "NotoSerif-Regular.ttf",
                "NotoSerif-Italic.ttf", "NotoSerif-Bold.ttf"), embedded.stream().map(EmbeddedFonts.EmbeddedFont::fileName).toList(),
                "one subset per face, and no Traditional face without Traditional text");
        for (EmbeddedFonts.EmbeddedFont font : embedded) {
            try (TrueTypeFont subset = new TTFParser().parse(new RandomAccessReadBuffer(font.subset().data()))) {
                CmapLookup cmap = subset.getUnicodeCmapLookup();
                for (int space : SPACES) {
                    if (fonts.hasGlyph(font.fileName(), space)) {
                        assertTrue(cmap.getGlyphId(space) > 0, font.fileName() + " subset lost U+"
                                + Integer.toHexString(space));
                    }
                }
                assertTrue(cmap.getGlyphId(' ') > 0, font.fileName() + " subset has no word space");
                assertTrue(cmap.getGlyphId(0xA0) > 0, font.fileName() + " subset has no no-break space");
            }
        }
    }

    @Test
    void fallbackSubsetsHoldOnlyWhatTheBodyFamiliesLack() throws Exception {
        ParsedFonts fonts = ParsedFonts.of(new BundledResources());
        TextUsage usage = new TextUsage();
        usage.add(new Processor(false).newDocumentBuilder().build(new StreamSource(new StringReader(
                "<html xmlns='http://www.w3.org/1999/xhtml' lang='en'><body><p>Safed, <span lang='he'>צפת</span>,"
                        + " a\uF1E6 and \uEF91</p></body></html>"))));

        List<EmbeddedFonts.EmbeddedFont> embedded = new EmbeddedFonts(fonts).embed(usage);

        EmbeddedFonts.EmbeddedFont hebrew = embedded.stream()
                .filter(font -> font.fileName().equals("NotoSerifHebrew-Regular.ttf")).findFirst().orElseThrow();
        assertEquals(List.of((int) 'פ', (int) 'צ', (int) 'ת'), List.copyOf(hebrew.subset().codePoints()));
        // Cardo has Hebrew letters and Latin too; Noto Serif Hebrew, listed before it, and Noto Serif set those.
        EmbeddedFonts.EmbeddedFont medieval = embedded.stream()
                .filter(font -> font.fileName().equals("Cardo-Regular.ttf")).findFirst().orElseThrow();
        assertEquals(List.of(0xEF91, 0xF1E6), List.copyOf(medieval.subset().codePoints()));
        assertTrue(embedded.stream().noneMatch(font -> font.fileName().equals("NotoSerifHebrew-Bold.ttf")),
                "no bold text, no bold Hebrew subset");
    }

    @Test
    void traditionalChineseTextEmbedsTheTraditionalFace() throws Exception {
        ParsedFonts fonts = ParsedFonts.of(new BundledResources());
        TextUsage usage = new TextUsage();
        usage.add(new Processor(false).newDocumentBuilder().build(new StreamSource(new StringReader(
                "<html xmlns='http://www.w3.org/1999/xhtml' lang='zh-Hant'><body><p>臺灣與國際</p></body></html>"))));

        List<String> files = new EmbeddedFonts(fonts).embed(usage).stream().map(EmbeddedFonts.EmbeddedFont::fileName).toList();

        assertTrue(files.contains("NotoSerifTC-Regular.ttf"), files.toString());
    }

    @Test
    void familyRulesComeFromTheCatalog() throws Exception {
        ParsedFonts fonts = ParsedFonts.of(new BundledResources());
        String css = EmbeddedFonts.familyRules(fonts.catalog());
        assertTrue(css.contains("html {\n  font-family: \"Noto Serif\", "), css);
        assertTrue(css.contains(".latn, .cyrl, .grek, [lang|=\"en\"], [lang|=\"ru\"]"), css);
        // The Han rule is last, so a Han run inside Russian text still gets the Han font first.
        assertTrue(css.indexOf(".hani,") > css.lastIndexOf(".latn"), css);
        // Traditional Chinese text, and the Han runs inside it, are set in the Traditional face;
        // its rule comes after the Simplified one, which [lang|="zh"] also matches.
        int traditional = css.indexOf("[lang|=\"zh-Hant\"], [lang|=\"zh-Hant\"] .hani");
        assertTrue(traditional > css.indexOf("[lang|=\"zh\"]"), css);
        assertTrue(css.substring(traditional).startsWith("[lang|=\"zh-Hant\"], [lang|=\"zh-Hant\"] .hani, [lang|=\"zh-TW\"]"), css);
        assertTrue(css.contains("font-family: \"Noto Serif TC\", \"Noto Serif SC\", \"Noto Serif\""), css);
    }

    /**
     * A book in a language without a family of its own is set Western-first, as the PDF sets it;
     * a Chinese book keeps the Han face first. Portuguese once took the Han face's Latin letters
     * and its full-width apostrophe ("pr’ a cima").
     */
    @Test
    void aBookInALanguageWithoutItsOwnFamilyIsSetWesternFirst() throws Exception {
        ParsedFonts fonts = ParsedFonts.of(new BundledResources());
        FontStyleSheet styles = new FontStyleSheet();
        styles.read("css/tei-press.css", EmbeddedFonts.familyRules(fonts.catalog()));
        FontCascade cascade = new FontCascade(styles);
        assertEquals("Noto Serif", firstFamily(cascade, "pt", "Puxa-me esse lenço pr’a cima"));
        assertEquals("Noto Serif", firstFamily(cascade, "it", "Nel mezzo del cammin"));
        assertEquals("Noto Serif SC", firstFamily(cascade, "zh-Hans", "上海合作组织"));
    }

    private static String firstFamily(FontCascade cascade, String lang, String text) throws Exception {
        XdmNode document = new Processor(false).newDocumentBuilder().build(new StreamSource(new StringReader(
                "<html xmlns='http://www.w3.org/1999/xhtml' lang='" + lang + "'><body><p>" + text + "</p></body></html>")));
        XdmNode paragraph = document.select(Steps.descendant("p")).findFirst().orElseThrow();
        return cascade.of(paragraph).families().get(0);
    }
}
