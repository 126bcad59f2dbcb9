package org.teipress.check;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.type.BadFieldValueException;
import org.apache.xmpbox.xml.DomXmpParser;
import org.apache.xmpbox.xml.XmpParsingException;

/**
 * The fields of a PDF's XMP metadata the gate compares: Dublin Core and the PDF/A identification,
 * read with PDFBox's XmpBox.
 */
final class PdfXmp {
    private final XMPMetadata xmp;

    private PdfXmp(XMPMetadata xmp) {
        this.xmp = xmp;
    }

    /** The XMP of the document catalog, or empty when the PDF has none. */
    static Optional<PdfXmp> of(PDDocument document) throws IOException {
        PDMetadata metadata = document.getDocumentCatalog().getMetadata();
        if (metadata == null) {
            return Optional.empty();
        }
        try (InputStream in = metadata.exportXMPMetadata()) {
            DomXmpParser parser = new DomXmpParser();
            // The gate judges the fields it reads; veraPDF judges the XMP's conformance as a whole.
            parser.setStrictParsing(false);
            return Optional.of(new PdfXmp(parser.parse(in.readAllBytes())));
        } catch (XmpParsingException e) {
            throw new IOException("The XMP metadata cannot be read: " + e.getMessage(), e);
        }
    }

    /** Every title, in each language the XMP gives one. */
    List<String> titles() throws IOException {
        DublinCoreSchema dc = xmp.getDublinCoreSchema();
        List<String> titles = new ArrayList<>();
        try {
            if (dc != null && dc.getTitleLanguages() != null) {
                for (String language : dc.getTitleLanguages()) {
                    String title = dc.getTitle(language);
                    if (title != null) {
                        titles.add(title.trim());
                    }
                }
            }
        } catch (BadFieldValueException e) {
            throw new IOException("The XMP dc:title is not a language alternative: " + e.getMessage(), e);
        }
        return titles;
    }

    List<String> creators() {
        DublinCoreSchema dc = xmp.getDublinCoreSchema();
        return dc == null || dc.getCreators() == null ? List.of() : trimmed(dc.getCreators());
    }

    List<String> languages() {
        DublinCoreSchema dc = xmp.getDublinCoreSchema();
        return dc == null || dc.getLanguages() == null ? List.of() : trimmed(dc.getLanguages());
    }

    /** {@code pdfaid:part} + {@code pdfaid:conformance}, e.g. "2a", or empty when not declared. */
    String pdfaIdentification() {
        PDFAIdentificationSchema id = xmp.getPDFAIdentificationSchema();
        if (id == null) {
            return "";
        }
        String part = id.getPart() == null ? "" : id.getPart().toString();
        String conformance = id.getConformance() == null ? "" : id.getConformance().toLowerCase(Locale.ROOT);
        return part + conformance;
    }

    private static List<String> trimmed(List<String> values) {
        return values.stream().map(String::trim).toList();
    }
}
