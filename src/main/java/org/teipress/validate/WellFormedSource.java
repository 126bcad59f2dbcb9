package org.teipress.validate;

import java.nio.file.Path;
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.s9api.DocumentBuilder;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmNode;
import org.teipress.pipeline.InvalidInputException;
import org.teipress.pipeline.SourceValidator;

/** Parses a source with line numbers. Interim: the schema-validating TeiValidator replaces it. */
public final class WellFormedSource implements SourceValidator {
    private final Processor processor;

    public WellFormedSource(Processor processor) {
        this.processor = processor;
    }

    @Override
    public XdmNode validate(Path source) throws InvalidInputException {
        DocumentBuilder builder = processor.newDocumentBuilder();
        builder.setLineNumbering(true);
        try {
            return builder.build(new StreamSource(source.toFile()));
        } catch (SaxonApiException e) {
            throw new InvalidInputException(e.getMessage(), source, e.getLineNumber(), -1, e);
        }
    }
}
