package org.teipress.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.fop.apps.FopConfParser;
import org.apache.fop.apps.FopFactory;
import org.xml.sax.SAXException;
import org.teipress.core.PublishException;

/**
 * Builds the FOP factory tei-press renders with: the bundled fonts, embedded and subset, and
 * the archival and accessibility modes (PDF/A-2u with PDF/UA-1, tagged). The configuration is
 * written in code so that the font locations are those the class loader reports, also from
 * inside the runnable jar.
 */
final class FopFactories {
    static final String PDF_A_MODE = "PDF/A-2u";
    static final String PDF_UA_MODE = "PDF/UA-1";

    private final BundledFonts fonts;

    FopFactories(BundledFonts fonts) {
        this.fonts = fonts;
    }

    /** A factory with the complete font files only. */
    FopFactory create() throws PublishException {
        return create(DocumentFonts.Subsets.none());
    }

    /**
     * A factory for one document: each catalog family set from {@code subsets} where it has one, with the complete files registered behind them under
     * {@link BundledFonts#COMPLETE}-suffixed names, for a character the subset lacks.
     */
    FopFactory create(DocumentFonts.Subsets subsets) throws PublishException {
        String configuration = configuration(subsets);
        try {
            FopConfParser parser = new FopConfParser(
                    new ByteArrayInputStream(configuration.getBytes(StandardCharsets.UTF_8)),
                    URI.create("file:///"), new UrlResourceResolver(subsets));
            return parser.getFopFactoryBuilder().build();
        } catch (SAXException | IOException e) {
            throw new PublishException("The PDF renderer (Apache FOP) rejected its configuration: " + e.getMessage()
                    + ". This is a defect of tei-press, not of the document; please report it.", e);
        }
    }

    /** The FOP configuration file as text; package-visible so a failing build can show it. */
    String configuration() throws PublishException {
        return configuration(DocumentFonts.Subsets.none());
    }

    private String configuration(DocumentFonts.Subsets subsets) throws PublishException {
        StringBuilder xml = new StringBuilder()
                .append("<fop version=\"1.0\">\n")
                .append("  <accessibility>true</accessibility>\n")
                // The font cache only speeds up font auto-detection, which is not used; without
                // it nothing is written into the user's home folder.
                .append("  <use-cache>false</use-cache>\n")
                // FOP's complex-script path maps glyphs back to characters through the font's
                // cmap, where Noto Serif SC gives 大 and the Kangxi radical ⼤ one glyph: the text
                // layer (ToUnicode) then says ⼤. Chinese, Latin and Cyrillic need no shaping, but
                // right-to-left text (Hebrew) needs the bidirectional reordering that path does:
                // without it the PDF shows a Hebrew word backwards. So it is on only for a
                // document with such text, where the gate still warns of any radical.
                .append(subsets.rightToLeft() ? "" : "  <complex-scripts disabled=\"true\"/>\n")
                .append("  <renderers>\n    <renderer mime=\"application/pdf\">\n")
                .append("      <pdf-a-mode>").append(PDF_A_MODE).append("</pdf-a-mode>\n")
                .append("      <pdf-ua-mode>").append(PDF_UA_MODE).append("</pdf-ua-mode>\n")
                .append("      <fonts>\n");
        for (Map.Entry<String, List<BundledFonts.Face>> file : facesByFile().entrySet()) {
            boolean subset = subsets.has(file.getKey());
            String location = subset ? UrlResourceResolver.subsetUri(file.getKey())
                    : fonts.uriOf(file.getValue().get(0));
            font(xml, location, file.getValue(), "");
        }
        for (Map.Entry<String, List<BundledFonts.Face>> file : facesByFile().entrySet()) {
            if (subsets.has(file.getKey())) {
                font(xml, fonts.uriOf(file.getValue().get(0)), file.getValue(), BundledFonts.COMPLETE);
            }
        }
        return xml.append("      </fonts>\n    </renderer>\n  </renderers>\n</fop>\n").toString();
    }

    private static void font(StringBuilder xml, String location, List<BundledFonts.Face> faces, String suffix) {
        xml.append("        <font kerning=\"yes\" embedding-mode=\"subset\" embed-url=\"")
                .append(escape(location)).append("\">\n");
        for (BundledFonts.Face face : faces) {
            xml.append("          <font-triplet name=\"").append(escape(face.family() + suffix))
                    .append("\" style=\"").append(face.style())
                    .append("\" weight=\"").append(face.weight()).append("\"/>\n");
        }
        xml.append("        </font>\n");
    }

    private Map<String, List<BundledFonts.Face>> facesByFile() {
        Map<String, List<BundledFonts.Face>> byFile = new LinkedHashMap<>();
        for (BundledFonts.Face face : fonts.faces()) {
            byFile.computeIfAbsent(face.file(), f -> new java.util.ArrayList<>()).add(face);
        }
        return byFile;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
    }
}
