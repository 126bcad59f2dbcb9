package org.teipress.fonts;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.teipress.core.BundledResources;
import org.teipress.core.PublishException;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The fonts tei-press ships, as {@code fonts/fonts.xml} describes them: families, their faces,
 * and the roles, scripts and languages each serves. Every part of tei-press that names a font
 * asks this catalog, so that adding a family means editing that file alone.
 */
public final class FontCatalog {
    /** Where the catalog is, among the bundled resources. */
    public static final String LOCATION = "fonts/fonts.xml";

    private final List<FontFamily> families;

    FontCatalog(List<FontFamily> families) {
        this.families = List.copyOf(families);
    }

    /** Reads {@code fonts/fonts.xml} from {@code resources}; a mistake in it is reported with its line and column. */
    public static FontCatalog read(BundledResources resources) throws PublishException {
        URL url = resources.resource(LOCATION);
        try (InputStream in = url.openStream()) {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            CatalogHandler handler = new CatalogHandler();
            InputSource source = new InputSource(in);
            source.setSystemId(url.toString());
            factory.newSAXParser().parse(source, handler);
            if (handler.families.isEmpty()) {
                throw new PublishException(LOCATION + " lists no font family; tei-press needs at least one.");
            }
            return new FontCatalog(handler.families);
        } catch (SAXParseException e) {
            throw new PublishException(LOCATION + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": "
                    + e.getMessage(), e);
        } catch (SAXException | ParserConfigurationException | IOException e) {
            throw new PublishException("Cannot read " + LOCATION + ": " + e.getMessage(), e);
        }
    }

    public List<FontFamily> families() {
        return families;
    }

    /** Every font file of the catalog, each once, in catalog order. */
    public List<String> files() {
        Set<String> files = new LinkedHashSet<>();
        for (FontFamily family : families) {
            family.faces().forEach(face -> files.add(face.file()));
        }
        return List.copyOf(files);
    }

    /**
     * The files of the body and fallback families, which end every family list: a character one
     * of them has can be set anywhere, whereas a heading or abstract family sets only its role.
     */
    public List<String> filesForAnyText() {
        Set<String> files = new LinkedHashSet<>();
        for (FontFamily family : families) {
            if (family.hasRole(FontFamily.BODY) || family.hasRole(FontFamily.FALLBACK)) {
                family.faces().forEach(face -> files.add(face.file()));
            }
        }
        return List.copyOf(files);
    }

    /** The roles families serve besides body and fallback (heading, abstract), in catalog order. */
    public List<String> textRoles() {
        Set<String> roles = new LinkedHashSet<>();
        for (FontFamily family : families) {
            family.roles().stream().filter(role -> !role.equals(FontFamily.BODY) && !role.equals(FontFamily.FALLBACK))
                    .forEach(roles::add);
        }
        return List.copyOf(roles);
    }

    /**
     * The families that set text of {@code script} (an ISO 15924 code such as {@code hani}), in
     * the order a renderer should try them: the body families listing the script, the other body
     * families, then the fallbacks.
     */
    public List<String> familyOrder(String script) {
        return familyOrder(script, "");
    }

    /**
     * As {@link #familyOrder(String)}, with the body families for the script that serve
     * {@code language} (a BCP 47 tag; the most specific match first) before the others: Noto
     * Serif TC before Noto Serif SC for {@code zh-Hant}.
     */
    public List<String> familyOrder(String script, String language) {
        Set<String> order = new LinkedHashSet<>();
        String code = script.toLowerCase(Locale.ROOT);
        families.stream()
                .filter(family -> family.hasRole(FontFamily.BODY) && family.scripts().contains(code)
                        && family.languageMatch(language) > 0)
                .sorted(java.util.Comparator.comparingInt((FontFamily family) -> -family.languageMatch(language)))
                .forEach(family -> order.add(family.name()));
        for (FontFamily family : families) {
            if (family.hasRole(FontFamily.BODY) && family.scripts().contains(code)) {
                order.add(family.name());
            }
        }
        // The other scripts' families, for characters the first ones lack: those of the
        // document's language first, so Han in a Latin run of zh-Hant text is still Traditional.
        families.stream().filter(family -> family.hasRole(FontFamily.BODY))
                .sorted(java.util.Comparator.comparingInt((FontFamily family) -> -family.languageMatch(language)))
                .forEach(family -> order.add(family.name()));
        for (FontFamily family : families) {
            if (family.hasRole(FontFamily.FALLBACK)) {
                order.add(family.name());
            }
        }
        return List.copyOf(order);
    }

    /**
     * As {@link #familyOrder(String, String)}, for text in {@code role} (heading, abstract): the
     * role's families for {@code script} that serve {@code language} come first, then the body
     * order. A script the role has no family for is set as in the body (the Latin of a Chinese
     * abstract in the body's Western face, not the 楷体 face's own Latin), and so is a language
     * the role has no family for: a Russian document's headings are set as its text is.
     */
    public List<String> familyOrder(String role, String script, String language) {
        String code = script.toLowerCase(Locale.ROOT);
        Set<String> order = new LinkedHashSet<>();
        roleFamilies(role, language).stream().filter(family -> family.scripts().contains(code))
                .forEach(family -> order.add(family.name()));
        order.addAll(familyOrder(code, language));
        return List.copyOf(order);
    }

    /**
     * The families of {@code role} that serve {@code language}: those listing no language, and
     * those listing it (or a prefix of it) at least as specifically as any body family does.
     * {@code zh} names Noto Sans SC for headings, but {@code zh-Hant} text, which a body family
     * lists as such, keeps that family's forms until a heading family lists {@code zh-Hant}.
     */
    private List<FontFamily> roleFamilies(String role, String language) {
        int bodyMatch = families.stream().filter(family -> family.hasRole(FontFamily.BODY))
                .mapToInt(family -> family.languageMatch(language)).max().orElse(0);
        return families.stream().filter(family -> family.hasRole(role) && !family.hasRole(FontFamily.BODY))
                .filter(family -> family.languages().isEmpty()
                        || family.languageMatch(language) > 0 && family.languageMatch(language) >= bodyMatch)
                .toList();
    }

    public FontFamily byName(String name) {
        for (FontFamily family : families) {
            if (family.name().equals(name)) {
                return family;
            }
        }
        throw new IllegalArgumentException("No font family '" + name + "' in " + LOCATION);
    }

    /** SAX, for the line and column of a mistake in the file. */
    private static final class CatalogHandler extends DefaultHandler {
        private final List<FontFamily> families = new ArrayList<>();
        private Locator locator;
        private FontFamily.Builder family;

        @Override
        public void setDocumentLocator(Locator locator) {
            this.locator = locator;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes)
                throws SAXException {
            switch (localName) {
                case "fonts" -> { }
                case "family" -> family = new FontFamily.Builder(required(attributes, "name"),
                        words(required(attributes, "roles")), words(attributes.getValue("scripts")),
                        words(attributes.getValue("languages")), required(attributes, "licence"));
                case "face" -> {
                    if (family == null) {
                        throw error("<face> must be inside a <family>");
                    }
                    family.add(new FontFace(required(attributes, "file"), weight(required(attributes, "weight")),
                            style(required(attributes, "style"))));
                }
                default -> throw error("unknown element <" + localName + ">; expected fonts, family or face");
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            if ("family".equals(localName)) {
                if (family.faces().isEmpty()) {
                    throw error("the family '" + family.name() + "' has no <face>");
                }
                families.add(family.build());
                family = null;
            }
        }

        private String required(Attributes attributes, String name) throws SAXException {
            String value = attributes.getValue(name);
            if (value == null || value.isBlank()) {
                throw error("missing attribute " + name);
            }
            return value.trim();
        }

        private int weight(String value) throws SAXException {
            try {
                int weight = Integer.parseInt(value);
                if (weight >= 100 && weight <= 900) {
                    return weight;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw error("weight '" + value + "' is not a number from 100 to 900");
        }

        private String style(String value) throws SAXException {
            if (!value.equals("normal") && !value.equals("italic")) {
                throw error("style '" + value + "' is neither normal nor italic");
            }
            return value;
        }

        private static List<String> words(String value) {
            return value == null || value.isBlank() ? List.of() : List.of(value.trim().split("\\s+"));
        }

        private SAXParseException error(String message) {
            return new SAXParseException(message, locator);
        }
    }
}
