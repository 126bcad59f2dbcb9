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
import org.teipress.pipeline.PublishException;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Validates against tei-press.rng with Jing and collects every error, not just the first, each
 * rephrased for someone who knows TEI but not this schema.
 */
final class RelaxNgCheck {
    private static final Pattern UNEXPECTED_ELEMENT = Pattern.compile(
            "element \"([^\"]+)\"(?: from namespace \"([^\"]*)\")? not allowed (?:here|anywhere|yet|in this context)(.*)",
            Pattern.DOTALL);
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
        ErrorHandler collect = new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                // Jing reports nothing a user must act on as a warning.
            }

            @Override
            public void error(SAXParseException e) {
                problems.add(new Problem(e.getLineNumber(), e.getColumnNumber(), explain(e.getMessage())));
            }

            @Override
            public void fatalError(SAXParseException e) throws SAXException {
                throw e;
            }
        };
        PropertyMapBuilder properties = new PropertyMapBuilder();
        properties.put(ValidateProperty.ERROR_HANDLER, collect);
        Validator validator = schema.createValidator(properties.toPropertyMap());
        parser.parse(source, validator.getContentHandler(), collect);
        return problems;
    }

    String explain(String jingMessage) {
        Matcher unexpected = UNEXPECTED_ELEMENT.matcher(jingMessage);
        if (unexpected.matches()) {
            String name = unexpected.group(1);
            String namespace = unexpected.group(2);
            if (namespace != null && !namespace.equals(TeiRootCheck.TEI_NAMESPACE)) {
                return "element <" + name + "> from namespace " + (namespace.isEmpty() ? "(none)" : namespace)
                        + " is not TEI; tei-press publishes TEI P5 elements only (namespace "
                        + TeiRootCheck.TEI_NAMESPACE + "). Encode the passage with TEI elements"
                        + " (supported: " + vocabulary.supportedList() + ").";
            }
            if (!vocabulary.isSupported(name) && vocabulary.isTeiP5(name)) {
                return "element <" + name + "> is valid TEI but tei-press does not support it (supported: "
                        + vocabulary.supportedList() + "). Encode the passage with supported elements"
                        + " or remove it; the stylesheets could not render it.";
            }
            if (!vocabulary.isTeiP5(name)) {
                return "element <" + name + "> is not a TEI P5 element; check its spelling."
                        + " tei-press supports: " + vocabulary.supportedList() + ".";
            }
            return "element <" + name + "> is supported, but not in this place" + unexpected.group(3)
                    + ". Move it where " + SCHEMA_NAME + " allows it.";
        }
        return jingMessage + " (see " + SCHEMA_NAME + " for what tei-press accepts).";
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
