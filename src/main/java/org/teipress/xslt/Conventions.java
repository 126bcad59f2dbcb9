package org.teipress.xslt;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.teipress.core.BundledResources;
import org.teipress.core.PublishException;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The conventions of the published text and the values each allows, as {@code xslt/conventions.xml}
 * lists them: the stylesheets check their parameters against the same file, so the command line
 * and the normalising pass cannot disagree on what is allowed.
 */
public final class Conventions {
    static final String FILE = "xslt/conventions.xml";
    private static final String NAMESPACE = "urn:tei-press:conventions";

    private final Map<String, List<String>> values;
    private final Set<String> fromLocale;

    private Conventions(Map<String, List<String>> values, Set<String> fromLocale) {
        this.values = values;
        this.fromLocale = fromLocale;
    }

    /** The conventions shipped with tei-press. */
    public static Conventions bundled() throws PublishException {
        return read(new BundledResources().resource(FILE));
    }

    static Conventions read(URL file) throws PublishException {
        try (InputStream in = file.openStream()) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            NodeList list = factory.newDocumentBuilder().parse(in).getElementsByTagNameNS(NAMESPACE, "convention");
            Map<String, List<String>> values = new LinkedHashMap<>();
            Set<String> fromLocale = new LinkedHashSet<>();
            for (int i = 0; i < list.getLength(); i++) {
                Element convention = (Element) list.item(i);
                String name = convention.getAttribute("name");
                values.put(name, List.of(convention.getAttribute("values").trim().split("\\s+")));
                if (convention.getAttribute("default").equals("locale")) {
                    fromLocale.add(name);
                }
            }
            return new Conventions(Collections.unmodifiableMap(values), Set.copyOf(fromLocale));
        } catch (IOException | ParserConfigurationException | SAXException e) {
            throw new PublishException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Every convention's name, in the file's order. */
    public List<String> names() {
        return List.copyOf(values.keySet());
    }

    /** The values {@code name} allows; empty for an unknown name. */
    public List<String> values(String name) {
        return values.getOrDefault(name, List.of());
    }

    /** Whether an unset {@code name} takes the document language's value rather than the first listed. */
    public boolean defaultsFromLocale(String name) {
        return fromLocale.contains(name);
    }

    /** {@code value} if {@code name} allows it; else an exception naming the allowed values. */
    public String checked(String name, String value) {
        if (!values.containsKey(name)) {
            throw new IllegalArgumentException("Unknown convention " + name + "; known: " + String.join(", ", values.keySet()));
        }
        if (!values.get(name).contains(value)) {
            throw new IllegalArgumentException("Unknown value '" + value + "' for " + name + "; valid values are: "
                    + String.join(", ", values.get(name)) + ".");
        }
        return value;
    }
}
