package org.teipress.validate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.XdmNode;
import org.teipress.pipeline.InvalidInputException;
import org.teipress.core.PublishException;
import org.teipress.pipeline.SourceValidator;
import org.teipress.core.BundledResources;

/**
 * The gate every source passes before publishing: parsed safely, TEI, not empty, valid against
 * the tei-press RELAX NG schema and Schematron rules. Schema and rules are compiled once, when the
 * validator is created, and reused for every document.
 */
public final class TeiValidator implements SourceValidator {
    private final SecureParser parser;
    private final TeiRootCheck teiRoot = new TeiRootCheck();
    private final EmptyDocumentCheck emptyDocument;
    private final RelaxNgCheck relaxNg;
    private final SchematronCheck schematron;

    public TeiValidator(Processor processor, BundledResources resources) throws PublishException {
        this.parser = new SecureParser(processor);
        this.emptyDocument = new EmptyDocumentCheck(processor);
        java.net.URL grammar = resources.resource("schema/tei-press.rng");
        this.relaxNg = new RelaxNgCheck(grammar, parser, new ElementVocabulary(processor, grammar));
        this.schematron = new SchematronCheck(processor, resources.resource("schema/tei-press.sch"));
    }

    @Override
    public XdmNode validate(Path source) throws InvalidInputException {
        XdmNode document = parser.parse(source);
        teiRoot.check(source, document);
        emptyDocument.check(source, document);
        List<Problem> problems = new ArrayList<>(relaxNg.check(source));
        try {
            problems.addAll(schematron.check(document));
        } catch (PublishException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
        if (!problems.isEmpty()) {
            throw Problems.toException(source, problems);
        }
        return document;
    }
}
