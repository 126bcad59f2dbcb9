package org.teipress.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDAttributeObject;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDTableAttributeObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teipress.app.Toolchain;
import org.teipress.pipeline.Gate;
import org.teipress.pipeline.OutputFormat;
import org.teipress.pipeline.Progress;
import org.teipress.pipeline.Publication;

/** PDF/UA-1 (ISO 14289-1 7.5) wants a Scope on every header cell, also one that spans columns. */
class TableTaggingTest {
    @TempDir
    Path dir;

    @Test
    void everyHeaderCellHasAScopeAlsoWhenItSpansColumns() throws Exception {
        Path source = Files.writeString(dir.resolve("table.xml"), """
                <TEI xmlns="http://www.tei-c.org/ns/1.0" xml:lang="en"><teiHeader><fileDesc><titleStmt>
                <title>Spans</title></titleStmt><publicationStmt><p>p</p></publicationStmt>
                <sourceDesc><p>s</p></sourceDesc></fileDesc></teiHeader><text><body>
                <table><row role="label"><cell cols="2">Spans horizontally</cell><cell>Header 3</cell></row>
                <row><cell>a</cell><cell>b</cell><cell>c</cell></row></table>
                </body></text></TEI>
                """, StandardCharsets.UTF_8);
        Toolchain toolchain = new Toolchain();
        toolchain.allowFolders(source, dir);
        Publication publication = toolchain.pipeline(Progress.silent(), Gate.NONE).prepare(source);
        OutputFormat pdf = toolchain.formats(new Toolchain.Selection(List.of("pdf"), Toolchain.DEFAULT_PAGE_SIZE)).get(0);
        Path file = dir.resolve("table.pdf");
        pdf.write(publication, file, Progress.silent());

        List<PDStructureElement> headerCells = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            collect(document.getDocumentCatalog().getStructureTreeRoot(), "TH", headerCells);
            assertEquals(2, headerCells.size(), "the label row is two header cells");
            for (PDStructureElement cell : headerCells) {
                List<String> scopes = tableAttributes(cell).stream().map(PDTableAttributeObject::getScope)
                        .filter(java.util.Objects::nonNull).toList();
                assertEquals(List.of(PDTableAttributeObject.SCOPE_COLUMN), scopes, "the scope of a header cell");
            }
            assertTrue(headerCells.stream().anyMatch(c -> tableAttributes(c).stream().anyMatch(t -> t.getColSpan() == 2)),
                    "the cell that spans two columns is among them");
        }
    }

    private static List<PDTableAttributeObject> tableAttributes(PDStructureElement cell) {
        List<PDTableAttributeObject> found = new ArrayList<>();
        var attributes = cell.getAttributes();
        for (int i = 0; i < attributes.size(); i++) {
            PDAttributeObject attribute = attributes.getObject(i);
            if (attribute instanceof PDTableAttributeObject table) {
                found.add(table);
            }
        }
        return found;
    }

    private static void collect(PDStructureNode node, String type, List<PDStructureElement> found) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                if (type.equals(element.getStructureType())) {
                    found.add(element);
                }
                collect(element, type, found);
            }
        }
    }
}
