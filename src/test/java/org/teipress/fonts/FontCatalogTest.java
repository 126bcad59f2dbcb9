package org.teipress.fonts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teipress.core.BundledResources;
import org.teipress.core.PublishException;

class FontCatalogTest {
    @TempDir
    Path dir;

    @Test
    void shippedCatalogNamesEveryFamilyAndFile() throws Exception {
        FontCatalog catalog = FontCatalog.read(new BundledResources());
        assertEquals(List.of("Noto Serif SC", "Noto Serif TC", "Noto Serif", "Noto Serif Hebrew", "Cardo"), catalog.familyOrder("hani"));
        assertEquals(List.of("Noto Serif", "Noto Serif SC", "Noto Serif TC", "Noto Serif Hebrew", "Cardo"), catalog.familyOrder("latn"));
        assertEquals(List.of("Noto Serif", "Noto Serif SC", "Noto Serif TC", "Noto Serif Hebrew", "Cardo"), catalog.familyOrder("cyrl"));
        for (String file : catalog.files()) {
            assertTrue(Files.isRegularFile(Path.of("fonts", file)), file);
        }
        for (FontFamily family : catalog.families()) {
            assertTrue(Files.isRegularFile(Path.of("fonts", family.licence())), family.licence());
        }
    }

    @Test
    void fallbackFamiliesComeAfterEveryBodyFamilyInCatalogOrder() throws Exception {
        FontCatalog catalog = FontCatalog.read(new BundledResources());
        // Hebrew has no body family: the body families are tried first, and lack it. Cardo also
        // has Hebrew letters, but Noto Serif Hebrew, listed first in fonts.xml, sets them.
        assertEquals(List.of("Noto Serif SC", "Noto Serif", "Noto Serif TC", "Noto Serif Hebrew", "Cardo"),
                catalog.familyOrder("hebr", "he"));
        assertEquals(List.of("Noto Serif TC", "Noto Serif SC", "Noto Serif", "Noto Serif Hebrew", "Cardo"),
                catalog.familyOrder("hani", "zh-Hant"));
        assertTrue(catalog.byName("Cardo").hasRole(FontFamily.FALLBACK));
        assertTrue(catalog.byName("Noto Serif Hebrew").hasRole(FontFamily.FALLBACK));
    }

    /**
     * Chinese headings come first in the heading families (Han in Noto Sans SC, Latin in Noto
     * Sans), the abstract's Han in LXGW WenKai and its Latin in the body's face; a language the
     * roles have no family for, or one a body family lists more specifically (zh-Hant), keeps
     * the body order. The preflight counts only the faces that may set any text.
     */
    @Test
    void roleFamiliesServeTheirLanguagesAheadOfTheBodyOrder() throws Exception {
        FontCatalog catalog = FontCatalog.read(new BundledResources());
        assertEquals(List.of("heading", "abstract"), catalog.textRoles());
        assertEquals(List.of("Noto Sans SC", "Noto Serif SC", "Noto Serif TC", "Noto Serif", "Noto Serif Hebrew", "Cardo"),
                catalog.familyOrder(FontFamily.HEADING, "hani", "zh-Hans"));
        assertEquals(List.of("Noto Sans", "Noto Serif", "Noto Serif SC", "Noto Serif TC", "Noto Serif Hebrew", "Cardo"),
                catalog.familyOrder(FontFamily.HEADING, "latn", "zh"));
        assertEquals(List.of("LXGW WenKai", "Noto Serif SC", "Noto Serif TC", "Noto Serif", "Noto Serif Hebrew", "Cardo"),
                catalog.familyOrder(FontFamily.ABSTRACT, "hani", "zh-CN"));
        assertEquals(catalog.familyOrder("latn", "zh-CN"), catalog.familyOrder(FontFamily.ABSTRACT, "latn", "zh-CN"));
        for (String language : List.of("ru", "en", "zh-Hant", "zh-TW", "")) {
            for (String script : List.of("hani", "latn")) {
                assertEquals(catalog.familyOrder(script, language), catalog.familyOrder(FontFamily.HEADING, script, language),
                        language + " " + script);
                assertEquals(catalog.familyOrder(script, language), catalog.familyOrder(FontFamily.ABSTRACT, script, language),
                        language + " " + script);
            }
        }
        assertTrue(catalog.files().contains("LXGWWenKai-Regular.ttf"));
        assertTrue(catalog.filesForAnyText().stream().noneMatch(file -> file.startsWith("NotoSans") || file.startsWith("LXGW")),
                catalog.filesForAnyText().toString());
    }

    @Test
    void traditionalChineseTextPutsTheTraditionalFaceFirst() throws Exception {
        FontCatalog catalog = FontCatalog.read(new BundledResources());
        for (String language : List.of("zh-Hant", "zh-TW", "zh-HK", "zh-Hant-TW")) {
            assertEquals(List.of("Noto Serif TC", "Noto Serif SC", "Noto Serif", "Noto Serif Hebrew", "Cardo"), catalog.familyOrder("hani", language),
                    language);
            // Han characters in a Western run of Traditional text still come from the Traditional face.
            assertEquals(List.of("Noto Serif", "Noto Serif TC", "Noto Serif SC", "Noto Serif Hebrew", "Cardo"), catalog.familyOrder("latn", language),
                    language);
        }
        assertEquals(List.of("Noto Serif SC", "Noto Serif TC", "Noto Serif", "Noto Serif Hebrew", "Cardo"), catalog.familyOrder("hani", "zh-Hans"));
        assertEquals(List.of("Noto Serif SC", "Noto Serif TC", "Noto Serif", "Noto Serif Hebrew", "Cardo"), catalog.familyOrder("hani", "zh-CN"));
    }

    @Test
    void nearestFaceCountsAWrongWeightWorseThanAMissingSlant() throws Exception {
        FontFamily serif = FontCatalog.read(new BundledResources()).byName("Noto Serif");
        assertEquals("NotoSerif-Bold.ttf", serif.closest(true, true).file());
        assertEquals("NotoSerif-Italic.ttf", serif.closest(false, true).file());
        FontFamily han = FontCatalog.read(new BundledResources()).byName("Noto Serif SC");
        assertEquals("NotoSerifSC-Regular.ttf", han.closest(false, true).file());
    }

    @Test
    void mistakeIsReportedWithLineAndColumn() throws Exception {
        PublishException e = assertThrows(PublishException.class, () -> read("""
                <fonts>
                  <family name="X" roles="body" licence="OFL.txt">
                    <face file="X.ttf" weight="bold" style="normal"/>
                  </family>
                </fonts>
                """));
        assertTrue(e.getMessage().startsWith("fonts/fonts.xml:3:"), e.getMessage());
        assertTrue(e.getMessage().contains("weight 'bold'"), e.getMessage());
    }

    private FontCatalog read(String xml) throws IOException, PublishException {
        Files.createDirectories(dir.resolve("tei-press/fonts"));
        Files.writeString(dir.resolve("tei-press/fonts/fonts.xml"), xml);
        ClassLoader loader = new ClassLoader(null) {
            @Override
            public URL getResource(String name) {
                try {
                    Path file = dir.resolve(name);
                    return Files.exists(file) ? file.toUri().toURL() : null;
                } catch (IOException e) {
                    return null;
                }
            }
        };
        return FontCatalog.read(new BundledResources(loader));
    }
}
