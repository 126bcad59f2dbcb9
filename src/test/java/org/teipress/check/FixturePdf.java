package org.teipress.check;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;

/**
 * Writes a PDF of {@link SampleRendering} with PDFBox the way a print renderer lays it out:
 * narrow pages so paragraphs break across pages between a running head and a folio, line-end
 * hyphens in Russian words, endnotes, links, outline, metadata. Each option spoils one thing.
 */
final class FixturePdf {
    private static final float FONT_SIZE = 11;
    private static final float LEADING = 16;
    private static final float MARGIN = 40;
    private static final PDRectangle PAGE = new PDRectangle(260, 200);
    private static final int LINES_PER_PAGE = 7;

    private final Set<String> omittedBlocks = new HashSet<>();
    private final Set<String> omittedLinks = new HashSet<>();
    private boolean folioInStandard14Font;
    private String pdfaPart = "2";
    private final List<String> extraBlocks = new ArrayList<>();
    private final Set<String> unwrappedBlocks = new HashSet<>();

    FixturePdf without(String block) {
        omittedBlocks.add(block);
        return this;
    }

    FixturePdf withoutLink(String url) {
        omittedLinks.add(url);
        return this;
    }

    /** Page numbers in Helvetica, which a viewer substitutes: the font is not embedded. */
    FixturePdf folioInStandard14Font() {
        folioInStandard14Font = true;
        return this;
    }

    FixturePdf noPdfaIdentification() {
        pdfaPart = null;
        return this;
    }

    /** The block drawn on one line, as FOP draws a run it cannot break: most of it beyond the page's right edge. */
    FixturePdf unwrapped(String block) {
        unwrappedBlocks.add(block);
        return this;
    }

    /** An extra paragraph at the end, e.g. one holding a character the font lacks. */
    FixturePdf with(String block) {
        extraBlocks.add(block);
        return this;
    }

    private final class Layout {
        final PDDocument document;
        final PDFont font;
        final PDFont folioFont;
        PDPage page;
        PDPageContentStream content;
        int line;
        int pageNumber;

        Layout(PDDocument document) throws IOException {
            this.document = document;
            this.font = PDType0Font.load(document, Path.of("fonts/NotoSerifSC-Regular.ttf").toFile());
            this.folioFont = folioInStandard14Font ? new PDType1Font(Standard14Fonts.FontName.HELVETICA) : font;
        }

        void newPage() throws IOException {
            finishPage();
            page = new PDPage(PAGE);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
            pageNumber++;
            line = 0;
            draw(font, SampleRendering.TITLE, 8, PAGE.getHeight() - 20);
        }

        void finishPage() throws IOException {
            if (content != null) {
                draw(folioFont, "- " + pageNumber + " -", 8, 12);
                content.close();
            }
        }

        /** Draws one line; returns its rectangle for a link. */
        PDRectangle writeLine(String text) throws IOException {
            if (page == null || line == LINES_PER_PAGE) {
                newPage();
            }
            float y = PAGE.getHeight() - MARGIN - line * LEADING;
            draw(font, text, FONT_SIZE, y);
            line++;
            return new PDRectangle(MARGIN, y - 3, PAGE.getWidth() - 2 * MARGIN, LEADING);
        }

        void draw(PDFont with, String text, float size, float y) throws IOException {
            content.beginText();
            content.setFont(with, size);
            content.newLineAtOffset(MARGIN, y);
            content.showText(text);
            content.endText();
        }
    }

    Path write(Path target) throws IOException {
        try (PDDocument document = new PDDocument()) {
            Layout layout = new Layout(document);
            PDDocumentOutline outline = new PDDocumentOutline();
            document.getDocumentCatalog().setDocumentOutline(outline);
            PDOutlineNode[] parents = {outline, null, null};
            List<SampleRendering.Block> blocks = new ArrayList<>(SampleRendering.body());
            extraBlocks.forEach(b -> blocks.add(SampleRendering.Block.text(b)));
            blocks.addAll(SampleRendering.notes());
            for (SampleRendering.Block block : blocks) {
                if (omittedBlocks.contains(block.text())) {
                    continue;
                }
                List<String> lines = unwrappedBlocks.contains(block.text())
                        ? List.of(covered(layout.font, block.text()))
                        : wrap(covered(layout.font, block.text()), layout.font);
                PDRectangle first = null;
                for (String line : lines) {
                    PDRectangle rectangle = layout.writeLine(line);
                    first = first == null ? rectangle : first;
                    if (block.outlineLevel() > 0 && line == lines.get(0)) {
                        PDOutlineItem item = new PDOutlineItem();
                        item.setTitle(block.text());
                        PDPageFitDestination destination = new PDPageFitDestination();
                        destination.setPage(layout.page);
                        item.setDestination(destination);
                        parents[block.outlineLevel() - 1].addLast(item);
                        parents[block.outlineLevel()] = item;
                    }
                }
                if (block.link() != null && !omittedLinks.contains(block.link())) {
                    PDAnnotationLink link = new PDAnnotationLink();
                    link.setRectangle(first);
                    PDActionURI action = new PDActionURI();
                    action.setURI(block.link());
                    link.setAction(action);
                    layout.page.getAnnotations().add(link);
                }
            }
            layout.finishPage();
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(SampleRendering.TITLE);
            info.setAuthor(SampleRendering.AUTHOR);
            document.getDocumentCatalog().setLanguage("zh-Hans");
            PDMetadata metadata = new PDMetadata(document);
            metadata.importXMPMetadata(xmp().getBytes(StandardCharsets.UTF_8));
            document.getDocumentCatalog().setMetadata(metadata);
            document.save(target.toFile());
        }
        return target;
    }

    /** What FOP does with a character its font lacks: it prints '#'. */
    private static String covered(PDFont font, String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> {
            String s = new String(Character.toChars(c));
            try {
                font.encode(s);
                out.append(s);
            } catch (IOException | IllegalArgumentException e) {
                out.append('#');
            }
        });
        return out.toString();
    }

    /** Breaks into lines that fit; a break inside a Latin or Cyrillic word gets a hyphen. */
    private static List<String> wrap(String text, PDFont font) throws IOException {
        float width = PAGE.getWidth() - 2 * MARGIN;
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        int[] chars = text.codePoints().toArray();
        for (int i = 0; i < chars.length; i++) {
            String next = line + new String(Character.toChars(chars[i])) + "-";
            if (font.getStringWidth(next) / 1000 * FONT_SIZE > width && line.length() > 0) {
                boolean insideWord = Character.isLetter(chars[i]) && i > 0 && Character.isLetter(chars[i - 1])
                        && chars[i] < 0x2E80 && chars[i - 1] < 0x2E80;
                lines.add(line + (insideWord ? "-" : ""));
                line.setLength(0);
            }
            line.appendCodePoint(chars[i]);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    private String xmp() {
        String pdfaid = pdfaPart == null ? ""
                : "<pdfaid:part>" + pdfaPart + "</pdfaid:part><pdfaid:conformance>A</pdfaid:conformance>";
        return "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>"
                + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"
                + "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
                + " xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">"
                + "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" + SampleRendering.TITLE + "</rdf:li></rdf:Alt></dc:title>"
                + "<dc:creator><rdf:Seq><rdf:li>" + SampleRendering.AUTHOR + "</rdf:li></rdf:Seq></dc:creator>"
                + "<dc:language><rdf:Bag><rdf:li>zh-Hans</rdf:li></rdf:Bag></dc:language>"
                + pdfaid + "</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end=\"w\"?>";
    }
}
