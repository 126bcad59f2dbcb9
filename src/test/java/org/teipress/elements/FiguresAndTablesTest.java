package org.teipress.elements;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Figures (images, descriptions, numbered captions, placeholders) and tables (header rows, spans). */
class FiguresAndTablesTest {
    private static final String FIGURES = "<div><head>Plates</head>"
            + "<p>As the plate shows <figure><graphic url='plate.png' width='5cm'/><head>A garden</head>"
            + "<figDesc>Roses along a wall</figDesc></figure> the roses flower.</p>"
            + "<figure><graphic url='missing.jpg'/><head>The house</head><figDesc>A house by a lake</figDesc></figure>"
            + "<figure><graphic url='https://example.org/remote.png'/><figDesc>A remote picture</figDesc></figure></div>";

    @Test
    void aLocalImageIsEmbeddedWithItsDescriptionAsAlternativeText(@TempDir Path folder) throws Exception {
        ImageIO.write(new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB), "png", folder.resolve("plate.png").toFile());
        ElementRendering r = ElementRendering.ofText("en", "<body>" + FIGURES + "</body>", folder.resolve("book.xml"), Map.of());
        assertTrue(r.fo.matches("(?s).*<fo:external-graphic[^>]* src=\"url\\('file:[^']*plate\\.png'\\)\" fox:alt-text=\"Roses along a wall\"[^>]*content-width=\"5cm\".*"),
                r.fo);
        assertTrue(r.xhtml.matches("(?s).*<img src=\"images/image-1.png\" alt=\"Roses along a wall\" class=\"tp-image\" style=\"width: 5cm\" ?/>.*"),
                r.xhtml);
        assertTrue(r.xhtml.contains("<figcaption class=\"tp-caption\"><span class=\"tp-gen tp-label\">Figure 1. </span>A garden</figcaption>"),
                r.xhtml);
        assertTrue(r.xhtmlText().contains("As the plate shows"), "the paragraph is cut around the figure, its text kept");
        assertTrue(r.xhtmlText().contains("the roses flower."));
        assertFalse(r.xhtml.matches("(?s).*<p[^>]*>[^<]*<figure.*"), "no figure inside an XHTML paragraph");
    }

    @Test
    void aMissingOrRemoteImageIsAVisiblePlaceholderAndAWarning(@TempDir Path folder) throws Exception {
        ElementRendering r = ElementRendering.ofText("en", "<body>" + FIGURES + "</body>", folder.resolve("book.xml"), Map.of());
        assertTrue(r.foText().contains("Image not available: A house by a lake"), r.foText());
        assertTrue(r.foText().contains("Figure 2. The house"), "captions are numbered in document order");
        assertTrue(r.xhtmlText().contains("Image not available: A remote picture"), r.xhtmlText());
        assertFalse(r.fo.contains("example.org"), "a remote image is never fetched");
        assertTrue(r.notices.stream().anyMatch(n -> n.contains("missing.jpg was not found")), r.notices.toString());
        assertTrue(r.notices.stream().anyMatch(n -> n.contains("remote.png is remote")), r.notices.toString());
        assertTrue(r.notices.stream().anyMatch(n -> n.contains("plate.png was not found")), "no file, no image");
    }

    @Test
    void tablesHaveACaptionHeaderCellsAndSpans() throws Exception {
        ElementRendering r = ElementRendering.of("en", "<table><head>Prices</head>"
                + "<row role='label'><cell>Item</cell><cell>Price</cell></row>"
                + "<row><cell role='label'>Bread</cell><cell>2</cell></row>"
                + "<row><cell cols='2'>No milk today</cell></row></table>");
        assertTrue(r.xhtml.contains("<caption><span class=\"tp-gen tp-label\">Table 1. </span>Prices</caption>"), r.xhtml);
        assertTrue(r.xhtml.contains("<thead><tr><th scope=\"col\">Item</th><th scope=\"col\">Price</th></tr></thead>"), r.xhtml);
        assertTrue(r.xhtml.contains("<th scope=\"row\">Bread</th><td>2</td>"), r.xhtml);
        assertTrue(r.xhtml.contains("<td colspan=\"2\">No milk today</td>"), r.xhtml);
        assertTrue(r.fo.contains("<fo:table-header>"), "the label row repeats on every page");
        assertTrue(r.fo.contains("number-columns-spanned=\"2\""), r.fo);
        assertTrue(r.fo.matches("(?s).*<fo:table-header>.*Item.*</fo:table-header>.*"), "the label row is the header of the tagged table");
        assertTrue(r.foText().contains("Table 1. Prices Item Price Bread 2 No milk today"), r.foText());
    }
}
