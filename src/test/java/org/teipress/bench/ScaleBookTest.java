package org.teipress.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XdmItem;
import net.sf.saxon.s9api.XdmNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teipress.core.BundledResources;

class ScaleBookTest {
    private final Processor processor = new Processor(false);

    @Test
    void repeatsTheBodyAsChaptersWithUniqueIds(@TempDir Path dir) throws Exception {
        Path source = Path.of("source-xml/report.xml");
        Path book = new ScaleBook(processor, new BundledResources()).write(source, 4, dir.resolve("book.xml"));

        XdmNode original = processor.newDocumentBuilder().build(source.toFile());
        XdmNode repeated = processor.newDocumentBuilder().build(book.toFile());
        XPathCompiler xpath = processor.newXPathCompiler();
        xpath.declareNamespace("", "http://www.tei-c.org/ns/1.0");

        assertEquals(4, count(xpath, "/TEI/text/body/div[@type = 'chapter']", repeated));
        assertEquals(4 * count(xpath, "//body//note", original), count(xpath, "//body//note", repeated));

        Set<String> ids = new HashSet<>();
        for (XdmItem id : xpath.evaluate("//@xml:id", repeated)) {
            assertTrue(ids.add(id.getStringValue()), "duplicate id " + id.getStringValue());
        }
    }

    private static int count(XPathCompiler xpath, String path, XdmNode doc) throws Exception {
        return xpath.evaluate(path, doc).size();
    }
}
