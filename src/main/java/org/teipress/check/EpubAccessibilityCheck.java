package org.teipress.check;

import java.io.IOException;

/**
 * The EPUB is accessible as Ace by DAISY judges it, checked without a browser: the package's
 * accessibility metadata, page list and pagination source ({@link PackageAccessibility}), the
 * rules axe-core applies to each content document ({@link DocumentAccessibility}), and links in
 * running text told apart by more than colour ({@link LinkDistinction}), each computed through
 * the style sheets' cascade as the font check reads it. Every finding starts with the rule's
 * name as Ace reports it, and names the file, line and element.
 *
 * <p>Ace runs axe-core on the pages laid out in Chromium; this check reads the markup and the
 * cascade, so it sees neither layout (text hidden off screen, overlapping boxes, colours of
 * background images) nor axe's rules for what tei-press does not write (forms, frames, media,
 * scripts, ARIA widgets). {@code docs/typography.md} lists the differences.
 */
public final class EpubAccessibilityCheck implements OutputCheck<EpubUnderTest> {

    @Override
    public String name() {
        return "epub-accessibility";
    }

    @Override
    public void run(EpubUnderTest epub, SourceText source, CheckResult result) throws IOException {
        new PackageAccessibility(epub, result).check();
        FontStyleSheet styles = ComputedStyle.styleSheet();
        for (EpubUnderTest.Item item : epub.manifest()) {
            if ("text/css".equals(item.mediaType())) {
                styles.read(item.path(), epub.text(item.path()));
            }
        }
        ComputedStyle style = new ComputedStyle(styles);
        LinkDistinction links = new LinkDistinction(style);
        int documents = 0;
        int linksInText = 0;
        for (EpubUnderTest.ContentDocument document : epub.documents()) {
            documents++;
            new DocumentAccessibility(document, style, result).check();
            linksInText += links.check(document, result);
        }
        result.figure("contentDocuments", documents);
        result.figure("linksInText", linksInText);
    }
}
