package org.teipress.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Matching TEI passages in extracted text: interruptions are allowed, reordering is not. */
class TextFidelityTest {
    @TempDir
    Path dir;

    private static final String FIRST = "俄罗斯是上海合作组织创始成员国之一。2023年，俄罗斯继续加强与上合组织在政治、经贸、人文领域的合作。";
    private static final String SECOND = "普京在峰会上表示支持《新德里宣言》草案。①油气、矿产等资源和大宗商品能够继续出口获利。";

    private CheckResult check(String extracted) throws Exception {
        CheckResult result = new CheckResult("text");
        TextFidelity.check(extracted, Sample.read(Sample.copy(dir)), result, "PDF");
        return result;
    }

    private static String rest() {
        return String.join("\n", SampleRendering.notes().stream().map(SampleRendering.Block::text).toList());
    }

    @Test
    void aParagraphInterruptedByAPageBreakIsFound() throws Exception {
        String text = String.join("\n", SampleRendering.body().stream().map(SampleRendering.Block::text).toList())
                .replace("继续加强与上合组织", "继续加\n- 3 -\n上合组织测试报告\n强与上合组织") + "\n" + rest();
        CheckResult result = check(text);
        assertEquals(100.0, result.figures().get("coveragePercent"), result.findings().toString());
    }

    @Test
    void swappedParagraphsAreOutOfOrder() throws Exception {
        String text = String.join("\n", SampleRendering.body().stream().map(SampleRendering.Block::text).toList())
                .replace(FIRST, "@@").replace(SECOND, FIRST).replace("@@", SECOND) + "\n" + rest();
        CheckResult result = check(text);
        assertTrue(result.errors().stream().anyMatch(f -> f.message().contains("out of order")),
                result.findings().toString());
    }

    @Test
    void aNoteSplitByAPageBreakIsNotTakenFromALaterCopy() throws Exception {
        java.util.List<String> notes = SampleRendering.notes().stream().map(SampleRendering.Block::text).toList();
        String russian = notes.get(1);
        String split = russian.substring(0, russian.length() / 2) + "\n- 3 -\n上合组织测试报告\n"
                + russian.substring(russian.length() / 2);
        String body = String.join("\n", SampleRendering.body().stream().map(SampleRendering.Block::text).toList());
        String text = body + "\n" + notes.get(0) + "\n" + split + "\n" + String.join("\n", notes.subList(2, notes.size()))
                + "\n参考文献\n" + reversed(notes);
        CheckResult result = check(text);
        assertEquals(100.0, result.figures().get("coveragePercent"), result.findings().toString());
        assertTrue(result.errors().isEmpty(), result.findings().toString());
    }

    private static String reversed(java.util.List<String> blocks) {
        java.util.List<String> copy = new java.util.ArrayList<>(blocks);
        java.util.Collections.reverse(copy);
        return String.join("\n", copy);
    }

    private CheckResult checkEnglish(String extracted) throws Exception {
        Path source = java.nio.file.Files.writeString(dir.resolve("en.xml"), """
                <TEI xmlns="http://www.tei-c.org/ns/1.0" xml:lang="en"><teiHeader><fileDesc><titleStmt>
                <title>An essay</title></titleStmt><publicationStmt><p>p</p></publicationStmt>
                <sourceDesc><p>s</p></sourceDesc></fileDesc></teiHeader><text><body>
                <p>The <q>first</q> claim<note place="foot">A note on it.</note> stands.</p>
                </body></text></TEI>
                """, java.nio.charset.StandardCharsets.UTF_8);
        CheckResult result = new CheckResult("text");
        TextFidelity.check(extracted, Sample.read(source), result, "PDF");
        return result;
    }

    @Test
    void anEnglishParagraphIsFoundWithItsGeneratedQuotationMarksAndNoteNumber() throws Exception {
        CheckResult result = checkEnglish("The “first” claim1 stands.\n1 A note on it.");
        assertEquals(100.0, result.figures().get("coveragePercent"), result.findings().toString());
    }

    @Test
    void losingTheGeneratedQuotationMarksFailsTheGate() throws Exception {
        CheckResult result = checkEnglish("The first claim1 stands.\n1 A note on it.");
        assertEquals(1, result.figures().get("passagesMissing"), result.findings().toString());
        assertTrue(result.errors().get(0).message().startsWith("The paragraph \"The “first” claim1 stands.\" is missing"),
                result.errors().get(0).message());
    }

    @Test
    void losingAWordFailsTheGate() throws Exception {
        CheckResult result = checkEnglish("The “first” claim1.\n1 A note on it.");
        assertEquals(1, result.figures().get("passagesMissing"), result.findings().toString());
        assertEquals(4, result.errors().get(0).place().line());
    }

    private CheckResult checkEndnoteBeforeFootnote(String extracted) throws Exception {
        Path source = java.nio.file.Files.writeString(dir.resolve("end.xml"), """
                <TEI xmlns="http://www.tei-c.org/ns/1.0" xml:lang="en"><teiHeader><fileDesc><titleStmt>
                <title>An essay</title></titleStmt><publicationStmt><p>p</p></publicationStmt>
                <sourceDesc><p>s</p></sourceDesc></fileDesc></teiHeader><text><body>
                <p>The opening claim<note place="end">An endnote after the text.</note> stands.</p>
                <p>The second claim<note place="foot">A footnote on its page.</note> follows.</p>
                <p>The third claim<note place="foot">Another footnote below it.</note> closes.</p>
                </body></text></TEI>
                """, java.nio.charset.StandardCharsets.UTF_8);
        CheckResult result = new CheckResult("text");
        TextFidelity.check(extracted, Sample.read(source), result, "PDF");
        return result;
    }

    @Test
    void anEndnoteSetAfterTheTextDoesNotPutLaterFootnotesOutOfOrder() throws Exception {
        CheckResult result = checkEndnoteBeforeFootnote("The opening claim1 stands.\nThe second claim1 follows.\n"
                + "The third claim2 closes.\n1A footnote on its page.\n2Another footnote below it.\n"
                + "Notes\n1An endnote after the text.");
        assertTrue(result.errors().isEmpty(), result.findings().toString());
    }

    @Test
    void swappedFootnotesAreStillOutOfOrderBesideAnEndnote() throws Exception {
        CheckResult result = checkEndnoteBeforeFootnote("The opening claim1 stands.\nThe second claim1 follows.\n"
                + "The third claim2 closes.\n2Another footnote below it.\n1A footnote on its page.\n"
                + "Notes\n1An endnote after the text.");
        assertTrue(result.errors().stream().anyMatch(f -> f.message().contains("out of order")),
                result.findings().toString());
    }

    /** A source with {@code body} as the body of an English (or {@code lang}) document. */
    private Path document(String name, String lang, String body) throws java.io.IOException {
        return java.nio.file.Files.writeString(dir.resolve(name), "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\" xml:lang=\""
                + lang + "\"><teiHeader><fileDesc><titleStmt>\n<title>A test</title></titleStmt><publicationStmt><p>p</p>"
                + "</publicationStmt>\n<sourceDesc><p>s</p></sourceDesc></fileDesc></teiHeader><text><body>\n" + body
                + "\n</body></text></TEI>\n", java.nio.charset.StandardCharsets.UTF_8);
    }

    private CheckResult check(Path source, String extracted) throws Exception {
        CheckResult result = new CheckResult("text");
        TextFidelity.check(extracted, Sample.read(source), result, "PDF");
        return result;
    }

    /** A table whose first column has a cell spanning two rows, then a paragraph. */
    private Path spanningTable() throws java.io.IOException {
        return document("table.xml", "en", """
                <table>
                <row role="label"><cell>Effect</cell><cell>Example</cell></row>
                <row><cell rows="2">Spans vertically</cell><cell>alpha</cell></row>
                <row><cell>beta</cell></row>
                </table>
                <p>After the table.</p>""");
    }

    @Test
    void aCellSpanningRowsThatThePdfDrawsAfterItsNeighboursIsFound() throws Exception {
        // FOP draws the spanning cell once its rows are done: it is extracted after "alpha".
        CheckResult result = check(spanningTable(), "Effect Example\nalpha Spans vertically\nbeta\nAfter the table.");
        assertTrue(result.errors().isEmpty(), result.findings().toString());
    }

    @Test
    void aCellMissingFromATableFailsTheGateAtItsSourceLine() throws Exception {
        Path source = spanningTable();
        CheckResult result = check(source, "Effect Example\nalpha\nbeta\nAfter the table.");
        assertEquals(1, result.figures().get("passagesMissing"), result.findings().toString());
        assertTrue(result.errors().get(0).message().startsWith("The cell \"Spans vertically\" is missing"),
                result.errors().get(0).message());
        assertEquals(Sample.lineOf(source, "Spans vertically"), result.errors().get(0).place().line());
    }

    @Test
    void textAfterATableMustStillFollowIt() throws Exception {
        CheckResult result = check(spanningTable(), "After the table.\nEffect Example\nalpha Spans vertically\nbeta");
        assertTrue(result.errors().stream().anyMatch(f -> f.message().startsWith("The paragraph \"After the table.\"")
                && f.message().contains("out of order")), result.findings().toString());
    }

    /** A TEI example (egXML) shown as markup beside its rendering in capitals, as the TEI's rendition tests have it. */
    private Path capitalsInAnExampleTable() throws java.io.IOException {
        return document("egxml.xml", "en", """
                <table>
                <row><cell><egXML xmlns="http://www.tei-c.org/ns/Examples"><hi rend="allcaps">allcaps</hi> effect</egXML></cell>
                <cell>This is <hi rend="allcaps">allcaps</hi> effect</cell></row>
                </table>
                <p>The next paragraph.</p>""");
    }

    @Test
    void aPhraseTheStyleSetsInCapitalsIsFoundInThePdfAndTheEpub() throws Exception {
        Path source = capitalsInAnExampleTable();
        CheckResult pdf = check(source, "<hi rend=\"allcaps\">allcaps</hi> effect This is ALLCAPS effect\nThe next paragraph.");
        assertTrue(pdf.errors().isEmpty(), pdf.findings().toString());
        CheckResult epub = check(source, "<hi rend=\"allcaps\">allcaps</hi> effect This is allcaps effect\nThe next paragraph.");
        assertTrue(epub.errors().isEmpty(), epub.findings().toString());
    }

    @Test
    void aWordLostFromACellInCapitalsStillFailsTheGate() throws Exception {
        CheckResult result = check(capitalsInAnExampleTable(),
                "<hi rend=\"allcaps\">allcaps</hi> effect This is ALLCAPS\nThe next paragraph.");
        assertEquals(1, result.figures().get("passagesMissing"), result.findings().toString());
        assertTrue(result.errors().get(0).message().startsWith("The cell \"This is allcaps effect\" is missing"),
                result.errors().get(0).message());
    }

    /** Latin prose with an apparatus entry (app/lem) inside a note and regularised words (reg) beside the notes. */
    private Path apparatusInNotes() throws java.io.IOException {
        return document("apparatus.xml", "la", """
                <div><p><milestone n="3" unit="chapter"/>Vnum hoc <reg>namque</reg> antea alienum mea<note><app><lem>mea</lem></app> a mea <hi rend="italic">Peyron</hi></note> natura
                <reg>neque</reg> hoc postulo quod<note>quod <hi rend="italic">A</hi>: quo <hi rend="italic">Mai</hi></note> te censeam.</p></div>""");
    }

    @Test
    void apparatusNotesAreFoundAtTheFootOfThePageAfterTheirText() throws Exception {
        CheckResult result = check(apparatusInNotes(), "[3] Vnum hoc namque antea alienum mea1 natura neque hoc postulo"
                + " quod2 te censeam.\n1 mea a mea Peyron\n2 quod A: quo Mai");
        assertTrue(result.errors().isEmpty(), result.findings().toString());
    }

    @Test
    void aLostApparatusNoteFailsTheGate() throws Exception {
        CheckResult result = check(apparatusInNotes(), "[3] Vnum hoc namque antea alienum mea1 natura neque hoc postulo"
                + " quod2 te censeam.\n2 quod A: quo Mai");
        assertEquals(1, result.figures().get("passagesMissing"), result.findings().toString());
        assertTrue(result.errors().get(0).message().startsWith("The note \"mea a mea Peyron\" is missing"),
                result.errors().get(0).message());
    }
}
