package org.teipress.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XdmNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teipress.app.Toolchain;

class LongBookTest {
    private final Processor processor = new Processor(false);

    @Test
    void theReportsHeaderAndManyMixedParagraphsInOneDivAValidSource(@TempDir Path dir) throws Exception {
        Path source = Path.of("source-xml/report.xml");
        Path book = LongBook.write(source, 300, dir.resolve("book.xml"));

        XdmNode original = processor.newDocumentBuilder().build(source.toFile());
        XdmNode written = processor.newDocumentBuilder().build(book.toFile());
        XPathCompiler xpath = processor.newXPathCompiler();
        xpath.declareNamespace("", "http://www.tei-c.org/ns/1.0");
        assertEquals(xpath.evaluate("/TEI/teiHeader", original).itemAt(0).toString(),
                xpath.evaluate("/TEI/teiHeader", written).itemAt(0).toString());
        assertEquals(1, xpath.evaluate("/TEI/text/body/div", written).size());
        assertEquals(300, xpath.evaluate("/TEI/text/body/div/p", written).size());
        for (String script : new String[] {"\\p{IsCJKUnifiedIdeographs}", "[A-Za-z]", "\\p{IsCyrillic}"}) {
            assertTrue(xpath.evaluate("every $p in (/TEI/text/body/div/p)[position() le 3] satisfies matches($p, '"
                    + script + "')", written).itemAt(0).getStringValue().equals("true"), script);
        }
        // The bench publishes it: it must pass the project's schema and Schematron rules.
        new Toolchain().validate(book);
    }
}
