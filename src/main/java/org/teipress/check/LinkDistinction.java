package org.teipress.check;

import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmNodeKind;

/**
 * WCAG 1.4.1 for links in running text (axe-core's {@code link-in-text-block}): a link that
 * stands among other text in a block must be told apart from that text by more than its colour.
 * Which links count is axe's reading: a link with text, laid out inline, whose block (up to the
 * nearest line break or nested block either side) has more text outside links than in them. Such a link
 * passes when its computed style differs from its block's in a way that does not rely on colour
 * (axe's {@code link-in-text-block-style}: an underline or other decoration line or style, a
 * border or outline, a background image, another first font family, weight, slant or size), or
 * when its colour contrasts 3:1 with the text's, as axe also accepts. Stricter than axe: a link
 * in the text's own colour and style fails, since nothing then shows it is a link.
 */
final class LinkDistinction {
    private static final QName HREF = new QName("href");
    private static final QName ROLE = new QName("role");

    private final ComputedStyle style;

    LinkDistinction(ComputedStyle style) {
        this.style = style;
    }

    /** Checks every link of {@code document}; returns how many stand in running text. */
    int check(EpubUnderTest.ContentDocument document, CheckResult result) {
        int inText = 0;
        for (XdmNode a : EpubUnderTest.elements(document.root(), EpubUnderTest.XHTML, "a")) {
            if (a.getAttributeValue(HREF) == null || !inTextBlock(a)) {
                continue;
            }
            inText++;
            XdmNode block = block(a, true);
            String cue = cue(a, block);
            if (cue != null) {
                continue;
            }
            CssColor link = style.color(a);
            CssColor text = style.color(block);
            double contrast = link.contrast(text);
            if (contrast >= 3) {
                continue;
            }
            result.error("link-in-text-block: " + document.path() + ":" + a.getLineNumber() + " "
                    + DocumentAccessibility.describe(a) + " stands in the text of " + DocumentAccessibility.describe(block)
                    + " (line " + block.getLineNumber() + ") and differs from it only "
                    + (contrast <= 1 ? "in nothing visible" : "in colour (" + link + " against " + text + ", "
                            + contrast + ":1, less than 3:1)")
                    + ": no underline, border, weight, slant, size or face tells a reader who does not see"
                    + " the colour that it is a link. Give links a cue besides colour (text-decoration: underline).",
                    null);
        }
        return inText;
    }

    /** What sets the link apart from its block without colour, or null when nothing does. */
    private String cue(XdmNode a, XdmNode block) {
        if (style.backgroundImage(a)) {
            return "background-image";
        }
        String edge = style.drawnEdge(a);
        if (edge != null) {
            return edge;
        }
        FontCascade.Font linkFont = style.font(a);
        FontCascade.Font blockFont = style.font(block);
        if (!linkFont.families().get(0).equalsIgnoreCase(blockFont.families().get(0))) {
            return "font-family";
        }
        if (!style.decorationLine(a).equals(style.decorationLine(block))) {
            return "text-decoration-line";
        }
        if (!style.decorationStyle(a).equals(style.decorationStyle(block))) {
            return "text-decoration-style";
        }
        if (linkFont.weight() != blockFont.weight()) {
            return "font-weight";
        }
        if (linkFont.italic() != blockFont.italic()) {
            return "font-style";
        }
        if (Math.abs(style.fontSize(a) - style.fontSize(block)) > 0.01) {
            return "font-size";
        }
        return null;
    }

    /** The nearest ancestor laid out as a block ({@code inlineBlock}: counting inline-blocks as blocks). */
    private XdmNode block(XdmNode element, boolean inlineBlock) {
        XdmNode e = FontSelector.parentElement(element);
        while (e != null && !style.block(e, inlineBlock)) {
            e = FontSelector.parentElement(e);
        }
        return e == null ? element.getParent() : e;
    }

    /**
     * Whether the link is inline, shown, has text, and its block has more text outside links
     * than in them, between the nearest line breaks or nested blocks either side (axe-core's
     * {@code isInTextBlock}).
     */
    private boolean inTextBlock(XdmNode a) {
        // A DPUB-ARIA role (doc-noteref, doc-backlink) keeps the link a link, as axe-core reads it.
        String role = a.getAttributeValue(ROLE);
        if ((role != null && !role.equals("link") && !role.startsWith("doc-")) || style.block(a, true) || style.hidden(a)
                || DocumentAccessibility.accessibleText(a).isBlank()) {
            return false;
        }
        XdmNode block = block(a, false);
        Segment segment = new Segment(a);
        segment.walk(block);
        return normalized(segment.text).length() > normalized(segment.links).length();
    }

    private static String normalized(StringBuilder text) {
        return text.toString().strip().replaceAll("\\s+", " ");
    }

    /** The text outside links of the stretch of a block that holds one link, and the text of its links. */
    private final class Segment {
        private final XdmNode link;
        private final StringBuilder text = new StringBuilder();
        private final StringBuilder links = new StringBuilder();
        private boolean seenLink;
        private boolean done;

        Segment(XdmNode link) {
            this.link = link;
        }

        void walk(XdmNode node) {
            for (XdmNode child : node.children()) {
                if (done) {
                    return;
                }
                if (child.getNodeKind() == XdmNodeKind.TEXT) {
                    text.append(child.getStringValue());
                    continue;
                }
                if (child.getNodeKind() != XdmNodeKind.ELEMENT) {
                    continue;
                }
                if (child.equals(link)) {
                    seenLink = true;
                }
                String name = child.getNodeName().getLocalName();
                boolean breaks = style.block(child, false) || name.equals("br") || name.equals("hr");
                if (breaks) {
                    if (seenLink && !child.equals(link)) {
                        done = true;
                        return;
                    }
                    text.setLength(0);
                    links.setLength(0);
                }
                if (style.block(child, false) || style.hidden(child)) {
                    continue;
                }
                if (child.getNodeName().getLocalName().equals("a") && child.getAttributeValue(HREF) != null) {
                    links.append(child.getStringValue());
                    continue;
                }
                walk(child);
            }
        }
    }
}
