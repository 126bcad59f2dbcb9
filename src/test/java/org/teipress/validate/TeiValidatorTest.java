package org.teipress.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.XdmNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.teipress.pipeline.InvalidInputException;
import org.teipress.core.PublishException;
import org.teipress.core.BundledResources;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TeiValidatorTest {
    private static final Path REPORT = Path.of("source-xml/report.xml");
    private static final String TEI_START = "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\">";
    private static final String MINIMAL_HEADER = "<teiHeader><fileDesc><titleStmt><title>t</title></titleStmt>"
            + "<publicationStmt><p>p</p></publicationStmt><sourceDesc><p>s</p></sourceDesc></fileDesc></teiHeader>";

    private TeiValidator validator;
    private String report;

    @TempDir
    Path dir;

    @BeforeAll
    void compileSchemas() throws PublishException, IOException {
        Processor processor = new Processor(false);
        validator = new TeiValidator(processor, new BundledResources()).in(TeiValidator.Mode.STRICT, processor);
        report = Files.readString(REPORT);
    }

    @Test
    void theReportPasses() throws InvalidInputException {
        XdmNode tei = validator.validate(REPORT);
        XdmNode root = TeiRootCheck.rootElement(tei);
        assertEquals("TEI", root.getNodeName().getLocalName());
        assertTrue(root.getLineNumber() > 0, "the tree keeps line numbers for later stages");
    }

    @Test
    void malformedXmlIsLocated() throws IOException {
        Path file = write("malformed.xml", TEI_START + "\n" + MINIMAL_HEADER + "\n<text><body>\n<p>unclosed\n</body></text></TEI>");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> validator.validate(file));
        assertEquals(5, e.line());
        assertTrue(e.column() > 0);
        assertTrue(e.getMessage().contains("not well-formed XML"), e.getMessage());
        assertFalse(e.getMessage().contains(".."), "one full stop ends the parser's sentence: " + e.getMessage());
        assertTrue(e.getMessage().contains("'&' written as &amp;,"), "the escape is shown as typed: " + e.getMessage());
        assertTrue(e.located().startsWith(file + ":5:" + e.column() + ": "), e.located());
    }

    @Test
    void aNonTeiDocumentIsNamedAsSuch() throws IOException {
        Path file = write("page.xhtml", "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>Hello</p></body></html>");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> validator.validate(file));
        assertTrue(e.getMessage().startsWith("This is not a TEI document"), e.getMessage());
        assertTrue(e.getMessage().contains("<html>"), e.getMessage());
        assertEquals(1, e.line());
    }

    @Test
    void teiWithoutItsNamespaceGetsTheFix() throws IOException {
        Path file = write("nons.xml", "<TEI><text><body><p>x</p></body></text></TEI>");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> validator.validate(file));
        assertTrue(e.getMessage().contains("Add xmlns=\"http://www.tei-c.org/ns/1.0\""), e.getMessage());
    }

    @Test
    void aDocumentWithoutTextIsEmpty() throws IOException {
        Path file = write("empty.xml", TEI_START + MINIMAL_HEADER + "\n<text>\n<body><div><head> </head></div></body></text></TEI>");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> validator.validate(file));
        assertTrue(e.getMessage().startsWith("The document is empty"), e.getMessage());
        assertEquals(3, e.line());
    }

    @Test
    void aTeiElementOutsideTheSubsetIsNamedWithItsLine() throws IOException {
        String table = "<table><row><cell>1</cell></row></table>";
        String broken = report.replaceFirst("(<div type=\"section\" xml:id=\"sec6\" n=\"六\">\\s*<head>结语</head>)",
                "$1\n" + table);
        Path file = write("report.xml", broken);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> validator.validate(file));
        assertTrue(e.getMessage().startsWith("element <table> is valid TEI but tei-press does not support it (supported: "),
                e.getMessage());
        assertTrue(e.getMessage().contains("listBibl"), "the supported list comes from the schema: " + e.getMessage());
        assertEquals(lineOf(broken, table), e.line());
    }

    @Test
    void aNonTeiElementIsToldApart() throws IOException {
        String broken = report.replace("<head>结语</head>", "<head>结语</head><tabel>1</tabel>");
        InvalidInputException e = refused(broken);
        assertTrue(e.getMessage().startsWith("element <tabel> is not a TEI P5 element"), e.getMessage());
    }

    @Test
    void aDuplicateIdIsReportedAtTheSecondElement() throws IOException {
        String broken = report.replace("xml:id=\"fn02\"", "xml:id=\"fn01\"");
        InvalidInputException e = refused(broken);
        assertTrue(e.getMessage().contains("The xml:id \"fn01\" is used 2 times"), e.getMessage());
        assertEquals(lineOf(broken, "xml:id=\"fn01\""), e.line(), "the first of the two is reported first");
    }

    @Test
    void aRelativePtrTargetIsRefused() throws IOException {
        String broken = report.replace("<ptr target=\"https://tass.ru/politika/19548075\"/>",
                "<ptr target=\"politika/19548075\"/>");
        InvalidInputException e = refused(broken);
        assertTrue(e.getMessage().startsWith("The target \"politika/19548075\" of <ptr> is neither a local link"),
                e.getMessage());
        assertEquals(lineOf(broken, "politika/19548075"), e.line());
    }

    @Test
    void aLinkToAMissingIdIsRefused() throws IOException {
        String broken = report.replace("<head>结语</head>", "<head>结语<ref target=\"#fn99\">see</ref></head>");
        InvalidInputException e = refused(broken);
        assertTrue(e.getMessage().contains("no xml:id \"fn99\" exists"), e.getMessage());
    }

    @Test
    void anEmptyNoteIsRefused() throws IOException {
        String broken = report.replace("<head>结语</head>", "<head>结语<note place=\"foot\" xml:id=\"fn-empty\"> </note></head>");
        InvalidInputException e = refused(broken);
        assertTrue(e.getMessage().startsWith("This <note> is empty"), e.getMessage());
        assertEquals(lineOf(broken, "fn-empty"), e.line());
    }

    @Test
    void aFootnoteWithoutIdIsRefused() throws IOException {
        String broken = report.replace("<note place=\"foot\" xml:id=\"fn07\">", "<note place=\"foot\">");
        InvalidInputException e = refused(broken);
        assertTrue(e.getMessage().contains("has no xml:id"), e.getMessage());
    }

    @Test
    void cyrillicOutsideARussianElementIsRefused() throws IOException {
        String marker = "<bibl><title level=\"a\">Церемония вручения";
        String broken = report.replace("<bibl xml:lang=\"ru\"><title level=\"a\">Церемония вручения", marker);
        InvalidInputException e = refused(broken);
        assertTrue(e.getMessage().startsWith("The Cyrillic text \"Церемония вручения"), e.getMessage());
        assertTrue(e.getMessage().contains("xml:lang=\"ru\""), e.getMessage());
        assertEquals(lineOf(broken, marker), e.line());
    }

    @Test
    void severalProblemsAreListedTogether() throws IOException {
        String broken = report.replace("xml:id=\"fn02\"", "xml:id=\"fn01\"")
                .replace("<head>结语</head>", "<head>结语</head><table><row><cell>1</cell></row></table>");
        Path file = write("report.xml", broken);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> validator.validate(file));
        assertTrue(e.getMessage().startsWith("3 problems stop tei-press"), e.getMessage());
        assertTrue(e.getMessage().contains(file + ":" + lineOf(broken, "<table>")), e.getMessage());
        assertEquals(lineOf(broken, "xml:id=\"fn01\""), e.line(), "the exception sits at the first problem");
    }

    @Test
    void anExternalEntityToALocalFileIsNeverRead() throws IOException {
        Path secret = write("secret", "TOP-SECRET-7F3A");
        Path file = write("xxe.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE TEI [\n<!ENTITY leak SYSTEM \""
                + secret.toUri() + "\">\n]>\n" + TEI_START + MINIMAL_HEADER + "<text><body><p>&leak;</p></body></text></TEI>");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> validator.validate(file));
        assertTrue(e.getMessage().contains("never reads external entities"), e.getMessage());
        for (Throwable t = e; t != null; t = t.getCause()) {
            assertFalse(String.valueOf(t.getMessage()).contains("TOP-SECRET-7F3A"), "the secret leaked: " + t);
        }
        assertEquals(5, e.line());
    }

    @Test
    void externalEntitiesAndDtdsOverHttpAreRefusedWithoutConnecting() throws IOException {
        try (ServerSocket server = new ServerSocket(0)) {
            String address = "http://127.0.0.1:" + server.getLocalPort();
            Path entity = write("http-entity.xml", "<!DOCTYPE TEI [<!ENTITY remote SYSTEM \"" + address + "/e.xml\">]>"
                    + TEI_START + MINIMAL_HEADER + "<text><body><p>&remote;</p></body></text></TEI>");
            Path dtd = write("http-dtd.xml", "<!DOCTYPE TEI SYSTEM \"" + address + "/tei.dtd\">"
                    + TEI_START + MINIMAL_HEADER + "<text><body><p>x</p></body></text></TEI>");
            Path parameter = write("http-parameter.xml", "<!DOCTYPE TEI [<!ENTITY % remote SYSTEM \"" + address
                    + "/p.dtd\"> %remote;]>" + TEI_START + MINIMAL_HEADER + "<text><body><p>x</p></body></text></TEI>");

            InvalidInputException e1 = assertThrows(InvalidInputException.class, () -> validator.validate(entity));
            assertTrue(e1.getMessage().contains("&remote;") && e1.getMessage().contains("never reads"), e1.getMessage());
            InvalidInputException e2 = assertThrows(InvalidInputException.class, () -> validator.validate(dtd));
            assertTrue(e2.getMessage().contains("external DTD"), e2.getMessage());
            InvalidInputException e3 = assertThrows(InvalidInputException.class, () -> validator.validate(parameter));
            assertTrue(e3.getMessage().contains("%remote"), e3.getMessage());

            server.setSoTimeout(200);
            assertThrows(SocketTimeoutException.class, server::accept, "nothing may connect to the network");
        }
    }

    @Test
    void billionLaughsFailsFast() throws IOException {
        StringBuilder doctype = new StringBuilder("<!DOCTYPE TEI [\n<!ENTITY lol0 \"lol\">\n");
        for (int i = 1; i <= 10; i++) {
            doctype.append("<!ENTITY lol").append(i).append(" \"")
                    .append(("&lol" + (i - 1) + ";").repeat(10)).append("\">\n");
        }
        Path file = write("laughs.xml", doctype + "]>\n" + TEI_START + MINIMAL_HEADER
                + "<text><body><p>&lol10;</p></body></text></TEI>");
        InvalidInputException e = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> assertThrows(InvalidInputException.class, () -> validator.validate(file)));
        assertTrue(e.getMessage().contains("billion laughs"), e.getMessage());
    }

    @Test
    void xincludeIsNotProcessed() throws IOException {
        Path secret = write("included.xml", "<p xmlns=\"http://www.tei-c.org/ns/1.0\">INCLUDED-TEXT</p>");
        Path file = write("xi.xml", TEI_START + MINIMAL_HEADER + "<text><body><p>x</p>"
                + "<include xmlns=\"http://www.w3.org/2001/XInclude\" href=\"" + secret.getFileName() + "\"/>"
                + "</body></text></TEI>");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> validator.validate(file));
        assertTrue(e.getMessage().contains("element <include> from namespace http://www.w3.org/2001/XInclude is not TEI"),
                e.getMessage());
        assertFalse(e.getMessage().contains("INCLUDED-TEXT"));
    }

    /** The report changed into {@code broken} must be refused. */
    private InvalidInputException refused(String broken) throws IOException {
        Path file = write("report.xml", broken);
        return assertThrows(InvalidInputException.class, () -> validator.validate(file));
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    private static int lineOf(String text, String needle) {
        int at = text.indexOf(needle);
        assertTrue(at >= 0, "test data must contain " + needle);
        return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }
}
