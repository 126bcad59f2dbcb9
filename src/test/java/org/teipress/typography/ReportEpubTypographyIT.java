package org.teipress.typography;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The clreq markup and the reference list in the EPUB the build published into dist/. */
class ReportEpubTypographyIT {
    private static final Pattern ENTRY = Pattern.compile("<li class=\"reference\"[^>]*>(.*?)</li>", Pattern.DOTALL);
    private static final Pattern CITED_BY = Pattern.compile("<a class=\"cited-by\" href=\"([^\"#]+)#([^\"]+)\"");
    private static final Pattern URL = Pattern.compile("<a class=\"url\" href=\"([^\"]+)\"");
    private static final Pattern ENTRY_LANG = Pattern.compile("^<span class=\"bibl\" lang=\"([a-z]+)");

    private static Map<String, String> documents;

    @BeforeAll
    static void open() throws IOException {
        Path dist = PublishedReport.dist();
        documents = new HashMap<>();
        try (ZipFile epub = new ZipFile(dist.resolve("report.epub").toFile())) {
            for (ZipEntry entry : epub.stream().toList()) {
                String name = entry.getName();
                if (name.endsWith(".xhtml") || name.endsWith(".css") || name.endsWith(".opf")) {
                    documents.put(name.substring(name.lastIndexOf('/') + 1),
                            new String(epub.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
    }

    private static String chapters() {
        StringBuilder all = new StringBuilder();
        documents.forEach((name, text) -> {
            if (name.startsWith("sec")) {
                all.append(text);
            }
        });
        return all.toString();
    }

    @Test
    void referenceListHasOneEntryPerWorkChineseFirstEachLinkedToItsNotes() throws IOException {
        String list = documents.get("references.xhtml");
        assertTrue(list != null, "references.xhtml in the EPUB");
        assertTrue(documents.get("content.opf").contains("href=\"references.xhtml\""), "references.xhtml in the package");
        assertTrue(documents.get("nav.xhtml").contains("epub:type=\"bibliography\" href=\"references.xhtml"),
                "参考文献 in the landmarks");
        Matcher entry = ENTRY.matcher(list);
        List<String> languages = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        while (entry.find()) {
            String body = entry.group(1);
            Matcher lang = ENTRY_LANG.matcher(body);
            languages.add(lang.find() ? lang.group(1) : "?");
            Matcher url = URL.matcher(body);
            String address = url.find() ? url.group(1) : "";
            Matcher citedBy = CITED_BY.matcher(body);
            int links = 0;
            while (citedBy.find()) {
                links++;
                String target = documents.get(citedBy.group(1));
                String id = citedBy.group(2);
                int at = target == null ? -1 : target.indexOf("id=\"" + id + "\"");
                if (at < 0) {
                    problems.add(id + " does not exist in " + citedBy.group(1));
                } else if (!EpubReferences.comparable(target.substring(at, target.indexOf("</aside>", at)))
                        .contains(EpubReferences.comparable(address).replace("&amp;", "&"))) {
                    problems.add("note " + id + " does not cite " + address);
                }
            }
            if (links == 0) {
                problems.add("no link to a citing note: " + address);
            }
        }
        assertEquals(EpubReferences.expectedWorks(Path.of("source-xml/report.xml")), languages.size(),
                "one entry per cited work");
        int firstNonChinese = languages.indexOf("ru");
        assertTrue(firstNonChinese > 0 && languages.subList(0, firstNonChinese).stream().allMatch(l -> l.equals("zh"))
                && languages.subList(firstNonChinese, languages.size()).stream().noneMatch(l -> l.equals("zh")),
                "Chinese sources first, then Russian: " + languages);
        assertTrue(problems.isEmpty(), problems.toString());
    }

    /** "2022年", "4月": the number and its unit in one span the line does not break; no typed space. */
    @Test
    void numbersStayWithTheirUnitWithoutATypedSpace() {
        String text = chapters();
        Matcher unit = Pattern.compile("<span class=\"unit\"><span class=\"latn[^\"]*\">([^<]*)</span>"
                + "<span class=\"hani\">(.)</span></span>").matcher(text);
        int count = 0;
        List<String> wrong = new ArrayList<>();
        while (unit.find()) {
            count++;
            if (!unit.group(1).matches(".*\\d") || "年月日号时分秒岁个位次倍元亿万千百".indexOf(unit.group(2)) < 0) {
                wrong.add(unit.group());
            }
        }
        assertTrue(count > 20, "only " + count + " numbers bound to their unit");
        assertTrue(wrong.isEmpty(), wrong.toString());
        assertTrue(!text.contains("class=\"qs"), "a typed quarter space is left");
        String css = documents.get("tei-press.css");
        assertTrue(css.matches("(?s).*span\\.unit \\{\\s*white-space: nowrap;.*"), "span.unit does not wrap");
    }

    @Test
    void compressedMarksAreFollowedByAnotherFullWidthMark() {
        String text = chapters().replaceAll("<a class=\"noteref\".*?</a>", "");
        Matcher squeezed = Pattern.compile("<span class=\"squeeze-end\">(.)</span>((?:<[^>]+>)*)(.)").matcher(text);
        int count = 0;
        List<String> wrong = new ArrayList<>();
        while (squeezed.find()) {
            count++;
            if (!Scripts.isIn(Scripts.END_BLANK, squeezed.group(1).codePointAt(0))
                    || !Scripts.isIn(Scripts.END_BLANK, squeezed.group(3).codePointAt(0))) {
                wrong.add(squeezed.group());
            }
        }
        assertTrue(count > 0, "no compressed mark in the chapters");
        assertTrue(wrong.isEmpty(), wrong.toString());
    }

    @Test
    void urlsOfferTheBreaksOfThePdf() {
        Matcher url = Pattern.compile("<a class=\"url\" href=\"([^\"]+)\"[^>]*>(.*?)</a>").matcher(chapters());
        List<String> wrong = new ArrayList<>();
        int breaks = 0;
        while (url.find()) {
            String[] pieces = url.group(2).split("<wbr\\s*/>|<wbr></wbr>", -1);
            if (!String.join("", pieces).equals(url.group(1))) {
                wrong.add("shows other text than its address: " + url.group());
            }
            for (int i = 1; i < pieces.length; i++) {
                breaks++;
                String before = pieces[i - 1];
                char end = before.charAt(before.length() - 1);
                if (".-_?#%~".indexOf(end) >= 0 || pieces[i].startsWith("/")) {
                    wrong.add(before + "|" + pieces[i]);
                }
            }
            // Every dot but a leading one opens a piece, so no line can end in one.
            for (int i = 0; i < pieces.length; i++) {
                if (pieces[i].indexOf('.', 1) > 0) {
                    wrong.add("a dot inside a piece: " + pieces[i]);
                }
            }
        }
        assertTrue(breaks > 0, "no <wbr/> in the chapters' URLs");
        assertTrue(wrong.isEmpty(), breaks + " break points; wrong: " + wrong);
    }

    @Test
    void noteNumbersRestartInEveryChapterAndTheReferenceListFollows() {
        Pattern mark = Pattern.compile("<a class=\"noteref\"[^>]*href=\"#([^\"]+)\"[^>]*>([^<]+)</a>");
        Map<String, String> marks = new HashMap<>();
        List<String> wrong = new ArrayList<>();
        int chapters = 0;
        for (Map.Entry<String, String> document : documents.entrySet()) {
            if (!document.getKey().startsWith("sec")) {
                continue;
            }
            Matcher ref = mark.matcher(document.getValue());
            int expected = 1;
            while (ref.find()) {
                String circled = Character.toString(0x2460 + expected - 1);
                if (!ref.group(2).equals(circled)) {
                    wrong.add(document.getKey() + ": " + ref.group(2) + " where " + circled + " comes");
                }
                marks.put(document.getKey() + "#" + ref.group(1), ref.group(2));
                expected++;
            }
            chapters += expected > 1 ? 1 : 0;
        }
        Matcher citedBy = Pattern.compile("<a class=\"cited-by\" href=\"([^\"]+)\"[^>]*>([^<]+)</a>")
                .matcher(documents.get("references.xhtml"));
        int links = 0;
        while (citedBy.find()) {
            links++;
            if (!citedBy.group(2).equals(marks.get(citedBy.group(1)))) {
                wrong.add("references.xhtml: " + citedBy.group(2) + " for " + citedBy.group(1) + ", marked "
                        + marks.get(citedBy.group(1)));
            }
        }
        assertTrue(chapters > 1 && links > 0, chapters + " chapters with notes, " + links + " back links");
        assertTrue(wrong.isEmpty(), wrong.toString());
    }
}
