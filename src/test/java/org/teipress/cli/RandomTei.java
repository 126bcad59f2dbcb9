package org.teipress.cli;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Random TEI documents made of the elements tei-press's schema names: divisions nested up to three
 * deep with headings, paragraphs, lists and bibliographies; inline markup nested at random; notes
 * placed anywhere in running text; text in the scripts the fonts cover and, now and then, one they
 * do not. Most documents are valid; the rest must be refused cleanly, never crash a stage.
 */
final class RandomTei {
    /** Words by the language of the element they stand in (the schema's rules tie scripts to languages). */
    private static final java.util.Map<String, List<String>> WORDS = java.util.Map.of(
            "zh-Hans", List.of("中华人民共和国", "经济合作", "《论语》", "“引号”", "東京", "，", "。", "2026年", "10.5%",
                    "text", "Éloïse", "—", "（1）", "https://example.org/a?b=c&amp;d=e"),
            "en", List.of("text", "prose", "Éloïse", "naïve", "Straße", "œuvre", "e.g.", "(1)", "2026", "—"),
            "la", List.of("lorem", "ipsum", "dolor", "sit", "amet"),
            "ru", List.of("Москва", "Достоевский", "съезд", "2026", "—"),
            "el", List.of("λόγος", "ἀρχή", "Ἑλλάς", "2026"));
    /** Scripts no bundled font covers: a document holding one must be refused at preflight, not crash. */
    private static final List<String> UNCOVERED = List.of("مرحبا", "नमस्ते");
    private static final List<String> INLINE = List.of("hi", "emph", "foreign", "q", "term", "mentioned",
            "gi", "title", "ref", "ptr", "note", "lb", "choice", "date");
    private static final List<String> RENDS = List.of("italic", "bold", "sup", "sub", "smallcaps", "underline");

    private RandomTei() {
    }

    static Arbitrary<String> documents() {
        return Combinators.combine(Arbitraries.integers().between(1, 4), Arbitraries.longs())
                .as((divisions, seed) -> new Builder(new java.util.Random(seed)).document(divisions));
    }

    private static final class Builder {
        private final java.util.Random random;
        private final StringBuilder out = new StringBuilder();
        private int elements;
        private int ids;

        Builder(java.util.Random random) {
            this.random = random;
        }

        String document(int divisions) {
            out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<TEI xmlns=\"http://www.tei-c.org/ns/1.0\""
                    + " xml:lang=\"zh-Hans\">\n<teiHeader><fileDesc><titleStmt><title>随机文档 Random ")
                    .append(random.nextInt(1000)).append("</title><author>作者</author></titleStmt>\n")
                    .append("<publicationStmt><publisher>tei-press</publisher><date when=\"2026-01-01\">2026</date>")
                    .append("<idno type=\"URI\">urn:uuid:00000000-0000-4000-8000-").append(String.format(
                            java.util.Locale.ROOT, "%012d", random.nextInt(1_000_000))).append("</idno>")
                    .append("</publicationStmt><sourceDesc><p>generated</p></sourceDesc></fileDesc></teiHeader>\n")
                    .append("<text><body>\n");
            paragraph();
            for (int i = 0; i < divisions && elements < 300; i++) {
                division(1);
            }
            out.append("</body></text></TEI>\n");
            return out.toString();
        }

        private void division(int depth) {
            elements++;
            out.append("<div xml:id=\"d").append(++ids).append("\"><head>");
            words(1 + random.nextInt(4), "zh-Hans");
            out.append("</head>\n");
            int blocks = 1 + random.nextInt(4);
            for (int i = 0; i < blocks && elements < 300; i++) {
                switch (random.nextInt(6)) {
                    case 0 -> list();
                    case 1 -> bibliography();
                    default -> paragraph();
                }
            }
            if (depth < 3 && random.nextInt(3) == 0) {
                division(depth + 1);
            }
            out.append("</div>\n");
        }

        private void paragraph() {
            elements++;
            out.append("<p>");
            inline(0, true, "zh-Hans");
            out.append("</p>\n");
        }

        private void list() {
            elements++;
            out.append("<list>");
            for (int i = 0, n = 1 + random.nextInt(4); i < n; i++) {
                out.append("<item>");
                inline(1, true, "zh-Hans");
                out.append("</item>");
            }
            out.append("</list>\n");
        }

        private void bibliography() {
            elements++;
            out.append("<listBibl>");
            for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
                out.append("<bibl>");
                words(2 + random.nextInt(5), "zh-Hans");
                out.append("</bibl>");
            }
            out.append("</listBibl>\n");
        }

        /** Text and inline elements; {@code notesAllowed} is false inside a note (notes do not nest). */
        private void inline(int depth, boolean notesAllowed, String lang) {
            words(1 + random.nextInt(6), lang);
            int children = depth > 5 ? 0 : random.nextInt(4);
            for (int i = 0; i < children && elements < 300; i++) {
                String name = INLINE.get(random.nextInt(INLINE.size()));
                if (name.equals("note") && !notesAllowed) {
                    // A note in a note is refused at validation (EdgeCaseBuildsTest); a document must publish.
                    name = "hi";
                }
                elements++;
                switch (name) {
                    case "hi" -> wrap("<hi rend=\"" + RENDS.get(random.nextInt(RENDS.size())) + "\">", "</hi>",
                            depth, notesAllowed, lang);
                    case "foreign" -> {
                        String other = List.of("en", "ru", "el", "la").get(random.nextInt(4));
                        wrap("<foreign xml:lang=\"" + other + "\">", "</foreign>", depth, notesAllowed, other);
                    }
                    case "ref" -> wrap("<ref target=\"https://example.org/" + random.nextInt(100) + "\">", "</ref>",
                            depth, notesAllowed, lang);
                    case "gi" -> out.append("<gi>").append(List.of("p", "note", "hi").get(random.nextInt(3))).append("</gi>");
                    case "ptr" -> out.append("<ptr target=\"https://example.org/p/").append(random.nextInt(100))
                            .append("\"/>");
                    case "note" -> wrap("<note xml:id=\"fn" + (++ids) + "\"" + List.of(" place=\"end\"", "",
                            " place=\"foot\"", " place=\"foot\"").get(random.nextInt(4)) + ">", "</note>", depth, false, lang);
                    case "lb" -> out.append("<lb/>");
                    case "choice" -> out.append(random.nextBoolean() ? "<choice><sic>teh</sic><corr>the</corr></choice>"
                            : "<choice><orig>olde</orig><reg>old</reg></choice>");
                    case "date" -> out.append("<date when=\"2025-0").append(1 + random.nextInt(9)).append("\">")
                            .append(random.nextBoolean() ? "2025年" : "March 2025").append("</date>");
                    default -> wrap("<" + name + ">", "</" + name + ">", depth, notesAllowed, lang);
                }
                words(random.nextInt(3), lang);
            }
        }

        private void wrap(String start, String end, int depth, boolean notesAllowed, String lang) {
            out.append(start);
            inline(depth + 1, notesAllowed, lang);
            out.append(end);
        }

        private void words(int count, String lang) {
            List<String> words = WORDS.get(lang);
            for (int i = 0; i < count; i++) {
                if (i > 0 && random.nextBoolean()) {
                    out.append(' ');
                }
                // One word in 2,000 is in a script no font covers.
                out.append(random.nextInt(2000) == 0 ? UNCOVERED.get(random.nextInt(UNCOVERED.size()))
                        : words.get(random.nextInt(words.size())));
            }
        }
    }
}
