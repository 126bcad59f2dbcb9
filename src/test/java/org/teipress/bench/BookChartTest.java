package org.teipress.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.Duration;
import java.util.List;
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XdmNode;
import org.junit.jupiter.api.Test;

class BookChartTest {
    private static ProcessRun run(long millis, long mib) {
        return new ProcessRun(Duration.ofMillis(millis), Duration.ofMillis(millis), mib << 20);
    }

    @Test
    void drawsBothProgramsInBothPanelsAsWellFormedSvg() throws Exception {
        List<BenchResults.BookPoint> books = List.of(
                new BenchResults.BookPoint(1000, 60, run(8000, 500), run(6000, 700)),
                new BenchResults.BookPoint(4000, 240, run(20000, 600), run(24000, 2000)));
        Processor processor = new Processor(false);
        XdmNode svg = processor.newDocumentBuilder().build(new StreamSource(new StringReader(new BookChart().svg(books))));
        XPathCompiler xpath = processor.newXPathCompiler();
        xpath.declareNamespace("s", "http://www.w3.org/2000/svg");
        assertEquals(4, xpath.evaluate("//s:polyline", svg).size(), "two lines in each of two panels");
        assertEquals(8, xpath.evaluate("//s:circle", svg).size());
        // The taller point of the memory panel is the peer's 2,000 MiB, at the panel's top edge or below it.
        double top = Double.parseDouble(xpath.evaluate("string((//s:rect)[3]/@y)", svg).itemAt(0).getStringValue());
        assertTrue(xpath.evaluate("every $c in //s:circle satisfies number($c/@cy) ge " + top, svg)
                .itemAt(0).getStringValue().equals("true"));
    }

    @Test
    void aBookWithoutThePeerDrawsOnlyTeiPress() throws Exception {
        List<BenchResults.BookPoint> books = List.of(new BenchResults.BookPoint(1000, 60, run(8000, 500), null),
                new BenchResults.BookPoint(2000, 120, run(12000, 520), null));
        String svg = new BookChart().svg(books);
        assertEquals(2, svg.split("<polyline", -1).length - 1, svg);
    }
}
