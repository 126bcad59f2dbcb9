package org.teipress.pdf;

import java.net.URISyntaxException;
import java.util.List;
import org.teipress.core.PublishException;
import org.teipress.core.BundledResources;

/**
 * The fonts tei-press ships and the family, style and weight each is registered under in FOP.
 * Every combination the stylesheet can ask for is registered, with the nearest real face:
 * an unregistered combination would make FOP fall back to a base-14 font, which is neither
 * embedded nor able to show Han characters.
 */
final class BundledFonts {

    /** One FOP font triplet and the font file that serves it. */
    record Face(String family, String style, String weight, String file) { }

    static final String HAN_FAMILY = "Noto Serif SC";
    static final String WESTERN_FAMILY = "Noto Serif";

    private static final List<Face> FACES = List.of(
            new Face(HAN_FAMILY, "normal", "normal", "NotoSerifSC-Regular.ttf"),
            // Noto Serif SC has no italic; Chinese type leans on bold instead, never slants.
            new Face(HAN_FAMILY, "italic", "normal", "NotoSerifSC-Regular.ttf"),
            new Face(HAN_FAMILY, "normal", "bold", "NotoSerifSC-Bold.ttf"),
            new Face(HAN_FAMILY, "italic", "bold", "NotoSerifSC-Bold.ttf"),
            new Face(WESTERN_FAMILY, "normal", "normal", "NotoSerif-Regular.ttf"),
            new Face(WESTERN_FAMILY, "italic", "normal", "NotoSerif-Italic.ttf"),
            new Face(WESTERN_FAMILY, "normal", "bold", "NotoSerif-Bold.ttf"),
            // No bold italic face is shipped: bold carries the stronger emphasis.
            new Face(WESTERN_FAMILY, "italic", "bold", "NotoSerif-Bold.ttf"));

    private final BundledResources resources;

    BundledFonts(BundledResources resources) {
        this.resources = resources;
    }

    List<Face> faces() {
        return FACES;
    }

    /**
     * Where FOP reads a font file: a file: URI when running from classes, a jar: URI when
     * running from the packaged jar; {@link UrlResourceResolver} opens both.
     */
    String uriOf(Face face) throws PublishException {
        try {
            return resources.resource("fonts/" + face.file()).toURI().toString();
        } catch (URISyntaxException e) {
            throw new PublishException("The bundled font " + face.file() + " has no usable location: "
                    + e.getMessage(), e);
        }
    }
}
