package org.teipress.pdf;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.transform.stream.StreamResult;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SAXDestination;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmNode;
import org.apache.fop.apps.FOPException;
import org.apache.fop.apps.FOUserAgent;
import org.apache.fop.apps.FopFactory;
import org.apache.fop.apps.MimeConstants;
import org.apache.fop.render.intermediate.IFDocumentHandler;
import org.apache.fop.render.intermediate.IFException;
import org.apache.fop.render.intermediate.IFParser;
import org.apache.fop.render.intermediate.IFUtil;
import org.teipress.core.PublishException;

/**
 * Writes a finished layout (FOP's intermediate format) as PDF, so the last layout pass is not
 * repeated. The intermediate format carries the structure tree, links, bookmarks and XMP, so
 * the PDF is tagged and archival as if rendered from the FO.
 */
final class IntermediateRendering {
    private final Processor processor;
    private final FopFactory factory;
    private final RenderingProblems problems;

    private final java.util.Date created;

    IntermediateRendering(Processor processor, FopFactory factory, RenderingProblems problems, java.util.Date created) {
        this.processor = processor;
        this.factory = factory;
        this.problems = problems;
        this.created = created;
    }

    void render(XdmNode intermediate, Path target) throws PublishException {
        FOUserAgent agent = factory.newFOUserAgent();
        agent.getEventBroadcaster().addEventListener(problems);
        agent.setCreationDate(created);
        agent.setProducer(new ProducerName(IntermediateRendering.class.getClassLoader()).value());
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(target))) {
            IFDocumentHandler pdf = agent.getRendererFactory().createDocumentHandler(agent, MimeConstants.MIME_PDF);
            pdf.setResult(new StreamResult(out));
            IFUtil.setupFonts(pdf);
            processor.writeXdmValue(intermediate, new SAXDestination(new IFParser().getContentHandler(pdf, agent)));
        } catch (FOPException | IFException | SaxonApiException e) {
            throw new PublishException("Apache FOP could not write " + target.getFileName() + " from its layout: "
                    + e.getMessage() + ". This is a defect of tei-press or FOP, not of the document; please report it.",
                    target, -1, -1, e);
        } catch (IOException e) {
            throw new PublishException("Cannot write " + target + ": " + e.getMessage(), target, -1, -1, e);
        }
    }
}
