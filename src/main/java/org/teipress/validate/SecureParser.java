package org.teipress.validate;

import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.transform.sax.SAXSource;
import net.sf.saxon.s9api.DocumentBuilder;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmNode;
import org.teipress.pipeline.InvalidInputException;
import org.xml.sax.ContentHandler;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXNotRecognizedException;
import org.xml.sax.SAXNotSupportedException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.ext.EntityResolver2;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * Parses untrusted TEI: no external entity, external DTD or XInclude is ever read (they could
 * leak local files or reach the network), and entity expansion is bounded so that a
 * "billion laughs" document fails in milliseconds instead of exhausting memory. Everything in
 * tei-press that reads a TEI source reads it through this parser.
 */
public final class SecureParser {
    /** Far above what a hand-written document needs, far below what an attack needs. */
    static final int ENTITY_EXPANSION_LIMIT = 10_000;
    private static final int ENTITY_SIZE_LIMIT = 1_000_000;
    private static final String JDK_PROPERTY = "http://www.oracle.com/xml/jaxp/properties/";

    private final Processor processor;
    private final SAXParserFactory factory;

    public SecureParser(Processor processor) {
        this.processor = processor;
        // The JDK's own parser, whatever else is on the class path: its limits are the ones set below.
        this.factory = SAXParserFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        factory.setValidating(false);
        factory.setXIncludeAware(false);
        try {
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        } catch (ParserConfigurationException | SAXNotRecognizedException | SAXNotSupportedException e) {
            throw new IllegalStateException("The XML parser cannot be made secure: " + e.getMessage(), e);
        }
    }

    /** The document as a line-numbered Saxon tree. */
    public XdmNode parse(Path source) throws InvalidInputException {
        requireReadable(source);
        DocumentBuilder builder = processor.newDocumentBuilder();
        builder.setLineNumbering(true);
        builder.setDTDValidation(false);
        try {
            RefuseExternal refuse = new RefuseExternal();
            return builder.build(new SAXSource(new Guarded(newReader(refuse), refuse), inputSource(source)));
        } catch (SaxonApiException e) {
            throw malformed(source, e);
        }
    }

    /** Streams the document into {@code handler} (a validator), reporting recoverable errors to {@code errors}. */
    void parse(Path source, ContentHandler handler, ErrorHandler errors) throws InvalidInputException {
        requireReadable(source);
        RefuseExternal refuse = new RefuseExternal();
        XMLReader reader = newReader(refuse);
        reader.setContentHandler(new LocatorTap(screened(handler), refuse));
        reader.setErrorHandler(errors);
        try {
            reader.parse(inputSource(source));
        } catch (SAXException | java.io.IOException e) {
            throw malformed(source, e);
        }
    }

    private XMLReader newReader(RefuseExternal refuse) {
        try {
            XMLReader reader = factory.newSAXParser().getXMLReader();
            reader.setEntityResolver(refuse);
            reader.setProperty("http://xml.org/sax/properties/declaration-handler", refuse);
            setIfKnown(reader, XMLConstants.ACCESS_EXTERNAL_DTD, "");
            setIfKnown(reader, XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            setIfKnown(reader, JDK_PROPERTY + "entityExpansionLimit", String.valueOf(ENTITY_EXPANSION_LIMIT));
            setIfKnown(reader, JDK_PROPERTY + "totalEntitySizeLimit", String.valueOf(ENTITY_SIZE_LIMIT));
            setIfKnown(reader, JDK_PROPERTY + "maxGeneralEntitySizeLimit", String.valueOf(ENTITY_SIZE_LIMIT));
            setIfKnown(reader, JDK_PROPERTY + "maxParameterEntitySizeLimit", String.valueOf(ENTITY_SIZE_LIMIT));
            return reader;
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("The XML parser cannot be created: " + e.getMessage(), e);
        }
    }

    private static void setIfKnown(XMLReader reader, String property, String value) {
        try {
            reader.setProperty(property, value);
        } catch (SAXNotRecognizedException | SAXNotSupportedException e) {
            // An older JDK without this limit still has FEATURE_SECURE_PROCESSING's defaults.
        }
    }

    private static ContentHandler screened(ContentHandler target) {
        ContentScreen screen = new ContentScreen();
        screen.setContentHandler(target);
        return screen;
    }

    private static InputSource inputSource(Path source) {
        return new InputSource(source.toAbsolutePath().toUri().toString());
    }

    private static void requireReadable(Path source) throws InvalidInputException {
        if (!Files.isRegularFile(source)) {
            throw new InvalidInputException("The source file does not exist or is not a file."
                    + " Give the path of a TEI XML file, e.g. source-xml/report.xml.", source, -1, -1);
        }
        if (!Files.isReadable(source)) {
            throw new InvalidInputException("The source file cannot be read: permission denied."
                    + " Make it readable for the user running tei-press.", source, -1, -1);
        }
    }

    private static InvalidInputException malformed(Path source, Exception e) {
        SAXParseException where = find(e, SAXParseException.class);
        SAXParseException refused = find(e, RefusedExternalException.class);
        if (refused == null) {
            refused = find(e, ContentScreen.Refusal.class);
        }
        if (refused != null && refused.getLineNumber() > 0) {
            where = refused;
        }
        int line = where == null ? -1 : where.getLineNumber();
        int column = where == null ? -1 : where.getColumnNumber();
        if (refused != null) {
            return new InvalidInputException(refused.getMessage(), source, line, column, e);
        }
        String detail = where != null ? where.getMessage() : e.getMessage();
        if (detail != null && detail.contains("JAXP0001")) {
            return new InvalidInputException("The document's entities expand beyond tei-press's limit ("
                    + ENTITY_EXPANSION_LIMIT + " expansions, " + ENTITY_SIZE_LIMIT + " characters): "
                    + "nested entity definitions like these (a \"billion laughs\" attack) would exhaust memory. "
                    + "Write the text out instead of defining it through nested entities in the DOCTYPE.",
                    source, line, column, e);
        }
        if (find(e, java.io.CharConversionException.class) != null
                || (detail != null && detail.contains("-byte UTF-8 sequence"))) {
            return new InvalidInputException("The file's bytes are not in the encoding it declares (" + withoutFullStop(detail)
                    + "). An XML file without an encoding declaration, or with encoding=\"UTF-8\", must be saved as"
                    + " UTF-8; text saved as GBK, GB18030 or Windows-1252 reads as garbage. Save the file as UTF-8,"
                    + " or declare the encoding it really has, e.g. <?xml version=\"1.0\" encoding=\"GB18030\"?>.",
                    source, line, column, e);
        }
        return new InvalidInputException("The file is not well-formed XML: " + withoutFullStop(detail)
                + ". Expected well-formed XML (every tag closed and properly nested, '&' written as &amp;,"
                + " '<' as &lt;); fix the markup at this position.", source, line, column, e);
    }

    /** The parser's own sentences end with a full stop; the message adds its own after them. */
    private static String withoutFullStop(String detail) {
        return detail == null ? "" : detail.strip().replaceFirst("\\.+$", "");
    }

    private static <T extends Throwable> T find(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
            if (t instanceof SAXException sax && sax.getException() != null && sax.getException() != t.getCause()) {
                T inner = find(sax.getException(), type);
                if (inner != null) {
                    return inner;
                }
            }
        }
        return null;
    }

    /**
     * Refuses every external entity and external DTD subset, whatever its address. Remembers the
     * declared entity names and the parser's position so that the refusal names both.
     */
    private static final class RefuseExternal extends org.xml.sax.ext.DefaultHandler2 implements EntityResolver2 {
        private final java.util.Map<String, String> entityNames = new java.util.HashMap<>();
        private Locator locator;

        @Override
        public void setDocumentLocator(Locator locator) {
            this.locator = locator;
        }

        @Override
        public void externalEntityDecl(String name, String publicId, String systemId) {
            entityNames.put(systemId, name);
        }

        @Override
        public InputSource getExternalSubset(String name, String baseURI) {
            return null;
        }

        @Override
        public InputSource resolveEntity(String name, String publicId, String baseURI, String systemId)
                throws SAXException {
            String declared = name != null ? name : entityNames.get(systemId);
            // Only the DOCTYPE's external subset is read without an entity declaration naming it.
            if ("[dtd]".equals(name) || declared == null) {
                throw refusal("The DOCTYPE refers to the external DTD \"" + systemId
                        + "\"; tei-press never reads external DTDs (they can read local files or the network)."
                        + " Remove the DOCTYPE declaration: TEI P5 needs none, tei-press validates with its own schema.");
            }
            String entity = "The entity " + (declared.startsWith("%") ? declared : "&" + declared + ";");
            throw refusal(entity + " refers to the external resource \"" + systemId + "\"; tei-press never reads external"
                    + " entities (they can read local files or the network). Replace the entity reference"
                    + " with the text itself, or define the entity with its text in the internal subset.");
        }

        @Override
        public InputSource resolveEntity(String publicId, String systemId) throws SAXException {
            return resolveEntity(null, publicId, null, systemId);
        }

        private RefusedExternalException refusal(String message) {
            return new RefusedExternalException(message, locator);
        }
    }

    /** Marks a refusal so that its own message, not the parser's, reaches the user. */
    private static final class RefusedExternalException extends SAXParseException {
        RefusedExternalException(String message, Locator locator) {
            super(message, locator);
        }
    }

    /** Hands the parser's locator to the refusing resolver on its way to the real content handler. */
    private static final class LocatorTap extends XMLFilterImpl {
        private final RefuseExternal refuse;

        LocatorTap(ContentHandler target, RefuseExternal refuse) {
            this.refuse = refuse;
            setContentHandler(target);
        }

        @Override
        public void setDocumentLocator(Locator locator) {
            refuse.setDocumentLocator(locator);
            super.setDocumentLocator(locator);
        }
    }

    /**
     * Keeps the refusing entity resolver in place and turns recoverable parser errors into
     * failures, whatever handlers the tree builder installs.
     */
    private static final class Guarded extends XMLFilterImpl {
        private final RefuseExternal refuse;

        Guarded(XMLReader parent, RefuseExternal refuse) {
            super(parent);
            this.refuse = refuse;
        }

        @Override
        public void setEntityResolver(org.xml.sax.EntityResolver resolver) {
            // The parent keeps RefuseExternal.
        }

        @Override
        public void parse(InputSource input) throws SAXException, java.io.IOException {
            // Not super.parse(): XMLFilterImpl would put itself in as the parent's entity resolver.
            XMLReader parent = getParent();
            parent.setContentHandler(new LocatorTap(screened(getContentHandler()), refuse));
            parent.setDTDHandler(getDTDHandler());
            parent.setErrorHandler(this);
            parent.parse(input);
        }

        @Override
        public void parse(String systemId) throws SAXException, java.io.IOException {
            parse(new InputSource(systemId));
        }

        @Override
        public void setErrorHandler(ErrorHandler handler) {
            // Errors are failures here; see error() and fatalError().
        }

        @Override
        public ErrorHandler getErrorHandler() {
            return this;
        }

        @Override
        public void warning(SAXParseException e) {
            // Parser warnings (e.g. a duplicate entity definition) do not make a document unpublishable.
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    }
}
