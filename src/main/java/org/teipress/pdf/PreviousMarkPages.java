package org.teipress.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDObjectReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;

/**
 * Reads from a PDF tei-press published before on which page each footnote mark fell, so that a
 * rebuild in a new process can start its layout from those pages as a rebuild in the same JVM
 * starts from its last layout. In the tagged structure each footnote is a {@code Note} element
 * with the note's xml:id as {@code /ID} ({@link TaggingFinisher}); its first child is the mark
 * in the text, whose content names its page. Anything unexpected gives no pages: a guess that
 * does not hold only costs the layout pass it would have cost anyway.
 */
final class PreviousMarkPages {
    private PreviousMarkPages() {
    }

    /** Mark id ({@link FootnotePages#markId}) → zero-based page index; empty when {@code pdf} tells nothing. */
    static Map<String, Integer> read(Path pdf) {
        if (pdf == null || !Files.isRegularFile(pdf)) {
            return Map.of();
        }
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDStructureTreeRoot root = document.getDocumentCatalog().getStructureTreeRoot();
            if (root == null) {
                return Map.of();
            }
            Map<COSDictionary, Integer> pageIndex = new IdentityHashMap<>();
            for (PDPage page : document.getPages()) {
                pageIndex.put(page.getCOSObject(), pageIndex.size());
            }
            Map<String, Integer> pages = new HashMap<>();
            collect(root, pageIndex, pages);
            return pages;
        } catch (IOException | RuntimeException e) {
            // Not a PDF of ours, damaged, or being replaced: lay out without a head start.
            return Map.of();
        }
    }

    private static void collect(PDStructureNode node, Map<COSDictionary, Integer> pageIndex,
            Map<String, Integer> pages) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                String id = element.getElementIdentifier();
                if (StandardStructureTypes.NOTE.equals(element.getStructureType()) && id != null) {
                    PDPage page = firstPage(element);
                    Integer index = page == null ? null : pageIndex.get(page.getCOSObject());
                    if (index != null) {
                        pages.putIfAbsent(FootnotePages.markId(id), index);
                    }
                } else {
                    collect(element, pageIndex, pages);
                }
            }
        }
    }

    /** The page of the first content under {@code element}: for a Note, its mark in the text. */
    private static PDPage firstPage(PDStructureElement element) {
        if (element.getPage() != null) {
            return element.getPage();
        }
        for (Object kid : element.getKids()) {
            PDPage page = null;
            if (kid instanceof PDStructureElement child) {
                page = firstPage(child);
            } else if (kid instanceof PDMarkedContentReference content) {
                page = content.getPage();
            } else if (kid instanceof PDObjectReference reference) {
                page = pageOf(reference.getCOSObject());
            }
            if (page != null) {
                return page;
            }
        }
        return null;
    }

    private static PDPage pageOf(COSDictionary reference) {
        COSDictionary page = reference.getCOSDictionary(COSName.PG);
        return page == null ? null : new PDPage(page);
    }
}
