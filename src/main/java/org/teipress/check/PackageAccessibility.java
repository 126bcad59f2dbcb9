package org.teipress.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.XdmNode;

/**
 * The EPUB-level accessibility rules Ace by DAISY applies to the package document and the
 * navigation document (its names, so that a finding reads as Ace's would): the schema.org
 * accessibility metadata is present and uses the vocabulary's terms; the package has a language
 * and a title; a book with page breaks lists every one of them in a page list, whose entries
 * each lead to a page break; a page list names its print source (dc:source refined as the
 * source of the pagination); the table of contents follows the reading order.
 */
final class PackageAccessibility {
    private static final String DC = "http://purl.org/dc/elements/1.1/";
    private static final String OPS = "http://www.idpf.org/2007/ops";
    private static final QName PROPERTY = new QName("property");
    private static final QName REFINES = new QName("refines");
    private static final QName ID = new QName("id");
    private static final QName HREF = new QName("href");
    private static final QName ROLE = new QName("role");
    private static final QName EPUB_TYPE = new QName("epub", OPS, "type");
    private static final QName XML_LANG = new QName("xml", "http://www.w3.org/XML/1998/namespace", "lang");

    /** The schema.org terms (W3C Accessibility Discoverability Vocabulary), per property. */
    private static final Map<String, Set<String>> VOCABULARY = Map.of(
            "schema:accessMode", Set.of("auditory", "tactile", "textual", "visual", "chartOnVisual", "chemOnVisual",
                    "colorDependent", "diagramOnVisual", "mathOnVisual", "musicOnVisual", "textOnVisual"),
            "schema:accessModeSufficient", Set.of("auditory", "tactile", "textual", "visual"),
            "schema:accessibilityFeature", Set.of("annotations", "ARIA", "bookmarks", "index", "printPageNumbers",
                    "pageBreakMarkers", "pageNavigation", "readingOrder", "structuralNavigation", "tableOfContents",
                    "taggedPDF", "alternativeText", "audioDescription", "captions", "closedCaptions", "describedMath",
                    "longDescription", "openCaptions", "signLanguage", "transcript", "displayTransformability",
                    "displayTransformability/font-size", "displayTransformability/font-family",
                    "displayTransformability/line-height", "displayTransformability/word-spacing",
                    "displayTransformability/letter-spacing", "displayTransformability/color",
                    "displayTransformability/background-color", "synchronizedAudioText", "timingControl", "unlocked",
                    "ChemML", "latex", "latex-chemistry", "MathML", "MathML-chemistry", "ttsMarkup",
                    "highContrastAudio", "highContrastAudio/noBackground", "highContrastAudio/reducedBackground",
                    "highContrastAudio/switchableBackground", "highContrastDisplay", "largePrint", "braille",
                    "tactileGraphic", "tactileObject", "fullRubyAnnotations", "horizontalWriting", "rubyAnnotations",
                    "verticalWriting", "withAdditionalWordSegmentation", "withoutAdditionalWordSegmentation", "none",
                    "unknown"),
            "schema:accessibilityHazard", Set.of("flashing", "motionSimulation", "sound", "none", "noFlashingHazard",
                    "noMotionSimulationHazard", "noSoundHazard", "unknown", "unknownFlashingHazard",
                    "unknownMotionSimulationHazard", "unknownSoundHazard"));
    /** Required properties (Ace: serious), then recommended ones (Ace: moderate); both fail here. */
    private static final List<String> REQUIRED = List.of("schema:accessMode", "schema:accessibilityFeature",
            "schema:accessibilityHazard");
    private static final List<String> RECOMMENDED = List.of("schema:accessibilitySummary",
            "schema:accessModeSufficient");
    private static final Set<String> CONFORMANCE = Set.of("A", "AA", "AAA").stream()
            .flatMap(level -> List.of("2.0", "2.1", "2.2").stream()
                    .map(wcag -> "EPUB Accessibility 1.1 - WCAG " + wcag + " Level " + level))
            .collect(java.util.stream.Collectors.toSet());

    private final EpubUnderTest epub;
    private final CheckResult result;
    private final String opf;

    PackageAccessibility(EpubUnderTest epub, CheckResult result) {
        this.epub = epub;
        this.result = result;
        this.opf = epub.packagePath();
    }

    void check() {
        XdmNode pkg = EpubUnderTest.elements(epub.packageDocument(), EpubUnderTest.OPF, "package").get(0);
        Map<String, List<XdmNode>> meta = metadata(pkg);
        checkLanguageAndTitle(pkg);
        checkAccessibilityMetadata(meta);
        checkPages(meta);
    }

    private void fail(String rule, XdmNode where, String message) {
        result.error(rule + ": " + opf + ":" + where.getLineNumber() + " " + message, null);
    }

    /** The {@code meta property} elements that refine nothing, by property; dc elements by name. */
    private static Map<String, List<XdmNode>> metadata(XdmNode pkg) {
        Map<String, List<XdmNode>> meta = new LinkedHashMap<>();
        for (XdmNode element : EpubUnderTest.elements(pkg, EpubUnderTest.OPF, "meta")) {
            String property = element.getAttributeValue(PROPERTY);
            if (property != null && element.getAttributeValue(REFINES) == null) {
                meta.computeIfAbsent(property.strip(), k -> new ArrayList<>()).add(element);
            }
        }
        for (String name : List.of("title", "language", "source")) {
            meta.put("dc:" + name, EpubUnderTest.elements(pkg, DC, name));
        }
        return meta;
    }

    private void checkLanguageAndTitle(XdmNode pkg) {
        String lang = pkg.getAttributeValue(XML_LANG);
        if (lang == null || lang.isBlank()) {
            fail("epub-lang", pkg, "<package> has no xml:lang: a reading system cannot tell the language of the"
                    + " metadata. Write the book's language on the package element.");
        }
    }

    private void checkAccessibilityMetadata(Map<String, List<XdmNode>> meta) {
        XdmNode pkg = EpubUnderTest.elements(epub.packageDocument(), EpubUnderTest.OPF, "metadata").get(0);
        if (meta.get("dc:title").stream().allMatch(t -> t.getStringValue().isBlank())) {
            fail("epub-title", pkg, "the package has no dc:title with text: reading systems and assistive"
                    + " technology announce the book by it.");
        }
        for (String property : REQUIRED) {
            if (values(meta, property).isEmpty()) {
                fail("metadata-" + ruleName(property), pkg, "the package declares no " + property + ", which the"
                        + " EPUB Accessibility specification requires so that readers can find out before"
                        + " opening the book whether they can read it. Add <meta property=\"" + property + "\">.");
            }
        }
        for (String property : RECOMMENDED) {
            if (values(meta, property).isEmpty()) {
                fail("metadata-" + ruleName(property), pkg, "the package declares no " + property + " (recommended"
                        + " by EPUB Accessibility 1.1 and reported by Ace). Add <meta property=\"" + property + "\">.");
            }
        }
        VOCABULARY.forEach((property, terms) -> {
            List<XdmNode> elements = meta.getOrDefault(property, List.of());
            List<String> all = new ArrayList<>();
            for (XdmNode element : elements) {
                List<String> split = property.equals("schema:accessModeSufficient")
                        ? List.of(element.getStringValue().split(",")).stream().map(String::strip)
                                .filter(s -> !s.isEmpty()).toList()
                        : List.of(element.getStringValue().strip());
                for (String value : split) {
                    all.add(value);
                    if (!terms.contains(value)) {
                        fail("metadata-" + ruleName(property) + "-invalid", element, "\"" + value + "\" is not a"
                                + " term of " + property + " (schema.org accessibility vocabulary).");
                    }
                }
            }
            boolean exclusive = property.equals("schema:accessibilityFeature")
                    || property.equals("schema:accessibilityHazard");
            if (exclusive && all.size() > 1 && (all.contains("none") || all.contains("unknown"))) {
                fail("metadata-" + ruleName(property) + "-invalid", elements.get(0), property + " says \""
                        + (all.contains("none") ? "none" : "unknown") + "\" beside other values " + all + ".");
            }
        });
        for (XdmNode conformsTo : meta.getOrDefault("dcterms:conformsTo", List.of())) {
            String value = conformsTo.getStringValue().strip();
            if (value.startsWith("EPUB Accessibility 1.1") && !CONFORMANCE.contains(value)) {
                fail("metadata-conformsto-invalid", conformsTo, "dcterms:conformsTo \"" + value + "\" is not one"
                        + " of the conformance strings of EPUB Accessibility 1.1.");
            }
        }
    }

    private static List<String> values(Map<String, List<XdmNode>> meta, String property) {
        return meta.getOrDefault(property, List.of()).stream().map(n -> n.getStringValue().strip())
                .filter(s -> !s.isEmpty()).toList();
    }

    private static String ruleName(String property) {
        return property.substring(property.indexOf(':') + 1).toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * Page breaks and the page list: every page break is listed, every entry leads to a page
     * break, the list names its source, and pageNavigation is declared only with a list.
     */
    private void checkPages(Map<String, List<XdmNode>> meta) {
        Map<String, XdmNode> breaks = new LinkedHashMap<>();
        Map<String, Set<String>> idsByDocument = new LinkedHashMap<>();
        for (EpubUnderTest.ContentDocument document : epub.documents()) {
            Set<String> ids = new LinkedHashSet<>();
            collect(document.root(), document.path(), ids, breaks);
            idsByDocument.put(document.path(), ids);
        }
        EpubUnderTest.ContentDocument nav = epub.documents().stream().filter(EpubUnderTest.ContentDocument::nav)
                .findFirst().orElse(null);
        XdmNode pageList = nav == null ? null : EpubUnderTest.elements(nav.root(), EpubUnderTest.XHTML, "nav").stream()
                .filter(n -> hasToken(n.getAttributeValue(EPUB_TYPE), "page-list")).findFirst().orElse(null);
        Set<String> listed = new LinkedHashSet<>();
        if (pageList != null) {
            for (XdmNode a : EpubUnderTest.elements(pageList, EpubUnderTest.XHTML, "a")) {
                String href = a.getAttributeValue(HREF);
                if (href == null) {
                    continue;
                }
                String target = EpubUnderTest.resolve(nav.path(), href)
                        + (href.contains("#") ? href.substring(href.indexOf('#')) : "");
                listed.add(target);
                if (!breaks.containsKey(target)) {
                    boolean exists = href.contains("#") && idsByDocument.getOrDefault(EpubUnderTest.resolve(nav.path(),
                            href), Set.of()).contains(href.substring(href.indexOf('#') + 1));
                    result.error("epub-pagelist-broken: " + nav.path() + ":" + a.getLineNumber() + " the page list's"
                            + " entry \"" + a.getStringValue().strip() + "\" leads to " + target + ", which "
                            + (exists ? "is not a page break (epub:type=\"pagebreak\", role=\"doc-pagebreak\")"
                                    : "does not exist") + ".", null);
                }
            }
        }
        breaks.forEach((target, element) -> {
            if (!listed.contains(target)) {
                result.error("epub-pagelist-missing-pagebreak: " + target.substring(0, target.indexOf('#')) + ":"
                        + element.getLineNumber() + " the page break \"" + label(element) + "\" (#"
                        + target.substring(target.indexOf('#') + 1) + ") is not in the navigation document's page"
                        + " list (nav epub:type=\"page-list\"): a reader cannot go to that page of the source.", null);
            }
        });
        if (pageList != null && !paginationSource(meta)) {
            fail("epub-pagesource", EpubUnderTest.elements(epub.packageDocument(), EpubUnderTest.OPF, "metadata").get(0),
                    "the book has a page list"
                    + " but does not name the edition its pages come from: add dc:source with an id and <meta"
                    + " refines=\"#that-id\" property=\"source-of\">pagination</meta>.");
        }
        if (pageList == null && values(meta, "schema:accessibilityFeature").contains("pageNavigation")) {
            fail("metadata-accessibilityFeature-printPageNumbers-nopagelist", meta.get("schema:accessibilityFeature")
                    .get(0), "schema:accessibilityFeature declares pageNavigation, but the navigation document has"
                    + " no page list.");
        }
        result.figure("pageBreaks", breaks.size());
    }

    /** A dc:source that a meta refines as the source of the pagination, as Ace reads EPUB 3. */
    private boolean paginationSource(Map<String, List<XdmNode>> meta) {
        for (XdmNode source : meta.get("dc:source")) {
            String id = source.getAttributeValue(ID);
            if (id == null || source.getStringValue().isBlank()) {
                continue;
            }
            for (XdmNode refinement : EpubUnderTest.elements(epub.packageDocument(), EpubUnderTest.OPF, "meta")) {
                if (("#" + id).equals(refinement.getAttributeValue(REFINES))
                        && "source-of".equals(refinement.getAttributeValue(PROPERTY))
                        && refinement.getStringValue().strip().equals("pagination")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void collect(XdmNode node, String path, Set<String> ids, Map<String, XdmNode> breaks) {
        for (XdmNode child : node.children()) {
            if (child.getNodeKind() != net.sf.saxon.s9api.XdmNodeKind.ELEMENT) {
                continue;
            }
            String id = child.getAttributeValue(ID);
            if (id != null) {
                ids.add(id);
                if (hasToken(child.getAttributeValue(EPUB_TYPE), "pagebreak")
                        || hasToken(child.getAttributeValue(ROLE), "doc-pagebreak")) {
                    breaks.putIfAbsent(path + "#" + id, child);
                }
            }
            collect(child, path, ids, breaks);
        }
    }

    static boolean hasToken(String list, String token) {
        return list != null && List.of(list.strip().split("\\s+")).contains(token);
    }

    private static String label(XdmNode element) {
        String label = element.getAttributeValue(new QName("aria-label"));
        return label != null ? label : element.getStringValue().strip();
    }
}
