package org.teipress.pdf;

import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.teipress.core.BundledResources;
import org.teipress.core.PublishException;
import org.teipress.fonts.FontCatalog;
import org.teipress.fonts.FontFace;
import org.teipress.fonts.FontFamily;

/**
 * The catalog's fonts ({@code fonts/fonts.xml}) as FOP font triplets. Every combination the
 * stylesheet can ask for is registered, with the nearest real face: an unregistered combination
 * would make FOP fall back to a base-14 font, which is neither embedded nor able to show Han
 * characters.
 */
final class BundledFonts {

    /** One FOP font triplet and the font file that serves it. */
    record Face(String family, String style, String weight, String file) { }

    /** The style and weight combinations of XSL-FO, in FOP's terms. */
    private static final List<String[]> COMBINATIONS = List.of(new String[] {"normal", "normal"},
            new String[] {"italic", "normal"}, new String[] {"normal", "bold"}, new String[] {"italic", "bold"});

    /** The script runs the FO stylesheet sets in fonts of their own (xslt/fo/inline.xsl). */
    private static final List<String> STYLESHEET_SCRIPTS = List.of("hani", "latn");

    private final BundledResources resources;
    private final FontCatalog catalog;

    BundledFonts(BundledResources resources, FontCatalog catalog) {
        this.resources = resources;
        this.catalog = catalog;
    }

    FontCatalog catalog() {
        return catalog;
    }

    /** The triplets, grouped by file in catalog order. */
    List<Face> faces() {
        List<Face> faces = new ArrayList<>();
        for (FontFamily family : catalog.families()) {
            for (FontFace face : family.faces()) {
                for (String[] combination : COMBINATIONS) {
                    boolean italic = combination[0].equals("italic");
                    boolean bold = combination[1].equals("bold");
                    if (family.closest(bold, italic).equals(face)) {
                        faces.add(new Face(family.name(), combination[0], combination[1], face.file()));
                    }
                }
            }
        }
        return faces;
    }

    /**
     * Appended to a family's name for its complete font files, registered behind the document's
     * subsets (see {@link DocumentFonts}): FOP sets each character in the first family of the
     * list that has it, so these are parsed only if a subset lacks a character.
     */
    static final String COMPLETE = " Complete";

    /**
     * The family list the stylesheet sets text of {@code script} in, in a document of
     * {@code language}, as {@code font-family} takes it.
     */
    String familyList(String script, String language) {
        return withComplete(catalog.familyOrder(script, language));
    }

    /**
     * The family lists the stylesheet sets text of each role (heading, abstract) in, by the
     * script of the text ({@code hani}, {@code latn}), in a document of {@code language}.
     */
    Map<String, Map<String, String>> roleFamilyLists(String language) {
        Map<String, Map<String, String>> roles = new LinkedHashMap<>();
        for (String role : catalog.textRoles()) {
            Map<String, String> scripts = new LinkedHashMap<>();
            for (String script : STYLESHEET_SCRIPTS) {
                scripts.put(script, withComplete(catalog.familyOrder(role, script, language)));
            }
            roles.put(role, scripts);
        }
        return roles;
    }

    private static String withComplete(List<String> order) {
        List<String> list = new ArrayList<>(order);
        order.forEach(family -> list.add(family + COMPLETE));
        return String.join(",", list);
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
