package org.teipress.fonts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.TreeSet;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;
import org.teipress.core.BundledResources;

class ParsedFontsTest {
    private final ParsedFonts subsetter = ParsedFonts.of(new BundledResources());

    ParsedFontsTest() throws Exception {
    }

    @Test
    void subsetHoldsTheAskedCharactersAndLittleElse() throws Exception {
        Set<Integer> wanted = codePoints("俄罗斯与上海合作组织①㊹《》2023");
        ParsedFonts.Subset subset = subsetter.subset("NotoSerifSC-Regular.ttf", wanted);
        assertEquals(wanted, subset.codePoints());
        try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(subset.data()))) {
            CmapLookup cmap = font.getUnicodeCmapLookup();
            for (int c : wanted) {
                assertTrue(cmap.getGlyphId(c) != 0, "no glyph for " + Character.toString(c));
            }
            assertTrue(font.getNumberOfGlyphs() < 100, font.getNumberOfGlyphs() + " glyphs");
            // Tables with glyph ids of the whole font would make browsers reject the file.
            assertTrue(font.getTableMap().keySet().stream().noneMatch(Set.of("GSUB", "GPOS", "GDEF", "vmtx")::contains),
                    font.getTableMap().keySet().toString());
        }
        assertTrue(subset.data().length < 100_000, subset.data().length + " bytes");
    }

    @Test
    void charactersTheFontLacksAreNotClaimed() throws Exception {
        ParsedFonts.Subset subset = subsetter.subset("NotoSerif-Regular.ttf", codePoints("Мир中"));
        assertEquals(codePoints("Мир"), subset.codePoints());
    }

    private static Set<Integer> codePoints(String text) {
        Set<Integer> set = new TreeSet<>();
        text.codePoints().forEach(set::add);
        return set;
    }
}
