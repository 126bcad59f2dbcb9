package org.teipress.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Books whose chapters repeat passages (the benchmark's scale books are the report copied as
 * chapters): each passage must be matched where it stands, not in a later copy that a page
 * break happens not to interrupt.
 */
class RepeatedTextFidelityTest {
    @TempDir
    Path dir;

    private static final String OPENING = "俄罗斯是上海合作组织创始成员国之一，继续加强与上合组织的合作。";
    private static final String CLOSING = "油气、矿产等资源和大宗商品能够继续出口获利，卢布结算份额已超过四成。";

    private SourceText twoIdenticalChapters() throws Exception {
        String chapter = "<div type=\"chapter\"><head>%s</head><p>" + OPENING + "</p><p>" + CLOSING + "</p></div>";
        String tei = "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\" xml:lang=\"zh-Hans\"><teiHeader><fileDesc>"
                + "<titleStmt><title>重复测试</title></titleStmt><publicationStmt><p>测试</p></publicationStmt>"
                + "<sourceDesc><p>测试</p></sourceDesc></fileDesc></teiHeader><text><body>"
                + String.format(chapter, "第一章　交往与合作") + String.format(chapter, "第二章　交往与合作")
                + "</body></text></TEI>";
        Path file = dir.resolve("book.xml");
        Files.writeString(file, tei, StandardCharsets.UTF_8);
        return Sample.read(file);
    }

    private static String chapter(String head, String closing) {
        return head + "\n" + OPENING + "\n" + closing + "\n";
    }

    private CheckResult check(String extracted) throws Exception {
        CheckResult result = new CheckResult("text");
        TextFidelity.check(extracted, twoIdenticalChapters(), result, "PDF");
        return result;
    }

    @Test
    void aPassageBrokenByAPageIsMatchedInItsOwnChapterNotInAnUnbrokenLaterCopy() throws Exception {
        String brokenByPage = CLOSING.replace("大宗商品", "大宗\n- 7 -\n第一章　交往与合作\n商品");
        String text = chapter("第一章　交往与合作", brokenByPage) + chapter("第二章　交往与合作", CLOSING);
        CheckResult result = check(text);
        assertEquals(100.0, result.figures().get("coveragePercent"), result.findings().toString());
        assertEquals(0, result.figures().get("passagesMissing"), result.findings().toString());
    }

    @Test
    void aRepeatedPassageMissingFromOneChapterIsStillReported() throws Exception {
        String text = "第一章　交往与合作\n" + OPENING + "\n" + chapter("第二章　交往与合作", CLOSING);
        CheckResult result = check(text);
        assertTrue(result.figures().get("passagesMissing") instanceof Integer missing && missing > 0,
                result.findings().toString());
        assertTrue((double) result.figures().get("coveragePercent") < 100.0, result.findings().toString());
    }
}
