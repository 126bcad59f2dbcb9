package org.teipress.check;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDAction;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDNamedDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;

/**
 * Every {@code ptr}/{@code ref} target of the TEI is a link annotation to that URI, as often as
 * the source has it; every link of the PDF leads somewhere: a well-formed absolute URI or a page.
 */
public final class PdfLinkCheck implements OutputCheck<PdfUnderTest> {

    @Override
    public String name() {
        return "pdf-links";
    }

    @Override
    public void run(PdfUnderTest pdf, SourceText source, CheckResult result) throws IOException {
        result.judgedBy(Referee.pdfBox());
        Map<String, Integer> uris = new HashMap<>();
        int links = 0;
        int internal = 0;
        PDDocumentCatalog catalog = pdf.document().getDocumentCatalog();
        int pageNumber = 0;
        for (PDPage page : pdf.document().getPages()) {
            pageNumber++;
            for (PDAnnotation annotation : page.getAnnotations()) {
                if (!(annotation instanceof PDAnnotationLink link)) {
                    continue;
                }
                links++;
                PDAction action = link.getAction();
                if (action instanceof PDActionURI uriAction) {
                    String uri = uriAction.getURI();
                    if (isValidUri(uri)) {
                        uris.merge(uri, 1, Integer::sum);
                    } else {
                        result.error("A link on page " + pageNumber + " has the invalid URI \"" + uri + "\".", null);
                    }
                } else {
                    PDDestination destination = action instanceof PDActionGoTo goTo ? goTo.getDestination()
                            : link.getDestination();
                    if (leadsToPage(destination, catalog)) {
                        internal++;
                    } else {
                        result.error("A link on page " + pageNumber + " points nowhere: it has neither a URI nor"
                                + " a destination page.", null);
                    }
                }
            }
        }
        int targets = ExpectedLinks.check(source, uris, result, "PDF", "a link annotation");
        result.figure("links", links);
        result.figure("uriLinks", uris.values().stream().mapToInt(Integer::intValue).sum());
        result.figure("internalLinks", internal);
        result.figure("sourceTargets", targets);
    }

    static boolean isValidUri(String uri) {
        if (uri == null || uri.isBlank()) {
            return false;
        }
        try {
            URI parsed = new URI(uri);
            return parsed.isAbsolute() && (parsed.getHost() != null || "mailto".equalsIgnoreCase(parsed.getScheme()));
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static boolean leadsToPage(PDDestination destination, PDDocumentCatalog catalog) throws IOException {
        if (destination instanceof PDNamedDestination named) {
            destination = catalog.findNamedDestinationPage(named);
        }
        if (destination instanceof PDPageDestination page) {
            return page.getPage() != null || page.getPageNumber() >= 0;
        }
        return false;
    }
}
