package org.teipress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teipress.app.Toolchain;

/**
 * Western text is hyphenated at line ends by the language's patterns, so a justified Russian or
 * English paragraph need not open wide word gaps; a URL never is (its hyphen would read as part of
 * it), and Han text has no patterns to be hyphenated by. Each case is
 * a whole build through the gate, whose text check must accept the hyphen FOP adds.
 */
class HyphenationIT {
    /** A word broken by the layout: letters, a hyphen FOP added, the line's end. */
    private static final Pattern HYPHENATED_LINE_END = Pattern.compile("\\p{L}[\\u2010-]$");

    @TempDir
    Path out;

    @Test
    void aRussianParagraphIsHyphenatedWhereItsWordsHaveNoHyphen() throws Exception {
        List<String> broken = hyphenatedLineEnds("ru", (
                "Государственное регулирование внешнеэкономической деятельности предусматривает "
                        + "многочисленные административные процедуры, согласовывающие интересы "
                        + "производителей, экспортёров и импортёров различных отраслей промышленности. ").repeat(6));
        assertFalse(broken.isEmpty(), "no Russian word was hyphenated at a line end");
        try (PDDocument pdf = Loader.loadPDF(out.resolve("ru").resolve("hyphenation-ru.pdf").toFile())) {
            String copied = new PDFTextStripper().getText(pdf).replaceAll("\\s", "");
            assertTrue(copied.contains("Государственноерегулированиевнешнеэкономическойдеятельности"),
                    "copying the text gives the words without the layout's hyphens: " + copied);
        }
    }

    @Test
    void anEnglishParagraphIsHyphenatedAndOneShowingAUrlIsNot() throws Exception {
        String words = "Internationalization considerations notwithstanding, comprehensive documentation "
                + "accompanying administrative correspondence characteristically necessitates "
                + "extraordinarily conscientious proofreading. ";
        // FOP hyphenates by the paragraph's language only, so a paragraph with a URL is not
        // hyphenated at all: its own words are chosen to be told apart from the first one's.
        String withUrl = "Telecommunications infrastructure modernization programmes, see <ptr target=\"https://"
                + "example.org/telecommunicationsinfrastructuremodernizationprogrammes/overview\"/>. ";
        List<String> broken = hyphenatedLineEnds("en", words.repeat(6), withUrl.repeat(6));
        assertFalse(broken.isEmpty(), "no English word was hyphenated at a line end");
        assertTrue(broken.stream().noneMatch(line -> line.matches(
                        ".*(Telecommunications|infrastructure|modernization|programmes|example|/).*")),
                "the paragraph that shows a URL was hyphenated: " + broken);
    }

    /**
     * Builds a document of long justified paragraphs in {@code lang}, written without a single
     * hyphen, and returns the PDF's lines that end in one.
     */
    private List<String> hyphenatedLineEnds(String lang, String... paragraphs) throws Exception {
        String body = String.join("", java.util.Arrays.stream(paragraphs).map(p -> "<p>" + p + "</p>").toList());
        assertFalse(body.contains("-"), "the test's own text has no hyphen");
        Path source = out.resolve("hyphenation-" + lang + ".xml");
        Files.writeString(source, """
                <?xml version="1.0" encoding="UTF-8"?>
                <TEI xmlns="http://www.tei-c.org/ns/1.0" xml:lang="%s">
                  <teiHeader><fileDesc>
                    <titleStmt><title>Hyphenation</title></titleStmt>
                    <publicationStmt><p>Test document.</p></publicationStmt>
                    <sourceDesc><p>Written for this test.</p></sourceDesc>
                  </fileDesc></teiHeader>
                  <text><body><div><head>Hyphenation</head>%s</div></body></text>
                </TEI>
                """.formatted(lang, body), StandardCharsets.UTF_8);
        CliRun run = CliRun.run(Toolchain::new, "build", source.toString(), "--out", out.resolve(lang).toString());
        assertEquals(0, run.exit(), "the gate accepts hyphenated text: " + run);
        try (PDDocument pdf = Loader.loadPDF(out.resolve(lang).resolve("hyphenation-" + lang + ".pdf").toFile())) {
            return linesAsDrawn(pdf).stream().filter(line -> HYPHENATED_LINE_END.matcher(line).find()).toList();
        }
    }

    /**
     * The glyphs of every page as drawn, a line per baseline. Text extraction cannot show the
     * hyphens: FOP tags each hyphenated line with the word's letters as its ActualText.
     */
    private static List<String> linesAsDrawn(PDDocument pdf) throws IOException {
        TreeMap<Long, StringBuilder> lines = new TreeMap<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            private int page;

            @Override
            protected void startPage(PDPage current) {
                page++;
            }

            @Override
            protected void processTextPosition(TextPosition glyph) {
                long baseline = page * 100_000L + Math.round(glyph.getYDirAdj() * 2);
                lines.computeIfAbsent(baseline, key -> new StringBuilder()).append(glyph.getUnicode());
            }
        };
        stripper.getText(pdf);
        return lines.values().stream().map(line -> line.toString().strip()).toList();
    }
}
