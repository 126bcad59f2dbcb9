package org.teipress.epub;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The EPUB 3 package document (OPF 3.0). epub4j writes OPF 2.0 only; the EPUB 3 metadata
 * (dcterms:modified, the nav property, accessibility metadata) is written here.
 */
final class PackageDocument {
    /** What holds for every book tei-press makes: text, a described cover, navigation, no media. */
    private static final List<String[]> ACCESSIBILITY = List.of(
            new String[] {"schema:accessMode", "textual"},
            new String[] {"schema:accessMode", "visual"},
            new String[] {"schema:accessModeSufficient", "textual"},
            new String[] {"schema:accessibilityFeature", "structuralNavigation"},
            new String[] {"schema:accessibilityFeature", "tableOfContents"},
            new String[] {"schema:accessibilityFeature", "readingOrder"},
            new String[] {"schema:accessibilityFeature", "displayTransformability"},
            new String[] {"schema:accessibilityFeature", "alternativeText"},
            new String[] {"schema:accessibilityHazard", "none"},
            new String[] {"dcterms:conformsTo", "EPUB Accessibility 1.1 - WCAG 2.1 Level AA"});
    private static final String SUMMARY = "Reflowable text with headings, a navigable table of contents"
            + " and footnotes linked in both directions; the language of every passage is marked;"
            + " the cover image has a text alternative; no colours or sizes are imposed on the text.";

    private PackageDocument() {
    }

    /** {@code cover} is the id of the cover image item; {@code spine} the ids in reading order. */
    static byte[] write(PackagePlan plan, List<ManifestItem> manifest, List<String> spine, String coverImageId,
            String ncxId) {
        StringBuilder opf = new StringBuilder();
        opf.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
           .append("<package xmlns=\"http://www.idpf.org/2007/opf\" version=\"3.0\" unique-identifier=\"pub-id\"")
           .append(" xml:lang=\"").append(escape(plan.language())).append("\">\n")
           .append("  <metadata xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n");
        element(opf, "dc:identifier id=\"pub-id\"", "dc:identifier", plan.identifier());
        element(opf, "dc:title id=\"title\"", "dc:title", plan.title());
        int creator = 0;
        for (String name : plan.creators()) {
            creator++;
            element(opf, "dc:creator id=\"creator" + creator + "\"", "dc:creator", name);
            element(opf, "meta refines=\"#creator" + creator + "\" property=\"role\" scheme=\"marc:relators\"", "meta", "aut");
        }
        element(opf, "dc:language", "dc:language", plan.language());
        element(opf, "dc:date", "dc:date", plan.date().toString());
        for (String publisher : plan.publishers()) {
            element(opf, "dc:publisher", "dc:publisher", publisher);
        }
        for (String description : plan.descriptions()) {
            element(opf, "dc:description", "dc:description", description);
        }
        for (String subject : plan.subjects()) {
            element(opf, "dc:subject", "dc:subject", subject);
        }
        // The publication date, not the clock: two builds of one source are byte-identical.
        element(opf, "meta property=\"dcterms:modified\"", "meta",
                plan.date().atStartOfDay().format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'")));
        for (String[] property : ACCESSIBILITY) {
            element(opf, "meta property=\"" + property[0] + "\"", "meta", property[1]);
        }
        if (plan.paginationSource() != null) {
            // The source's page numbers are marked in the text and listed in the page list.
            element(opf, "meta property=\"schema:accessibilityFeature\"", "meta", "pageBreakMarkers");
            element(opf, "meta property=\"schema:accessibilityFeature\"", "meta", "pageNavigation");
            element(opf, "dc:source id=\"pagination-source\"", "dc:source", plan.paginationSource());
            element(opf, "meta refines=\"#pagination-source\" property=\"source-of\"", "meta", "pagination");
        }
        element(opf, "meta property=\"schema:accessibilitySummary\"", "meta", SUMMARY);
        // EPUB 2 readers find the cover through this.
        opf.append("    <meta name=\"cover\" content=\"").append(escape(coverImageId)).append("\"/>\n")
           .append("  </metadata>\n  <manifest>\n");
        for (ManifestItem item : manifest) {
            opf.append("    <item id=\"").append(escape(item.id())).append("\" href=\"").append(escape(item.href()))
               .append("\" media-type=\"").append(item.mediaType()).append('"');
            if (!item.properties().isEmpty()) {
                opf.append(" properties=\"").append(String.join(" ", item.properties())).append('"');
            }
            opf.append("/>\n");
        }
        opf.append("  </manifest>\n  <spine toc=\"").append(escape(ncxId)).append('"');
        if ("rtl".equals(plan.progression())) {
            opf.append(" page-progression-direction=\"rtl\"");
        }
        opf.append(">\n");
        for (String id : spine) {
            opf.append("    <itemref idref=\"").append(escape(id)).append("\"/>\n");
        }
        opf.append("  </spine>\n</package>\n");
        return opf.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void element(StringBuilder opf, String startTag, String name, String text) {
        opf.append("    <").append(startTag).append('>').append(escape(text)).append("</").append(name).append(">\n");
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
