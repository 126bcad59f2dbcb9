package org.teipress.pdf;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XdmItem;
import net.sf.saxon.s9api.XdmNode;

/** What a PDF must show, read straight from the TEI source, independently of the stylesheets. */
final class TeiFacts {
    private final XPathCompiler xpath;
    private final XdmNode tei;

    TeiFacts(Processor processor, Path source) throws SaxonApiException {
        this.tei = processor.newDocumentBuilder().build(source.toFile());
        this.xpath = processor.newXPathCompiler();
        xpath.declareNamespace("tei", "http://www.tei-c.org/ns/1.0");
    }

    private List<String> strings(String expression) throws SaxonApiException {
        List<String> values = new ArrayList<>();
        for (XdmItem item : xpath.evaluate(expression, tei)) {
            values.add(item.getStringValue());
        }
        return values;
    }

    String title() throws SaxonApiException {
        return strings("normalize-space((//tei:titleStmt/tei:title[@type = 'main'], //tei:titleStmt/tei:title)[1])").get(0);
    }

    String language() throws SaxonApiException {
        return strings("string(/tei:TEI/@xml:lang)").get(0);
    }

    List<String> pointerTargets() throws SaxonApiException {
        return strings("//tei:text//tei:ptr/@target");
    }

    int footnotes() throws SaxonApiException {
        return Integer.parseInt(strings("count(//tei:text//tei:note)").get(0));
    }

    /** Citations in notes: each gets a link back to its note from the reference list. */
    int citations() throws SaxonApiException {
        return Integer.parseInt(strings("count(//tei:text//tei:note//tei:bibl)").get(0));
    }

    /** The outline: the headings, then the reference list when notes cite works. */
    List<PdfFacts.Bookmark> outline() throws SaxonApiException {
        List<PdfFacts.Bookmark> outline = new ArrayList<>(headings());
        if (citations() > 0) {
            outline.add(new PdfFacts.Bookmark(1, language().startsWith("zh") ? "参考文献" : "References"));
        }
        return outline;
    }

    /**
     * Each division's heading preceded by its printed number from {@code @n}, with its depth;
     * spaces are left out because the number and the heading are joined differently by depth.
     */
    List<PdfFacts.Bookmark> headings() throws SaxonApiException {
        List<PdfFacts.Bookmark> headings = new ArrayList<>();
        for (XdmItem item : xpath.evaluate("//tei:text//tei:div[tei:head]", tei)) {
            XdmNode div = (XdmNode) item;
            int depth = Integer.parseInt(xpath.evaluateSingle("count(ancestor-or-self::tei:div)", div).getStringValue());
            String title = xpath.evaluateSingle("string(@n) || string(tei:head)", div).getStringValue();
            headings.add(new PdfFacts.Bookmark(depth, withoutSpaces(title)));
        }
        return headings;
    }

    static String withoutSpaces(String text) {
        return text.replaceAll("[\\s\\u00A0\\u202F\\u3000]+", "");
    }

    /** Texts of the given language: titles of Russian sources, for example. */
    List<String> titlesIn(String language) throws SaxonApiException {
        return strings("//tei:text//tei:title[starts-with(ancestor-or-self::*[@xml:lang][1]/@xml:lang, '"
                + language + "')]/normalize-space()");
    }

    /**
     * The opening words of every paragraph of the text, up to its first markup: what text
     * extraction must give back character for character (a wrong ToUnicode map gives, for
     * example, the Kangxi radical ⼤ for 大; both look the same on the page).
     */
    List<String> paragraphOpenings() throws SaxonApiException {
        return strings("//tei:text//tei:p/text()[1][not(preceding-sibling::*)]"
                + "/substring(replace(., '\\s+', ''), 1, 24)[string-length() ge 4]");
    }

    List<String> footnoteIds() throws SaxonApiException {
        return strings("//tei:text//tei:note[not(@place = 'end')]/@xml:id");
    }
}
