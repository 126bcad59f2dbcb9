package org.teipress.validate;

import com.thaiopensource.util.PropertyMapBuilder;
import com.thaiopensource.validate.IncorrectSchemaException;
import com.thaiopensource.validate.Schema;
import com.thaiopensource.validate.ValidateProperty;
import com.thaiopensource.validate.Validator;
import com.thaiopensource.validate.rng.SAXSchemaReader;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.teipress.pipeline.InvalidInputException;
import org.teipress.core.PublishException;
import org.xml.sax.Attributes;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * Validates against tei-press.rng with Jing and collects every error, not just the first, each
 * rephrased for someone who knows TEI but not this schema.
 */
final class RelaxNgCheck {
    /** Jing's wording for a misplaced or unknown element; group 1 is what it expected instead. */
    private static final Pattern UNEXPECTED_ELEMENT = Pattern.compile(
            "element \"[^\"]+\" not allowed (?:here|anywhere|yet)(.*)", Pattern.DOTALL);
    /** The tail of a Jing message listing what would have been allowed; differs from place to place. */
    private static final Pattern EXPECTED_LIST = Pattern.compile(";?\\s*expected .*$", Pattern.DOTALL);
    private static final String SCHEMA_NAME = "source-xml/schema/tei-press.rng";

    private final Schema schema;
    private final SecureParser parser;
    private final ElementVocabulary vocabulary;

    RelaxNgCheck(URL schemaUrl, SecureParser parser, ElementVocabulary vocabulary) throws PublishException {
        this.parser = parser;
        this.vocabulary = vocabulary;
        PropertyMapBuilder properties = new PropertyMapBuilder();
        List<String> schemaErrors = new ArrayList<>();
        properties.put(ValidateProperty.ERROR_HANDLER, collector(schemaErrors));
        try {
            this.schema = SAXSchemaReader.getInstance()
                    .createSchema(new InputSource(schemaUrl.toString()), properties.toPropertyMap());
        } catch (IOException | SAXException | IncorrectSchemaException e) {
            throw new PublishException("The tei-press schema " + schemaUrl + " does not compile: "
                    + (schemaErrors.isEmpty() ? e.getMessage() : String.join("; ", schemaErrors)), e);
        }
    }

    List<Problem> check(Path source) throws InvalidInputException {
        List<Problem> problems = new ArrayList<>();
        // Jing reports an element's error while it is being started, so the last started element is the one meant.
        CurrentElement current = new CurrentElement();
        ErrorHandler collect = new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                // Jing reports nothing a user must act on as a warning.
            }

            @Override
            public void error(SAXParseException e) {
                String summary = summarize(e.getMessage(), current.namespace, current.localName);
                problems.add(new Problem(e.getLineNumber(), e.getColumnNumber(),
                        explain(e.getMessage(), current.namespace, current.localName), summary, summary));
            }

            @Override
            public void fatalError(SAXParseException e) throws SAXException {
                throw e;
            }
        };
        PropertyMapBuilder properties = new PropertyMapBuilder();
        properties.put(ValidateProperty.ERROR_HANDLER, collect);
        Validator validator = schema.createValidator(properties.toPropertyMap());
        current.setContentHandler(validator.getContentHandler());
        parser.parse(source, current, collect);
        return problems;
    }

    private String explain(String jingMessage, String namespace, String name) {
        Matcher unexpected = UNEXPECTED_ELEMENT.matcher(jingMessage);
        if (!unexpected.matches() || name == null) {
            return jingMessage + " (see " + SCHEMA_NAME + " for what tei-press accepts).";
        }
        if (!TeiRootCheck.TEI_NAMESPACE.equals(namespace)) {
            return "element <" + name + "> from namespace " + (namespace.isEmpty() ? "(none)" : namespace)
                    + " is not TEI; tei-press publishes TEI P5 elements only (namespace "
                    + TeiRootCheck.TEI_NAMESPACE + "). Encode the passage with TEI elements"
                    + " (supported: " + vocabulary.supportedList() + ").";
        }
        if (!vocabulary.isTeiP5(name)) {
            return "element <" + name + "> is not a TEI P5 element; check its spelling."
                    + " tei-press supports: " + vocabulary.supportedList() + ".";
        }
        if (!vocabulary.isSupported(name)) {
            return "element <" + name + "> is valid TEI but tei-press does not support it (supported: "
                    + vocabulary.supportedList() + "). Encode the passage with supported elements"
                    + " or remove it; the stylesheets could not render it.";
        }
        return "element <" + name + "> is supported, but not in this place" + unexpected.group(1)
                + ". Move it where " + SCHEMA_NAME + " allows it.";
    }

    /**
     * A few words naming the kind of departure, the same for every place it occurs: which element
     * and why, or Jing's message without its list of what was expected there.
     */
    private String summarize(String jingMessage, String namespace, String name) {
        if (!UNEXPECTED_ELEMENT.matcher(jingMessage).matches() || name == null) {
            return EXPECTED_LIST.matcher(jingMessage).replaceFirst("");
        }
        if (!TeiRootCheck.TEI_NAMESPACE.equals(namespace)) {
            return "element <" + name + "> from namespace " + (namespace.isEmpty() ? "(none)" : namespace)
                    + " is not TEI";
        }
        if (!vocabulary.isTeiP5(name)) {
            return "element <" + name + "> is not a TEI P5 element";
        }
        if (!vocabulary.isSupported(name)) {
            return "element <" + name + "> is TEI but not in the house schema";
        }
        return "element <" + name + "> is in the house schema, but not in this place";
    }

    /** Passes events on to the validator, remembering the element last started. */
    private static final class CurrentElement extends XMLFilterImpl {
        String namespace;
        String localName;

        @Override
        public void startElement(String uri, String local, String qName, Attributes atts) throws SAXException {
            namespace = uri;
            localName = local;
            super.startElement(uri, local, qName, atts);
        }

        @Override
        public void endElement(String uri, String local, String qName) throws SAXException {
            // Errors at an end tag (missing content) are about the element being closed.
            namespace = uri;
            localName = local;
            super.endElement(uri, local, qName);
        }
    }

    private static ErrorHandler collector(List<String> messages) {
        return new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                messages.add(e.getMessage());
            }

            @Override
            public void error(SAXParseException e) {
                messages.add(e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) throws SAXException {
                throw e;
            }
        };
    }
}
