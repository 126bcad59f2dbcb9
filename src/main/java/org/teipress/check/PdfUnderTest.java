package org.teipress.check;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/** A PDF opened once for all PDF checks; the text is extracted once, on first use. */
public final class PdfUnderTest implements AutoCloseable {
    private final Path file;
    private final PDDocument document;
    private PdfRendering rendering;

    private PdfUnderTest(Path file, PDDocument document) {
        this.file = file;
        this.document = document;
    }

    public static PdfUnderTest open(Path file) throws IOException {
        return new PdfUnderTest(file, Loader.loadPDF(file.toFile()));
    }

    public Path file() {
        return file;
    }

    public PDDocument document() {
        return document;
    }

    public PdfRendering rendering() throws IOException {
        if (rendering == null) {
            rendering = PdfRendering.of(document);
        }
        return rendering;
    }

    @Override
    public void close() throws IOException {
        document.close();
    }
}
