package org.teipress.validate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XdmItem;
import org.teipress.core.PublishException;

/**
 * Which element names tei-press supports (read from its own RELAX NG schema, so the list cannot
 * drift from the grammar) and which exist in TEI P5, to tell "not supported" from "not TEI".
 */
final class ElementVocabulary {
    private static final String TEI_P5_ELEMENTS = "tei-p5-elements.txt";
    private final Set<String> supported;
    private final Set<String> teiP5;

    ElementVocabulary(Processor processor, URL relaxNgSchema) throws PublishException {
        this.supported = namedElements(processor, relaxNgSchema);
        this.teiP5 = teiP5Elements();
    }

    boolean isSupported(String localName) {
        return supported.contains(localName);
    }

    boolean isTeiP5(String localName) {
        return teiP5.contains(localName);
    }

    /** The supported elements, alphabetically, for messages. */
    String supportedList() {
        return String.join(", ", supported);
    }

    private static Set<String> namedElements(Processor processor, URL schema) throws PublishException {
        XPathCompiler xpath = processor.newXPathCompiler();
        xpath.declareNamespace("rng", "http://relaxng.org/ns/structure/1.0");
        try (InputStream in = schema.openStream()) {
            var grammar = processor.newDocumentBuilder().build(new StreamSource(in, schema.toString()));
            return xpath.evaluate("//rng:element/@name", grammar).stream()
                    .map(XdmItem::getStringValue)
                    .collect(Collectors.toCollection(() -> new TreeSet<>(String.CASE_INSENSITIVE_ORDER)));
        } catch (IOException | SaxonApiException e) {
            throw new PublishException("The tei-press schema " + schema + " cannot be read: " + e.getMessage()
                    + ". The installation is incomplete: rebuild it with 'mvn package'.", e);
        }
    }

    private static Set<String> teiP5Elements() throws PublishException {
        InputStream in = ElementVocabulary.class.getResourceAsStream(TEI_P5_ELEMENTS);
        if (in == null) {
            throw new PublishException("The list of TEI P5 elements (" + TEI_P5_ELEMENTS + ") is missing from the"
                    + " class path; the installation is incomplete: rebuild it with 'mvn package'.");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new PublishException("The list of TEI P5 elements cannot be read: " + e.getMessage(), e);
        }
    }
}
