package org.teipress.pdf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** What the PDF tests read from a rendered PDF, through PDFBox. */
final class PdfFacts {
    /** A font used on some page: its PostScript name and whether its program is embedded. */
    record UsedFont(String name, boolean embedded) {
        /** Subset fonts are named with a six-letter tag and a plus sign (ISO 32000-1, 9.6.4). */
        boolean subset() {
            return name.matches("[A-Z]{6}\\+.+");
        }
    }

    /** An outline entry and its depth, 1 for top level. */
    record Bookmark(int depth, String title) { }

    private final PDDocument document;

    PdfFacts(PDDocument document) {
        this.document = document;
    }

    Set<UsedFont> fonts() throws IOException {
        Set<UsedFont> fonts = new LinkedHashSet<>();
        for (PDPage page : document.getPages()) {
            PDResources resources = page.getResources();
            for (COSName name : resources.getFontNames()) {
                PDFont font = resources.getFont(name);
                boolean embedded = font instanceof PDType0Font type0
                        ? type0.getDescendantFont().isEmbedded() : font.isEmbedded();
                fonts.add(new UsedFont(font.getName(), embedded));
            }
        }
        return fonts;
    }

    List<Bookmark> outline() {
        List<Bookmark> bookmarks = new ArrayList<>();
        PDOutlineNode root = document.getDocumentCatalog().getDocumentOutline();
        if (root != null) {
            collect(root, 1, bookmarks);
        }
        return bookmarks;
    }

    private static void collect(PDOutlineNode node, int depth, List<Bookmark> into) {
        for (PDOutlineItem item : node.children()) {
            into.add(new Bookmark(depth, item.getTitle()));
            collect(item, depth + 1, into);
        }
    }

    List<String> uriLinks() throws IOException {
        List<String> uris = new ArrayList<>();
        for (PDAnnotationLink link : links()) {
            if (link.getAction() instanceof PDActionURI uri) {
                uris.add(uri.getURI());
            }
        }
        return uris;
    }

    /** Links inside the document: note mark to note and back. */
    int internalLinks() throws IOException {
        int count = 0;
        for (PDAnnotationLink link : links()) {
            if (link.getDestination() != null || link.getAction() instanceof PDActionGoTo) {
                count++;
            }
        }
        return count;
    }

    private List<PDAnnotationLink> links() throws IOException {
        List<PDAnnotationLink> links = new ArrayList<>();
        for (PDPage page : document.getPages()) {
            for (PDAnnotation annotation : page.getAnnotations()) {
                if (annotation instanceof PDAnnotationLink link) {
                    links.add(link);
                }
            }
        }
        return links;
    }

    String text() throws IOException {
        return new PDFTextStripper().getText(document);
    }

    String language() {
        return document.getDocumentCatalog().getLanguage();
    }

    String title() {
        return document.getDocumentInformation().getTitle();
    }

    boolean displaysTitle() {
        var preferences = document.getDocumentCatalog().getViewerPreferences();
        return preferences != null && preferences.displayDocTitle();
    }

    String xmp() throws IOException {
        PDMetadata metadata = document.getDocumentCatalog().getMetadata();
        return metadata == null ? "" : new String(metadata.toByteArray(), StandardCharsets.UTF_8);
    }

    /** Every structure element of the tagged PDF, in structure order. */
    List<PDStructureElement> structureElements() {
        List<PDStructureElement> elements = new ArrayList<>();
        var root = document.getDocumentCatalog().getStructureTreeRoot();
        if (root != null) {
            collectElements(root, elements);
        }
        return elements;
    }

    private static void collectElements(PDStructureNode node, List<PDStructureElement> into) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                into.add(element);
                collectElements(element, into);
            }
        }
    }

    /** Every /Lang declared on a structure element of the tagged PDF. */
    Set<String> structureLanguages() {
        Set<String> languages = new LinkedHashSet<>();
        structureElements().stream().map(PDStructureElement::getLanguage)
                .filter(java.util.Objects::nonNull).forEach(languages::add);
        return languages;
    }

    /**
     * The printed lines of every page, each as its characters from left to right. Glyphs
     * smaller than {@code minimumSize} points (superscript note marks) are left out: they sit
     * above the baseline and are not where a line starts or ends for the reader.
     */
    List<String> lines(float minimumSize) throws IOException {
        List<String> lines = new ArrayList<>();
        for (int page = 1; page <= document.getNumberOfPages(); page++) {
            List<TextPosition> glyphs = glyphsOf(page);
            java.util.TreeMap<Integer, List<TextPosition>> byBaseline = new java.util.TreeMap<>();
            for (TextPosition glyph : glyphs) {
                if (glyph.getFontSizeInPt() >= minimumSize && !glyph.getUnicode().isBlank()) {
                    byBaseline.computeIfAbsent(Math.round(glyph.getYDirAdj()), y -> new ArrayList<>()).add(glyph);
                }
            }
            for (List<TextPosition> line : byBaseline.values()) {
                line.sort(java.util.Comparator.comparing(TextPosition::getXDirAdj));
                StringBuilder text = new StringBuilder();
                line.forEach(glyph -> text.append(glyph.getUnicode()));
                lines.add(text.toString());
            }
        }
        return lines;
    }

    private List<TextPosition> glyphsOf(int page) throws IOException {
        List<TextPosition> glyphs = new ArrayList<>();
        PDFTextStripper collector = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
                glyphs.add(text);
            }
        };
        collector.setStartPage(page);
        collector.setEndPage(page);
        collector.getText(document);
        return glyphs;
    }

    /** The {@code /ID} of each {@code Note} structure element, in structure order. */
    List<String> noteIds() {
        return structureElements().stream().filter(e -> "Note".equals(e.getStructureType()))
                .map(PDStructureElement::getElementIdentifier).toList();
    }

    /** The structure element the structure tree's ID tree gives for {@code id}. */
    PDStructureElement elementWithId(String id) throws IOException {
        var idTree = document.getDocumentCatalog().getStructureTreeRoot().getIDTree();
        return idTree == null ? null : idTree.getValue(id);
    }

    /** Link annotations a screen reader could not announce: no {@code /Contents}. */
    long linksWithoutDescription() throws IOException {
        return links().stream().filter(link -> link.getContents() == null || link.getContents().isBlank()).count();
    }

    /** The circled note numbers on one page: the marks in the text and the numbers of the notes. */
    record PageMarks(int page, List<Integer> inText, List<Integer> inNotes) { }

    /**
     * The circled numbers (①…㊿) of every page that has any, top to bottom and left to right.
     * A glyph smaller than {@code footnoteSize} points is a superscript mark in the text; one of
     * that size or larger is the number of a footnote.
     */
    List<PageMarks> noteMarks(float footnoteSize) throws IOException {
        List<PageMarks> pages = new ArrayList<>();
        boolean inReferenceList = false;
        for (int page = 1; page <= document.getNumberOfPages(); page++) {
            List<TextPosition> glyphs = glyphsOf(page);
            // The reference list (参考文献) repeats the marks of the notes citing each entry
            // ("见第4页注②"); from its heading on, a circled number right after 注 is such a
            // cross-reference, not a footnote's own number.
            float listStart = inReferenceList ? Float.NEGATIVE_INFINITY : referenceListStart(glyphs);
            inReferenceList = listStart < Float.MAX_VALUE;
            List<TextPosition> marks = new ArrayList<>();
            for (int i = 0; i < glyphs.size(); i++) {
                TextPosition glyph = glyphs.get(i);
                boolean crossReference = glyph.getYDirAdj() >= listStart && i > 0
                        && "注".equals(glyphs.get(i - 1).getUnicode());
                if (circledNumber(glyph.getUnicode()) != 0 && !crossReference) {
                    marks.add(glyph);
                }
            }
            marks.sort(java.util.Comparator.comparing((TextPosition t) -> Math.round(t.getYDirAdj()))
                    .thenComparing(TextPosition::getXDirAdj));
            List<Integer> inText = new ArrayList<>();
            List<Integer> inNotes = new ArrayList<>();
            for (TextPosition mark : marks) {
                (mark.getFontSizeInPt() < footnoteSize - 0.5f ? inText : inNotes).add(circledNumber(mark.getUnicode()));
            }
            if (!marks.isEmpty()) {
                pages.add(new PageMarks(page, inText, inNotes));
            }
        }
        return pages;
    }

    /** The baseline of the 参考文献 heading on this page, or MAX_VALUE when it is not here. */
    private static float referenceListStart(List<TextPosition> glyphs) {
        String heading = "参考文献";
        for (int i = 0; i + heading.length() <= glyphs.size(); i++) {
            boolean match = true;
            for (int k = 0; k < heading.length() && match; k++) {
                match = glyphs.get(i + k).getUnicode().equals(String.valueOf(heading.charAt(k)));
            }
            if (match && glyphs.get(i).getFontSizeInPt() > 9f) {
                return glyphs.get(i).getYDirAdj() - glyphs.get(i).getHeightDir();
            }
        }
        return Float.MAX_VALUE;
    }

    /** ① … ⑳, ㉑ … ㉟, ㊱ … ㊿ as 1 … 50; anything else 0. */
    static int circledNumber(String glyph) {
        if (glyph.length() != 1) {
            return 0;
        }
        char c = glyph.charAt(0);
        if (c >= '\u2460' && c <= '\u2473') {
            return c - '\u2460' + 1;
        }
        if (c >= '\u3251' && c <= '\u325F') {
            return c - '\u3251' + 21;
        }
        if (c >= '\u32B1' && c <= '\u32BF') {
            return c - '\u32B1' + 36;
        }
        return 0;
    }
}
