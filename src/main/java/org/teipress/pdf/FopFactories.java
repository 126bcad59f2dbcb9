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

    FopFactory create() throws PublishException {
        String configuration = configuration();
        try {
            FopConfParser parser = new FopConfParser(
                    new ByteArrayInputStream(configuration.getBytes(StandardCharsets.UTF_8)),
                    URI.create("file:///"), new UrlResourceResolver());
            return parser.getFopFactoryBuilder().build();
        } catch (SAXException | IOException e) {
            throw new PublishException("The PDF renderer (Apache FOP) rejected its configuration: " + e.getMessage()
                    + ". This is a defect of tei-press, not of the document; please report it.", e);
        }
    }

    /** The FOP configuration file as text; package-visible so a failing build can show it. */
    String configuration() throws PublishException {
        StringBuilder xml = new StringBuilder()
                .append("<fop version=\"1.0\">\n")
                .append("  <accessibility>true</accessibility>\n")
                // The font cache only speeds up font auto-detection, which is not used; without
                // it nothing is written into the user's home folder.
                .append("  <use-cache>false</use-cache>\n")
                // FOP's complex-script path maps glyphs back to characters through the font's
                // cmap, where Noto Serif SC gives 大 and the Kangxi radical ⼤ one glyph: the text
                // layer (ToUnicode) then says ⼤. Chinese, Latin and Cyrillic need no shaping.
                .append("  <complex-scripts disabled=\"true\"/>\n")
                .append("  <renderers>\n    <renderer mime=\"application/pdf\">\n")
                .append("      <pdf-a-mode>").append(PDF_A_MODE).append("</pdf-a-mode>\n")
                .append("      <pdf-ua-mode>").append(PDF_UA_MODE).append("</pdf-ua-mode>\n")
                .append("      <fonts>\n");
        for (Map.Entry<String, List<BundledFonts.Face>> file : facesByFile().entrySet()) {
            xml.append("        <font kerning=\"yes\" embedding-mode=\"subset\" embed-url=\"")
                    .append(escape(fonts.uriOf(file.getValue().get(0)))).append("\">\n");
            for (BundledFonts.Face face : file.getValue()) {
                xml.append("          <font-triplet name=\"").append(escape(face.family()))
                        .append("\" style=\"").append(face.style())
                        .append("\" weight=\"").append(face.weight()).append("\"/>\n");
            }
            xml.append("        </font>\n");
        }
        return xml.append("      </fonts>\n    </renderer>\n  </renderers>\n</fop>\n").toString();
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
