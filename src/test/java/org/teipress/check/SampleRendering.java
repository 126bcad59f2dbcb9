package org.teipress.check;

import java.util.List;

/**
 * How a correct renderer shows {@code check/sample.xml}: written out by hand, the way the
 * stylesheets render it (generated numbers and note marks, 《》 around the Chinese title,
 * corr/reg instead of sic/orig, URLs as link text), so the checks are tested against an
 * independent statement of the expected output rather than against their own reading.
 */
final class SampleRendering {
    /** A block of the page: its text, the outline level when it is a heading, the URL it links. */
    record Block(String text, int outlineLevel, String link) {
        static Block text(String text) {
            return new Block(text, 0, null);
        }

        static Block heading(String text, int level) {
            return new Block(text, level, null);
        }

        static Block linked(String text, String url) {
            return new Block(text, 0, url);
        }
    }

    static final String TITLE = "上合组织测试报告";
    static final String AUTHOR = "赵玉明";
    static final String KREMLIN = "http://kremlin.ru/events/president/news/71578";
    static final String SECTSC = "https://chn.sectsc.org/20230616/947046.html";
    static final String MISSING_PARAGRAPH = "张明赴俄罗斯出席圣彼得堡国际经济论坛。②双方交换了意见，上合组织向所有感兴趣的国家开放。";

    static List<Block> body() {
        return List.of(
                Block.text(TITLE),
                Block.text(AUTHOR + "*"),
                Block.text("俄罗斯是上海合作组织创始成员国之一。2023年，俄罗斯继续加强与上合组织在政治、经贸、人文领域的合作。"),
                Block.heading("一　政治交往与合作", 1),
                Block.text("普京在峰会上表示支持《新德里宣言》草案。①油气、矿产等资源和大宗商品能够继续出口获利。"),
                Block.heading("（一）积极与常设机构互动", 2),
                Block.text(MISSING_PARAGRAPH),
                Block.heading("二　经贸往来与合作", 1),
                Block.text("2023年第一季度成员国通过俄铁路网的货运总量同比增长47.5%，卢布结算份额已超过40%。"));
    }

    static List<Block> notes() {
        return List.of(
                Block.text("* 赵玉明，研究所副研究员。"),
                Block.linked("① Заседание Совета глав государств, " + KREMLIN + ".", KREMLIN),
                Block.linked("② 《张明秘书长出席论坛》，" + SECTSC + "。", SECTSC));
    }

    private SampleRendering() {
    }
}
