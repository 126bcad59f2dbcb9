package org.teipress.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfwriter.COSWriter;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saving a loaded PDF in linear time writes the bytes PDFBox's own uncompressed save writes. */
class UncompressedSaveTest {
    @TempDir
    Path dir;

    @Test
    void writesTheSameBytesAsPdfBoxOnAWideSharedTree() throws Exception {
        byte[] original = wideDocument(3000);
        Path ours = dir.resolve("ours.pdf");
        try (PDDocument document = Loader.loadPDF(original)) {
            UncompressedSave.save(document, ours);
        }
        ByteArrayOutputStream theirs = new ByteArrayOutputStream();
        try (PDDocument document = Loader.loadPDF(original)) {
            document.save(theirs, CompressParameters.NO_COMPRESSION);
        }
        assertArrayEquals(theirs.toByteArray(), Files.readAllBytes(ours));
        try (PDDocument reread = Loader.loadPDF(ours.toFile())) {
            COSArray kids = reread.getDocumentCatalog().getCOSObject().getCOSArray(COSName.getPDFName("Wide"));
            assertEquals(3000, kids.size(), "every entry of the wide array is written");
        }
    }

    @Test
    void theBundledPdfBoxQueueIsReplaced() {
        // Fails when a PDFBox upgrade stores the writer's queue otherwise: the save would still be
        // right, but quadratic again on long books.
        assertTrue(UncompressedSave.indexQueue(new COSWriter(new ByteArrayOutputStream())));
    }

    @Test
    void theQueueCountsRepeatedMembersUntilTheLastLeaves() {
        UncompressedSave.CountingQueue queue = new UncompressedSave.CountingQueue();
        COSDictionary shared = new COSDictionary();
        COSDictionary other = new COSDictionary();
        queue.add(shared);
        queue.add(other);
        queue.add(shared);
        assertTrue(queue.contains(shared));
        assertEquals(shared, queue.removeFirst());
        assertTrue(queue.contains(shared), "the second entry is still queued");
        assertEquals(other, queue.removeFirst());
        assertFalse(queue.contains(other));
        assertEquals(shared, queue.removeFirst());
        assertFalse(queue.contains(shared));
        assertTrue(queue.isEmpty());
        queue.add(other);
        assertThrows(UnsupportedOperationException.class, () -> queue.remove(other));
    }

    /** A one-page PDF whose catalog holds an array of {@code width} indirect dictionaries sharing one child. */
    private static byte[] wideDocument(int width) throws Exception {
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            COSDictionary shared = new COSDictionary();
            shared.setItem(COSName.TYPE, COSName.getPDFName("Shared"));
            COSArray wide = new COSArray();
            for (int i = 0; i < width; i++) {
                COSDictionary entry = new COSDictionary();
                entry.setItem(COSName.getPDFName("N"), COSInteger.get(i));
                entry.setItem(COSName.getPDFName("S"), shared);
                entry.setItem(COSName.P, document.getDocumentCatalog().getCOSObject());
                wide.add(entry);
            }
            document.getDocumentCatalog().getCOSObject().setItem(COSName.getPDFName("Wide"), wide);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out, CompressParameters.NO_COMPRESSION);
            return out.toByteArray();
        }
    }
}
