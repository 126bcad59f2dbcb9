package org.teipress.epub;

/**
 * Where things live inside the EPUB container. Content documents sit next to the package
 * document, so the hrefs the stylesheet writes are also manifest hrefs.
 */
record PackageLayout(String contentDir, String packageHref, String ncxHref, String cssHref, String fontDir,
        String coverImageHref) {

    static PackageLayout standard() {
        return new PackageLayout("OEBPS/", "content.opf", "toc.ncx", "css/tei-press.css", "fonts/",
                "images/cover.png");
    }

    /** The href of a font file as the style sheet, which lives one folder down, refers to it. */
    String fontHrefFromCss(String fileName) {
        return "../" + fontDir + fileName;
    }
}
