package org.teipress.xslt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XdmAtomicValue;
import net.sf.saxon.s9api.XdmItem;
import net.sf.saxon.s9api.XPathSelector;
import net.sf.saxon.s9api.QName;
import org.junit.jupiter.api.Test;

/**
 * Regular expressions that reach Saxon as values (not literals) are compiled once per pattern and
 * then reused, with the same results as a fresh compilation.
 */
class RegexCachingConfigurationTest {
    private final RegexCachingConfiguration configuration = new RegexCachingConfiguration();
    private final Processor processor = new Processor(configuration);

    private List<String> evaluate(String xpath, String regex, String text) throws SaxonApiException {
        XPathCompiler compiler = processor.newXPathCompiler();
        compiler.declareVariable(new QName("re"));
        compiler.declareVariable(new QName("s"));
        XPathSelector selector = compiler.compile(xpath).load();
        selector.setVariable(new QName("re"), new XdmAtomicValue(regex));
        selector.setVariable(new QName("s"), new XdmAtomicValue(text));
        return selector.evaluate().stream().map(XdmItem::getStringValue).toList();
    }

    @Test
    void aPatternGivenAsAValueIsCompiledOnceAndMatchesAsBefore() throws Exception {
        for (int i = 0; i < 50; i++) {
            assertEquals(List.of("2023", "年", "SCO", "成立"),
                    evaluate("analyze-string($s, $re)/* ! string()", "[A-Za-z0-9]+", "2023年SCO成立"));
        }
        assertEquals(List.of("a-b-c"), evaluate("replace($s, $re, '-')", "\\s+", "a b  c"));
        assertEquals(2, configuration.cached(), "one entry per distinct pattern");
    }

    @Test
    void flagsArePartOfThePattern() throws Exception {
        assertEquals(List.of("false"), evaluate("matches($s, $re)", "^abc$", "ABC"));
        assertEquals(List.of("true"), evaluate("matches($s, $re, 'i')", "^abc$", "ABC"));
        assertEquals(2, configuration.cached());
    }

    @Test
    void anInvalidPatternStillFailsEveryTime() {
        for (int i = 0; i < 2; i++) {
            SaxonApiException e = assertThrows(SaxonApiException.class,
                    () -> evaluate("matches($s, $re)", "(unclosed", "x"));
            assertEquals("FORX0002", e.getErrorCode().getLocalName());
        }
        assertEquals(0, configuration.cached());
    }
}
