package org.teipress.epub;

import java.util.List;

/** A file of the publication: its href relative to the package document, type and bytes. */
record ManifestItem(String id, String href, String mediaType, List<String> properties, byte[] data) {

    static final String XHTML = "application/xhtml+xml";
    static final String CSS = "text/css";
    static final String TTF = "font/ttf";
    static final String PNG = "image/png";
    static final String NCX = "application/x-dtbncx+xml";

    static ManifestItem of(String href, String mediaType, byte[] data, String... properties) {
        return new ManifestItem(idFor(href), href, mediaType, List.of(properties), data);
    }

    /** An XML id from the href: ids must be NCNames, hrefs may hold slashes. */
    static String idFor(String href) {
        String id = href.replaceAll("[^A-Za-z0-9._-]", "-");
        return Character.isLetter(id.charAt(0)) ? id : "item-" + id;
    }
}
