package org.teipress.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.sf.saxon.s9api.Processor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.teipress.app.Toolchain;
import org.teipress.epub.EpubEntries;
import org.teipress.pipeline.Progress;

/**
 * epub-accessibility on a real EPUB: a short English book with page breaks of its print source,
 * a link in running text and a note is published through the whole build (so it passed every
 * check, this one included); each test then breaks one thing in it, as a careless style sheet,
 * packager or stylesheet change would, and the check must name the rule Ace by DAISY would.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EpubAccessibilityCheckTest {
    private static final String OPF = "OEBPS/content.opf";
    private static final String CSS = "OEBPS/css/tei-press.css";
    private static final String NAV = "OEBPS/nav.xhtml";
    private static final String CHAPTER = "OEBPS/ch1.xhtml";

    private Map<String, byte[]> published;
    private Path dir;

    /** One change to one entry of the published EPUB: every match of {@code pattern} replaced. */
    record Breakage(String rule, String entry, String pattern, String replacement) {
        @Override
        public String toString() {
            return rule + " (" + entry + ")";
        }
    }

    @BeforeAll
    void publish(@TempDir Path temp) throws Exception {
        dir = temp;
        Path source = Files.copy(Path.of("src/test/resources/check/pages.xml"), dir.resolve("pages.xml"));
        Path out = dir.resolve("out");
        Toolchain toolchain = new Toolchain();
        toolchain.allowFolders(source, out);
        toolchain.pipeline(new Progress() {
            @Override
            public void stageDone(String stage, String detail, Duration took) {
            }
        }).build(source, out, toolchain.formats(new Toolchain.Selection(List.of("epub"), "185x260")));
        published = EpubEntries.read(out.resolve("pages.epub"));
    }

    static Stream<Breakage> breakages() {
        return Stream.of(
                new Breakage("metadata-accessmode", OPF, "\\s*<meta property=\"schema:accessMode\">textual</meta>"
                        + "\\s*<meta property=\"schema:accessMode\">visual</meta>", ""),
                new Breakage("metadata-accessmodesufficient", OPF,
                        "\\s*<meta property=\"schema:accessModeSufficient\">[^<]*</meta>", ""),
                new Breakage("metadata-accessibilityfeature", OPF,
                        "(\\s*<meta property=\"schema:accessibilityFeature\">[^<]*</meta>)+", ""),
                new Breakage("metadata-accessibilityhazard", OPF,
                        "\\s*<meta property=\"schema:accessibilityHazard\">[^<]*</meta>", ""),
                new Breakage("metadata-accessibilitysummary", OPF,
                        "\\s*<meta property=\"schema:accessibilitySummary\">[^<]*</meta>", ""),
                new Breakage("metadata-accessibilityhazard-invalid", OPF,
                        "(<meta property=\"schema:accessibilityHazard\">)none", "$1noFlashing"),
                new Breakage("metadata-conformsto-invalid", OPF, "WCAG 2.1 Level AA", "WCAG 2.1 Level AA+"),
                new Breakage("epub-lang", OPF, " xml:lang=\"en\"", ""),
                new Breakage("epub-title", OPF, "(<dc:title[^>]*>)[^<]*", "$1"),
                new Breakage("epub-pagesource", OPF, "\\s*<meta refines=\"#pagination-source\"[^>]*>[^<]*</meta>", ""),
                new Breakage("epub-pagelist-missing-pagebreak", NAV, "<li><a href=\"ch1.xhtml#[^\"]*\">12</a></li>", ""),
                new Breakage("epub-pagelist-broken", NAV, "(<li><a href=\"ch1.xhtml#)[^\"]*(\">12</a></li>)",
                        "$1ch1$2"),
                new Breakage("metadata-accessibilityFeature-printPageNumbers-nopagelist", NAV,
                        "<nav epub:type=\"page-list\".*?</nav>", ""),
                new Breakage("html-has-lang", CHAPTER, "<html([^>]*) lang=\"en\" xml:lang=\"en\"", "<html$1"),
                new Breakage("html-lang-valid", CHAPTER, "<html([^>]*) lang=\"en\" xml:lang=\"en\"",
                        "<html$1 lang=\"eng\" xml:lang=\"eng\""),
                new Breakage("html-xml-lang-mismatch", CHAPTER, "<html([^>]*) lang=\"en\" xml:lang=\"en\"",
                        "<html$1 lang=\"en\" xml:lang=\"fr\""),
                new Breakage("valid-lang", CHAPTER, "<p class=\"p\"", "<p class=\"p\" lang=\"lat\""),
                new Breakage("image-alt", "OEBPS/cover.xhtml", "(<img[^>]*) alt=\"[^\"]*\"", "$1"),
                new Breakage("empty-heading", CHAPTER, "(<h2[^>]*>).*?(</h2>)", "$1$2"),
                new Breakage("heading-order", CHAPTER, "<h2([^>]*>.*?)</h2>", "<h4$1</h4>"),
                new Breakage("duplicate-id", CHAPTER, "id=\"ch1.1-head\"", "id=\"ch1-head\""),
                new Breakage("link-name", CHAPTER, "(<a href=\"https://example.org/letters/1901\">)[^<]*", "$1"),
                new Breakage("epub-type-has-matching-role", CHAPTER, " role=\"doc-noteref\"", ""),
                new Breakage("link-in-text-block", CSS, "(\\na \\{\\s*text-decoration: )underline", "$1none"),
                new Breakage("color-contrast", CSS, "\\np, div.p \\{", "\np, div.p {\n  color: #aaaaaa;"));
    }

    @Test
    void thePublishedBookPasses() throws Exception {
        CheckResult result = check(published);
        assertEquals(List.of(), result.errors().stream().map(Finding::message).toList());
        assertEquals(3, result.figures().get("pageBreaks"), "the three <pb/> of the source are page breaks");
        assertTrue((int) result.figures().get("linksInText") >= 1, "the link in the first paragraph is in running text");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("breakages")
    void eachBreakageFailsWithItsRule(Breakage breakage) throws Exception {
        Map<String, byte[]> broken = new LinkedHashMap<>(published);
        String text = new String(published.get(breakage.entry()), StandardCharsets.UTF_8);
        String changed = Pattern.compile(breakage.pattern(), Pattern.DOTALL).matcher(text)
                .replaceAll(breakage.replacement());
        assertNotEquals(text, changed, "the breakage applies to the published " + breakage.entry());
        broken.put(breakage.entry(), changed.getBytes(StandardCharsets.UTF_8));
        CheckResult result = check(broken);
        List<String> messages = result.errors().stream().map(Finding::message).toList();
        assertTrue(messages.stream().anyMatch(m -> m.startsWith(breakage.rule() + ": ")),
                "expected a " + breakage.rule() + " finding, got " + messages);
    }

    @Test
    void aFindingNamesTheFileTheElementAndWhy() throws Exception {
        Map<String, byte[]> broken = new LinkedHashMap<>(published);
        String css = new String(published.get(CSS), StandardCharsets.UTF_8);
        broken.put(CSS, css.replaceFirst("(\na \\{\\s*text-decoration: )underline", "$1none")
                .getBytes(StandardCharsets.UTF_8));
        List<String> messages = check(broken).errors().stream().map(Finding::message).toList();
        // The link in the first paragraph and the note's link back to its mark; the raised mark is smaller.
        assertEquals(2, messages.size(), messages.toString());
        String message = messages.get(0);
        assertTrue(message.startsWith("link-in-text-block: OEBPS/ch1.xhtml:4 <a href=\"https://example.org/letters/1901\">"
                + "the publisher's page stands in the text of <p class=\"p\">The printed edition"), message);
        assertTrue(message.contains("only in colour (#0000ee against #000000, 2.23:1, less than 3:1)"), message);
        assertTrue(messages.get(1).contains("<a class=\"backlink\" href=\"#n1-ref\">1 stands in the text of <p>1 Page"),
                messages.get(1));
    }

    @Test
    void aNoteMarkNeedsNoUnderlineItsSizeSetsItApart() throws Exception {
        String css = new String(published.get(CSS), StandardCharsets.UTF_8);
        assertTrue(Pattern.compile("a\\.noteref \\{[^}]*text-decoration: none").matcher(css).find(),
                "the note marks are not underlined");
        Map<String, byte[]> sameSize = new LinkedHashMap<>(published);
        sameSize.put(CSS, css.replaceFirst("(a\\.noteref \\{\\s*font-size: )0.75em", "$11em")
                .getBytes(StandardCharsets.UTF_8));
        List<String> messages = check(sameSize).errors().stream().map(Finding::message).toList();
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("link-in-text-block: OEBPS/ch1.xhtml:")
                && m.contains("class=\"noteref\"")), messages.toString());
    }

    private CheckResult check(Map<String, byte[]> entries) throws Exception {
        Path file = Files.createTempFile(dir, "book", ".epub");
        EpubEntries.write(file, entries);
        CheckResult result = new CheckResult("epub-accessibility");
        new EpubAccessibilityCheck().run(EpubUnderTest.open(new Processor(false), file), null, result);
        return result;
    }
}
