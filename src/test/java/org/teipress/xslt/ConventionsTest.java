package org.teipress.xslt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.XdmNode;
import org.junit.jupiter.api.Test;
import org.teipress.core.BundledResources;
import org.teipress.core.PublishException;

/**
 * xslt/conventions.xml is the one list of allowed convention values: the command line checks
 * against it, and the normalising pass accepts exactly the values it lists and refuses others.
 */
class ConventionsTest {
    private static final Processor PROCESSOR = new Processor(false);
    private static final Stylesheets STYLESHEETS = new Stylesheets(PROCESSOR, new BundledResources());
    private static final String TEI = "<TEI xmlns='http://www.tei-c.org/ns/1.0' xml:lang='en'><teiHeader><fileDesc>"
            + "<titleStmt><title>T</title></titleStmt><publicationStmt><p/></publicationStmt><sourceDesc><p/></sourceDesc>"
            + "</fileDesc></teiHeader><text><body><p>One<pb n='2'/>two.</p></body></text></TEI>";

    @Test
    void everyConventionOfTheStylesheetsIsListedWithItsValues() throws PublishException {
        Conventions conventions = Conventions.bundled();
        assertEquals(List.of("note-numbering", "heading-numbering", "reference-list", "source-pages", "line-breaks",
                "apparatus", "editorial-signs", "line-numbers"), conventions.names());
        assertEquals(List.of("bracketed", "margin", "none"), conventions.values("source-pages"));
        assertTrue(conventions.defaultsFromLocale("note-numbering"));
        assertTrue(!conventions.defaultsFromLocale("source-pages"));
    }

    @Test
    void theNormalisingPassAcceptsEveryListedValueAndRefusesOthers() throws Exception {
        Conventions conventions = Conventions.bundled();
        XdmNode tei = PROCESSOR.newDocumentBuilder().build(new StreamSource(new StringReader(TEI)));
        for (String name : conventions.names()) {
            for (String value : conventions.values(name)) {
                new Normalizer(STYLESHEETS, Map.of(name, value)).normalize(tei);
            }
            // Past the Java check, the stylesheet refuses an unlisted value by the same list.
            PublishException refused = assertThrows(PublishException.class, () -> STYLESHEETS.transform("normalize.xsl", tei,
                    Map.of(name, new net.sf.saxon.s9api.XdmAtomicValue("sideways"))),
                    name + "=sideways is refused");
            assertTrue(refused.getMessage().contains("expected one of: " + String.join(", ", conventions.values(name))),
                    name + ": " + refused.getMessage());
        }
    }

    @Test
    void theJavaSideRefusesAnUnlistedValueNamingTheListedOnes() throws PublishException {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Conventions.bundled().checked("line-numbers", "sometimes"));
        assertTrue(e.getMessage().contains("every-5, all, none"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Normalizer(STYLESHEETS, Map.of("page-colour", "red")));
    }
}
