package org.teipress.pdf;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.sf.saxon.s9api.SAXDestination;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XdmAtomicValue;
import net.sf.saxon.s9api.XdmValue;
import org.apache.fop.apps.FOPException;
import org.apache.fop.apps.FOUserAgent;
import org.apache.fop.apps.Fop;
import org.apache.fop.apps.FopFactory;
import org.apache.fop.apps.MimeConstants;
import org.teipress.pipeline.OutputFormat;
import org.teipress.pipeline.Publication;
import org.teipress.pipeline.PublishException;
import org.teipress.pipeline.Toolkit;
import org.teipress.xslt.Stylesheets;

/**
 * PDF output: the normalised TEI through {@code xslt/tei-to-fo.xsl} straight into Apache FOP
 * (no FO file in between). The FOP factory is created once per instance, on first use, and
 * reused for every document, so its configuration and fonts are set up once.
 */
public final class PdfFormat implements OutputFormat {
    /** The trim size of Chinese academic yearbooks (16开). */
    public static final String DEFAULT_PAGE_SIZE = "185x260";

    private final Stylesheets stylesheets;
    private final FopFactories factories;
    private final String pageSize;
    private FopFactory factory;

    public PdfFormat(Stylesheets stylesheets, Toolkit toolkit) {
        this(stylesheets, toolkit, DEFAULT_PAGE_SIZE);
    }

    /** {@code pageSize}: {@code 185x260}, {@code A4} or {@code A5} (see xslt/fo/params.xsl). */
    public PdfFormat(Stylesheets stylesheets, Toolkit toolkit, String pageSize) {
        this.stylesheets = stylesheets;
        this.factories = new FopFactories(new BundledFonts(toolkit));
        this.pageSize = pageSize;
    }

    @Override
    public String name() {
        return "pdf";
    }

    @Override
    public void write(Publication publication, Path target) throws PublishException {
        FOUserAgent agent = factory().newFOUserAgent();
        RenderingProblems problems = new RenderingProblems();
        agent.getEventBroadcaster().addEventListener(problems);
        // Info and XMP dates from the source, never the clock: builds are byte-identical.
        agent.setCreationDate(java.util.Date.from(PublicationDate.of(publicationDateOf(publication),
                System.getenv("SOURCE_DATE_EPOCH"))));
        Map<String, XdmValue> parameters = Map.of("page-size", new XdmAtomicValue(pageSize));
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(target))) {
            Fop fop = factory().newFop(MimeConstants.MIME_PDF, agent, out);
            stylesheets.transform("tei-to-fo.xsl", publication.normalized(), parameters,
                    new SAXDestination(fop.getDefaultHandler()));
        } catch (FOPException e) {
            throw new PublishException("Apache FOP could not start rendering " + target.getFileName() + ": "
                    + e.getMessage(), publication.source(), -1, -1, e);
        } catch (IOException e) {
            throw new PublishException("Cannot write " + target + ": " + e.getMessage(), target, -1, -1, e);
        } catch (PublishException e) {
            problems.throwIfAny(publication.source());
            throw e;
        } catch (RuntimeException e) {
            // FOP's layout engine reports some of its own limits as unchecked exceptions.
            throw new PublishException("Apache FOP failed while laying out " + target.getFileName() + ": " + e
                    + ". This is a defect of tei-press or FOP, not of the document; please report it.",
                    publication.source(), -1, -1, e);
        }
        problems.throwIfAny(publication.source());
        problems.reportWarnings(System.err);
        new TaggingFinisher(language(publication), footnoteIds(publication)).finish(target);
        StableDocumentId.apply(target);
    }

    private String publicationDateOf(Publication publication) throws PublishException {
        return xpath(publication, "string((/tei:TEI/tei:teiHeader/tei:fileDesc/tei:publicationStmt/tei:date/@when)[1])").get(0);
    }

    private String language(Publication publication) throws PublishException {
        return xpath(publication, "string(/tei:TEI/@xml:lang)").get(0);
    }

    /** The footnotes in the order FOP tags them: every note that is not an endnote. */
    private List<String> footnoteIds(Publication publication) throws PublishException {
        return xpath(publication, "/tei:TEI/tei:text//tei:note[not(@place = 'end')]/@xml:id/string()");
    }

    private List<String> xpath(Publication publication, String expression) throws PublishException {
        XPathCompiler compiler = stylesheets.processor().newXPathCompiler();
        compiler.declareNamespace("tei", "http://www.tei-c.org/ns/1.0");
        try {
            List<String> values = new ArrayList<>();
            compiler.evaluate(expression, publication.normalized()).forEach(item -> values.add(item.getStringValue()));
            return values;
        } catch (SaxonApiException e) {
            throw new PublishException("Cannot read " + expression + " from the source: " + e.getMessage(), e);
        }
    }

    private synchronized FopFactory factory() throws PublishException {
        if (factory == null) {
            factory = factories.create();
        }
        return factory;
    }
}
