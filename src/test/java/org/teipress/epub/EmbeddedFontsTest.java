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

    /**
     * Chinese headings (and the abstract's labels) take the heading family, the abstract the
     * abstract family, with the Western runs of a heading in the heading family for Latin and
     * those of the abstract in the body's; Traditional Chinese and Russian keep their body faces.
     */
    @Test
    void headingsAndTheAbstractTakeTheirRoleFamiliesInChineseOnly() throws Exception {
        FontCascade cascade = roleCascade();
        String page = "<h2>俄罗斯<span class='latn'>2023</span></h2><section class='abstract'><p><span class='label'>摘要：</span>"
                + "俄罗斯<span class='latn'>2023</span></p></section><p>正文</p>";
        assertEquals(List.of("Noto Sans SC", "Noto Sans", "LXGW WenKai", "Noto Sans SC", "Noto Serif", "Noto Serif SC"),
                firstFamilies(cascade, "zh-Hans", page, "h2", "h2/span", "section/p", "section//span[@class = 'label']",
                        "section//span[@class = 'latn']", "body/p"));
        assertEquals(List.of("Noto Serif TC", "Noto Serif", "Noto Serif TC", "Noto Serif TC", "Noto Serif", "Noto Serif TC"),
                firstFamilies(cascade, "zh-Hant", page, "h2", "h2/span", "section/p", "section//span[@class = 'label']",
                        "section//span[@class = 'latn']", "body/p"));
        assertEquals(List.of("Noto Serif", "Noto Serif"),
                firstFamilies(cascade, "ru", "<h2>Медведь</h2><section class='abstract'><p>Шутка</p></section>", "h2", "section/p"));
        // A book's style sheet carries the role rules of its own languages only.
        org.teipress.fonts.FontCatalog catalog = ParsedFonts.of(new BundledResources()).catalog();
        assertEquals("", EmbeddedFonts.roleRules(catalog, java.util.Set.of("ru", "en")));
        String traditional = EmbeddedFonts.roleRules(catalog, java.util.Set.of("zh-Hant"));
        assertTrue(traditional.contains("[lang|=\"zh\"] h1,") && traditional.contains("[lang|=\"zh-Hant\"] h1,")
                && !traditional.contains("zh-TW"), traditional);
    }

    /** A role family's subset holds only the text the style sheets set in it; a book without such text embeds none. */
    @Test
    void roleFamiliesAreEmbeddedOnlyForTheTextTheySet() throws Exception {
        ParsedFonts fonts = ParsedFonts.of(new BundledResources());
        TextUsage chinese = new TextUsage(roleCascade());
        chinese.add(page("zh-Hans", "<h1>合作</h1><section class='abstract'><p>交往</p></section><p>正文</p>"));
        List<EmbeddedFonts.EmbeddedFont> embedded = new EmbeddedFonts(fonts).embed(chinese);
        EmbeddedFonts.EmbeddedFont heading = embedded.stream()
                .filter(font -> font.fileName().equals("NotoSansSC-Bold.ttf")).findFirst().orElseThrow();
        assertTrue(heading.subset().codePoints().containsAll(List.of((int) '合', (int) '作')), heading.subset().codePoints().toString());
        assertTrue(!heading.subset().codePoints().contains((int) '正') && !heading.subset().codePoints().contains((int) '交'),
                "body and abstract text is not in the heading subset");
        EmbeddedFonts.EmbeddedFont abstractFace = embedded.stream()
                .filter(font -> font.fileName().equals("LXGWWenKai-Regular.ttf")).findFirst().orElseThrow();
        assertTrue(abstractFace.subset().codePoints().contains((int) '交') && !abstractFace.subset().codePoints().contains((int) '合'));

        TextUsage russian = new TextUsage(roleCascade());
        russian.add(page("ru", "<h1>Медведь</h1><section class='abstract'><p>Шутка</p></section>"));
        List<String> files = new EmbeddedFonts(fonts).embed(russian).stream().map(EmbeddedFonts.EmbeddedFont::fileName).toList();
        assertTrue(files.stream().noneMatch(file -> file.startsWith("NotoSans") || file.startsWith("LXGW")), files.toString());
    }

    private static FontCascade roleCascade() throws Exception {
        ParsedFonts fonts = ParsedFonts.of(new BundledResources());
        FontStyleSheet styles = new FontStyleSheet();
        styles.read("css/tei-press.css", EmbeddedFonts.familyRules(fonts.catalog()) + EmbeddedFonts.roleRules(fonts.catalog()));
        return new FontCascade(styles);
    }

    private static XdmNode page(String lang, String body) throws Exception {
        return page(new Processor(false), lang, body);
    }

    private static XdmNode page(Processor processor, String lang, String body) throws Exception {
        return processor.newDocumentBuilder().build(new StreamSource(new StringReader(
                "<html xmlns='http://www.w3.org/1999/xhtml' lang='" + lang + "'><body>" + body + "</body></html>")));
    }

    /** The first family of each element found by the XPath steps (from body, XHTML namespace implied). */
    private static List<String> firstFamilies(FontCascade cascade, String lang, String body, String... paths) throws Exception {
        Processor processor = new Processor(false);
        XdmNode document = page(processor, lang, body);
        net.sf.saxon.s9api.XPathCompiler xpath = processor.newXPathCompiler();
        xpath.declareNamespace("", "http://www.w3.org/1999/xhtml");
        List<String> first = new java.util.ArrayList<>();
        for (String path : paths) {
            XdmNode element = (XdmNode) xpath.evaluateSingle("/html/body/" + path.replaceFirst("^body/", ""), document);
            first.add(cascade.of(element).families().get(0));
        }
        return first;
    }

    private static String firstFamily(FontCascade cascade, String lang, String text) throws Exception {
        XdmNode document = new Processor(false).newDocumentBuilder().build(new StreamSource(new StringReader(
                "<html xmlns='http://www.w3.org/1999/xhtml' lang='" + lang + "'><body><p>" + text + "</p></body></html>")));
        XdmNode paragraph = document.select(Steps.descendant("p")).findFirst().orElseThrow();
        return cascade.of(paragraph).families().get(0);
    }
}
