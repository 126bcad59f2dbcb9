package org.teipress.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDStructureElementNameTreeNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDObjectReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.teipress.core.PublishException;

/**
 * Completes the tagged structure FOP 2.11 writes, in place:
 * <ul>
 * <li>every {@code Note} structure element gets an {@code /ID} (PDF/UA-1, ISO 14289-1 7.9),
 * the note's {@code xml:id} from the source, listed in the structure tree's ID tree;</li>
 * <li>every link annotation gets the description of its {@code Link} element as {@code /Contents}
 * (PDF/UA-1 7.18.5): FOP writes it for links to URLs but not for links inside the document,
 * such as note mark to note;</li>
 * <li>language tags are written as in the source ({@code zh-Hans}): FOP builds them from a
 * Java locale and upper-cases the script subtag ({@code zh-HANS});</li>
 * <li>the quarter-em spaces between Han and Western text become visual only
 * ({@link QuarterSpaceText});</li>
 * <li>every header cell ({@code TH}) has a {@code /Scope} (PDF/UA-1 7.5): FOP gives header cells
 * the scope Column, except one that spans columns. Only the rows of {@code fo:table-header} are
 * header cells (xslt/fo/generic.xsl), so Column is their scope.</li>
 * </ul>
 * The file is saved whole and uncompressed, so it keeps its PDF 1.4 header, fonts, XMP and
 * document ID unchanged.
 */
final class TaggingFinisher {
    private static final COSName TABLE = COSName.getPDFName("Table");
    private static final COSName SCOPE = COSName.getPDFName("Scope");
    private static final COSName COLUMN = COSName.getPDFName("Column");
    private final String language;
    private final List<String> footnoteIds;

    /** {@code footnoteIds}: the xml:id of each footnote, in document order. */
    TaggingFinisher(String language, List<String> footnoteIds) {
        this.language = language;
        this.footnoteIds = List.copyOf(footnoteIds);
    }

    void finish(Path pdf) throws PublishException {
        Path finished = pdf.resolveSibling(pdf.getFileName() + ".tagged");
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDStructureTreeRoot root = document.getDocumentCatalog().getStructureTreeRoot();
            if (root == null) {
                throw new PublishException("FOP wrote " + pdf.getFileName() + " without a structure tree;"
                        + " accessibility must be on for PDF/UA.");
            }
            if (language.equalsIgnoreCase(document.getDocumentCatalog().getLanguage())) {
                document.getDocumentCatalog().setLanguage(language);
            }
            List<PDStructureElement> notes = new ArrayList<>();
            QuarterSpaceText quarterSpaces = new QuarterSpaceText();
            walk(root, notes, quarterSpaces);
            quarterSpaces.apply(document);
            Map<String, PDStructureElement> ids = new LinkedHashMap<>();
            for (int i = 0; i < notes.size(); i++) {
                // The source ids when notes and footnotes pair up one to one, else positions.
                String id = notes.size() == footnoteIds.size() ? footnoteIds.get(i) : "note-" + (i + 1);
                notes.get(i).setElementIdentifier(id);
                ids.put(id, notes.get(i));
            }
            if (!ids.isEmpty()) {
                PDStructureElementNameTreeNode idTree = new PDStructureElementNameTreeNode();
                idTree.setNames(ids);
                root.setIDTree(idTree);
            }
            UncompressedSave.save(document, finished);
        } catch (IOException e) {
            throw new PublishException("Cannot complete the tagged structure of " + pdf.getFileName() + ": "
                    + e.getMessage(), pdf, -1, -1, e);
        }
        try {
            Files.move(finished, pdf, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new PublishException("Cannot replace " + pdf + ": " + e.getMessage(), pdf, -1, -1, e);
        }
    }

    private void walk(PDStructureNode node, List<PDStructureElement> notes, QuarterSpaceText quarterSpaces) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                if ("Note".equals(element.getStructureType())) {
                    notes.add(element);
                }
                if ("TH".equals(element.getStructureType())) {
                    scopeHeaderCell(element);
                }
                if ("Link".equals(element.getStructureType()) && element.getAlternateDescription() != null) {
                    describeAnnotations(element);
                }
                if (language.equalsIgnoreCase(element.getLanguage())) {
                    element.setLanguage(language);
                }
                quarterSpaces.collect(element);
                walk(element, notes, quarterSpaces);
            }
        }
    }

    private static void scopeHeaderCell(PDStructureElement cell) {
        COSBase attributes = cell.getCOSObject().getDictionaryObject(COSName.A);
        List<COSDictionary> owned = new ArrayList<>();
        if (attributes instanceof COSDictionary dictionary) {
            owned.add(dictionary);
        } else if (attributes instanceof COSArray array) {
            array.forEach(item -> {
                if (item instanceof COSObject object && object.getObject() instanceof COSDictionary dictionary) {
                    owned.add(dictionary);
                } else if (item instanceof COSDictionary dictionary) {
                    owned.add(dictionary);
                }
            });
        }
        COSDictionary table = owned.stream().filter(d -> TABLE.equals(d.getCOSName(COSName.O))).findFirst().orElse(null);
        if (table == null) {
            table = new COSDictionary();
            table.setItem(COSName.O, TABLE);
            if (attributes == null) {
                cell.getCOSObject().setItem(COSName.A, table);
            } else if (attributes instanceof COSArray array) {
                array.add(table);
            } else {
                COSArray both = new COSArray();
                both.add(attributes);
                both.add(table);
                cell.getCOSObject().setItem(COSName.A, both);
            }
        }
        if (!table.containsKey(SCOPE)) {
            table.setItem(SCOPE, COLUMN);
        }
    }

    private static void describeAnnotations(PDStructureElement link) {
        for (Object kid : link.getKids()) {
            if (kid instanceof PDObjectReference reference
                    && reference.getReferencedObject() instanceof PDAnnotation annotation
                    && annotation.getContents() == null) {
                annotation.setContents(link.getAlternateDescription());
            }
        }
    }
}
