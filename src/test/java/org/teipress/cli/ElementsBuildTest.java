package org.teipress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipFile;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teipress.app.Toolchain;

/**
 * A document using the TEI of real editions (title page, verse with an apparatus, drama, a
 * figure with a local image, a table, a register, source page numbers, a project's own element)
 * publishes through the command line with the whole gate passing: PDF/A-2u and PDF/UA-1 in
 * veraPDF, EPUBCheck without errors or warnings, every passage of the source in both outputs.
 */
class ElementsBuildTest {
    private static final String SOURCE = """
            <?xml version="1.0" encoding="UTF-8"?>
            <TEI xmlns="http://www.tei-c.org/ns/1.0" xml:lang="en">
            <teiHeader><fileDesc><titleStmt><title>The Garden Book</title><author>Ann Example</author></titleStmt>
            <publicationStmt><publisher>Nobody</publisher><idno>garden-book</idno><date when="2024-05-01">2024</date></publicationStmt>
            <sourceDesc><p>Born digital</p></sourceDesc></fileDesc></teiHeader>
            <text><front><titlePage><docTitle><titlePart type="main">The Garden Book</titlePart></docTitle>
            <byline>by <docAuthor>Ann Example</docAuthor></byline><docImprint>London, <docDate>1893</docDate></docImprint></titlePage></front>
            <body>
            <div><head>Verses of the garden</head>
            <p>The gardener kept a book of verses about the roses, and the copy we print came from the second shelf<pb n="12"/>of the old library in town.</p>
            <lg><l n="1">Roses along the northern wall</l>
            <l n="5">They <app><lem wit="#A">bloom</lem><rdg wit="#B">blow</rdg></app> before the summer rain</l></lg>
            <figure><graphic url="plate.png" width="4cm"/><head>The rose wall in June</head><figDesc>A brick wall covered in red roses</figDesc></figure>
            </div>
            <div><head>A scene in the garden</head>
            <sp><speaker>Gardener</speaker><p>Who has been cutting my roses without asking me first?</p></sp>
            <stage>Enter the children, laughing loudly.</stage>
            <sp><speaker>Child</speaker><p>We only wanted some for our mother, who is ill today.</p></sp>
            </div>
            <div><head>The plants and the people</head>
            <table><head>Roses of the wall</head><row role="label"><cell>Name</cell><cell>Colour</cell></row>
            <row><cell>Gloire de Dijon</cell><cell>buff yellow</cell></row></table>
            <listPerson><person><persName>Ann Example</persName><occupation>gardener</occupation></person></listPerson>
            <p>To open the greenhouse, press the <Button>Open</Button> button twice and wait for the light.</p>
            </div></body></text></TEI>
            """;

    @TempDir
    Path dir;

    @Test
    void publishesWithTheWholeGatePassing() throws IOException {
        Path source = CliRun.write(dir.resolve("garden.xml"), SOURCE);
        ImageIO.write(new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB), "png", dir.resolve("plate.png").toFile());
        Path out = dir.resolve("out");
        CliRun build = CliRun.run(Toolchain::new, "build", source.toString(), "--out", out.toString());
        assertEquals(ExitCodes.OK, build.exit(), build.toString());
        assertTrue(build.err().contains("rendered generically: tei:Button ×1"), build.toString());

        try (PDDocument pdf = Loader.loadPDF(out.resolve("garden.pdf").toFile())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertTrue(text.contains("Figure 1. The rose wall in June"), text);
            assertTrue(text.contains("shelf[12]of the old library"), text);
            assertTrue(text.contains("Gardener Who has been cutting my roses"), text);
            assertTrue(text.contains("Table 1. Roses of the wall"), text);
            assertTrue(text.contains("bloom A] blow B"), "the reading stands in a lettered footnote: " + text);
            // FOP may share one resource dictionary between pages: count distinct image objects.
            java.util.Set<Object> images = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            for (PDPage page : pdf.getPages()) {
                for (var name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name) instanceof PDImageXObject image) {
                        images.add(image.getCOSObject());
                    }
                }
            }
            assertEquals(1, images.size(), "the plate is embedded once");
        }
        try (ZipFile epub = new ZipFile(out.resolve("garden.epub").toFile())) {
            assertTrue(epub.stream().anyMatch(e -> e.getName().endsWith("images/image-1.png")), "the plate is in the package");
            String opf = new String(epub.getInputStream(epub.stream().filter(e -> e.getName().endsWith(".opf"))
                    .findFirst().orElseThrow()).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(opf.contains("href=\"images/image-1.png\" media-type=\"image/png\""), opf);
        }
        assertTrue(Files.exists(out.resolve("report.validation.json")));
    }
}
