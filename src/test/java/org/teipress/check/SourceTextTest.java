package org.teipress.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teipress.core.PublishException;
import org.teipress.pipeline.InvalidInputException;

class SourceTextTest {
    @TempDir
    Path dir;

    @Test
    void anExternalEntityToALocalFileIsRefusedUnread() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "GATE-SECRET-91C2", StandardCharsets.UTF_8);
        Path source = Files.writeString(dir.resolve("xxe.xml"), "<?xml version=\"1.0\"?>\n<!DOCTYPE TEI [\n"
                + "<!ENTITY leak SYSTEM \"" + secret.toUri() + "\">\n]>\n"
                + "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><teiHeader><fileDesc><titleStmt><title>t</title>"
                + "</titleStmt><publicationStmt><p>p</p></publicationStmt><sourceDesc><p>s</p></sourceDesc>"
                + "</fileDesc></teiHeader><text><body><p>&leak;</p></body></text></TEI>", StandardCharsets.UTF_8);

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Sample.read(source));

        assertTrue(e.getMessage().contains("&leak;") && e.getMessage().contains("never reads external entities"),
                e.getMessage());
        assertEquals(5, e.line());
        for (Throwable t = e; t != null; t = t.getCause()) {
            assertFalse(String.valueOf(t.getMessage()).contains("GATE-SECRET-91C2"), "the file leaked: " + t);
        }
    }

    @Test
    void passagesKeepTheirSourceLines() throws IOException, PublishException {
        Path source = Sample.copy(dir);
        SourceText.Passage visit = Sample.read(source).passages().stream()
                .filter(p -> p.text().startsWith("张明赴俄罗斯")).findFirst().orElseThrow();
        assertEquals(Sample.lineOf(source, "张明赴俄罗斯"), visit.place().line());
    }

    @Test
    void aPointerWithSeveralTargetsIsSeveralLinks() throws IOException, PublishException {
        Path source = Sample.write(dir, "见<ref target=\"https://example.org/ #sec1\">两处</ref>。");
        var targets = Sample.read(source).links().stream().map(SourceText.Link::target).toList();
        assertTrue(targets.contains("https://example.org/") && targets.contains("#sec1"), targets.toString());
        assertFalse(targets.contains("https://example.org/ #sec1"), targets.toString());
    }

    @Test
    void generatedTextIsPartOfThePassageAsTheStylesheetsShowIt() throws IOException, PublishException {
        Path source = Sample.write(dir, "元素<gi>note</gi>，<q>引文</q>，<foreign xml:lang=\"ru\"><q>цитата</q></foreign>。");
        String shown = Sample.read(source).passages().stream().map(SourceText.Passage::text)
                .filter(t -> t.startsWith("元素")).findFirst().orElseThrow();
        assertEquals("元素<note>，“引文”，«цитата»。", shown);
    }

    /** An English document: its quotation marks, note numbers and section labels are the model's. */
    private Path english() throws IOException {
        return Files.writeString(dir.resolve("en.xml"), """
                <TEI xmlns="http://www.tei-c.org/ns/1.0" xml:lang="en"><teiHeader><fileDesc><titleStmt>
                <title>An essay</title></titleStmt><publicationStmt><p>p</p></publicationStmt>
                <sourceDesc><p>s</p></sourceDesc></fileDesc></teiHeader><text><body>
                <div n="I"><head>Introduction</head>
                <p>The <q>first</q> claim<note place="foot">A note.</note> stands,
                <choice><sic>teh</sic><corr>the</corr></choice> second<note>Another.</note> too.</p>
                </div></body></text></TEI>
                """, StandardCharsets.UTF_8);
    }

    @Test
    void aWesternPassageShowsTheGeneratedQuotationMarksAndNoteNumbers() throws IOException, PublishException {
        SourceText text = Sample.read(english());
        assertEquals("The “first” claim1 stands, the second2 too.", text.passages().get(1).text());
        assertEquals("A note.", text.passages().get(2).text());
        assertTrue(text.passages().get(2).note());
    }

    @Test
    void aHeadingCarriesTheLabelOfItsDivAsTheOutlineShowsIt() throws IOException, PublishException {
        SourceText.Heading heading = Sample.read(english()).headings().get(0);
        assertEquals("I Introduction", heading.text());
        assertEquals(4, heading.place().line());
    }

    @Test
    void theTitlePageOfTheFrontMatterIsReadFirstAsTheOutputsSetIt() throws IOException, PublishException {
        Path source = Files.writeString(dir.resolve("front.xml"), """
                <TEI xmlns="http://www.tei-c.org/ns/1.0" xml:lang="en"><teiHeader><fileDesc><titleStmt>
                <title>A tale</title></titleStmt><publicationStmt><p>p</p></publicationStmt>
                <sourceDesc><p>s</p></sourceDesc></fileDesc></teiHeader><text><front>
                <div type="note"><head>Half title note</head><p>A reprint of the first edition.</p></div>
                <titlePage><docTitle><titlePart>A tale of winter</titlePart></docTitle>
                <byline>by <docAuthor>Jane Writer</docAuthor></byline></titlePage>
                <div type="preface"><p>The preface follows.</p></div>
                </front><body><p>The tale begins.</p></body></text></TEI>
                """, StandardCharsets.UTF_8);
        var texts = Sample.read(source).passages().stream().map(SourceText.Passage::text).toList();
        assertTrue(texts.indexOf("A tale of winter") == 0 && texts.indexOf("by Jane Writer") == 1, texts.toString());
        assertTrue(texts.indexOf("A reprint of the first edition.") < texts.indexOf("The preface follows."),
                texts.toString());
    }

    @Test
    void anApparatusInsideANoteIsReadAsThatNoteAndTheWordsBesideItStayInTheText() throws IOException, PublishException {
        // The milestone becomes a generated page reference and the notes keep their places among
        // the reg elements: nothing of the paragraph is taken for a note.
        Path source = Files.writeString(dir.resolve("la.xml"), """
                <TEI xmlns="http://www.tei-c.org/ns/1.0" xml:lang="la"><teiHeader><fileDesc><titleStmt>
                <title>Pro Tullio</title></titleStmt><publicationStmt><p>p</p></publicationStmt>
                <sourceDesc><p>s</p></sourceDesc></fileDesc></teiHeader><text><body><div>
                <p><milestone n="3" unit="chapter"/>Vnum hoc <reg>namque</reg> antea alienum mea<note><app><lem>mea</lem></app>
                a mea <hi rend="italic">Peyron</hi></note> natura <reg>neque</reg> hoc postulo.</p>
                </div></body></text></TEI>
                """, StandardCharsets.UTF_8);
        var passages = Sample.read(source).passages();
        assertEquals(List.of("[3]Vnum hoc namque antea alienum mea1 natura neque hoc postulo.", "mea a mea Peyron"),
                passages.stream().map(SourceText.Passage::text).toList());
        assertEquals(List.of(false, true), passages.stream().map(SourceText.Passage::note).toList());
        assertEquals(4, passages.get(1).place().line());
    }

    @Test
    void theCellsOfATableArePassagesOfThatTableAtTheirOwnSourcePositions() throws IOException, PublishException {
        Path source = Files.writeString(dir.resolve("table.xml"), """
                <TEI xmlns="http://www.tei-c.org/ns/1.0" xml:lang="en"><teiHeader><fileDesc><titleStmt>
                <title>Tables</title></titleStmt><publicationStmt><p>p</p></publicationStmt>
                <sourceDesc><p>s</p></sourceDesc></fileDesc></teiHeader><text><body>
                <table><row><cell>first</cell>
                  <cell>second</cell></row></table>
                <p>After.</p>
                </body></text></TEI>
                """, StandardCharsets.UTF_8);
        var passages = Sample.read(source).passages();
        assertEquals(List.of("first", "second", "After."), passages.stream().map(SourceText.Passage::text).toList());
        assertEquals(passages.get(0).table(), passages.get(1).table());
        assertTrue(passages.get(0).table() != null && passages.get(2).table() == null, passages.toString());
        assertEquals(List.of(4, 5, 6), passages.stream().map(p -> p.place().line()).toList());
        // The column the parser reports: just after the start tag of the cell.
        assertEquals(9, passages.get(1).place().column());
    }
}
