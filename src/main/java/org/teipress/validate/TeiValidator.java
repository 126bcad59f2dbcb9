package org.teipress.validate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.XdmNode;
import org.teipress.core.BundledResources;
import org.teipress.core.PublishException;
import org.teipress.pipeline.InvalidInputException;
import org.teipress.pipeline.Progress;
import org.teipress.pipeline.SourceValidator;

/**
 * The gate every source passes before publishing: parsed safely (no entities, DTDs or network),
 * TEI, not empty, then compared with the tei-press RELAX NG schema and Schematron rules.
 *
 * <p>Lenient (the default) publishes any TEI P5 document, or {@code teiCorpus}: what departs from
 * the house schema is reported as warnings, each kind once with its count and first place.
 * Strict refuses every departure, with every message, as a publisher enforcing the house
 * encoding wants. Schema and rules are compiled once and shared by both.
 */
public final class TeiValidator implements SourceValidator {
    /** How a departure from the house schema is treated. */
    public enum Mode { LENIENT, STRICT }

    private final Mode mode;
    private final SecureParser parser;
    private final TeiRootCheck teiRoot;
    private final EmptyDocumentCheck emptyDocument;
    private final RelaxNgCheck relaxNg;
    private final SchematronCheck schematron;
    private final ElementDepartures elements;
    private final HostileTargets hostileTargets = new HostileTargets();

    public TeiValidator(Processor processor, BundledResources resources) throws PublishException {
        this.mode = Mode.LENIENT;
        this.parser = new SecureParser(processor);
        this.teiRoot = new TeiRootCheck(true);
        this.emptyDocument = new EmptyDocumentCheck(processor, EmptyDocumentCheck.ANY_TEXT);
        java.net.URL grammar = resources.resource("schema/tei-press.rng");
        ElementVocabulary vocabulary = new ElementVocabulary(processor, grammar);
        this.relaxNg = new RelaxNgCheck(grammar, parser, vocabulary);
        this.elements = new ElementDepartures(vocabulary);
        this.schematron = new SchematronCheck(processor, resources.resource("schema/tei-press.sch"));
    }

    private TeiValidator(TeiValidator compiled, Mode mode, Processor processor) {
        this.mode = mode;
        this.parser = compiled.parser;
        this.teiRoot = new TeiRootCheck(mode == Mode.LENIENT);
        this.emptyDocument = mode == Mode.LENIENT ? compiled.emptyDocument
                : new EmptyDocumentCheck(processor, EmptyDocumentCheck.HOUSE_BODY);
        this.relaxNg = compiled.relaxNg;
        this.schematron = compiled.schematron;
        this.elements = compiled.elements;
    }

    /** This validator in another mode, sharing the compiled schema and rules. */
    public TeiValidator in(Mode other, Processor processor) {
        return other == mode ? this : new TeiValidator(this, other, processor);
    }

    public Mode mode() {
        return mode;
    }

    @Override
    public XdmNode validate(Path source) throws InvalidInputException {
        return validate(source, Progress.silent());
    }

    @Override
    public XdmNode validate(Path source, Progress progress) throws InvalidInputException {
        XdmNode document = parser.parse(source);
        teiRoot.check(source, document);
        emptyDocument.check(source, document);
        if (mode == Mode.LENIENT) {
            // Under --strict the house rules refuse these (and every other non-http target) with their own message.
            hostileTargets.check(source, document);
        }
        List<Problem> problems = new ArrayList<>(relaxNg.check(source));
        try {
            problems.addAll(schematron.check(document));
        } catch (PublishException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
        if (problems.isEmpty()) {
            return document;
        }
        if (mode == Mode.STRICT) {
            throw Problems.toException(source, problems);
        }
        List<Problem> departures = withEveryElement(problems, document);
        List<Departures.Kind> kinds = Departures.group(departures);
        progress.warning("validate", departures.size() + (departures.size() == 1 ? " departure" : " departures")
                + " from the house schema, " + kinds.size() + (kinds.size() == 1 ? " kind" : " kinds")
                + "; publishing anyway (--strict refuses them):");
        for (Departures.Kind kind : kinds) {
            progress.warning("validate", kind.describe(source));
        }
        return document;
    }

    /** Jing's findings, with its element departures replaced by a count over the whole tree. */
    private List<Problem> withEveryElement(List<Problem> jingAndRules, XdmNode document) {
        List<Problem> everyElement = elements.find(document);
        java.util.Set<String> elementKinds = new java.util.HashSet<>();
        everyElement.forEach(p -> elementKinds.add(p.kind()));
        List<Problem> merged = new ArrayList<>(everyElement);
        jingAndRules.stream().filter(p -> !elementKinds.contains(p.kind())).forEach(merged::add);
        return merged;
    }
}
