package org.teipress.check;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;

/**
 * The outline (bookmarks) lists the TEI section headings in order and nesting, each with the label
 * the normalising pass gave it (tp:label, so "I Introduction" when the div has n="I"); the document
 * information, the XMP and the catalog language carry the teiHeader's title, author and language.
 */
public final class PdfStructureCheck implements OutputCheck<PdfUnderTest> {
    private record Entry(int level, String title) { }

    @Override
    public String name() {
        return "pdf-structure";
    }

    @Override
    public void run(PdfUnderTest pdf, SourceText source, CheckResult result) throws IOException {
        result.judgedBy(Referee.pdfBox());
        PDDocument document = pdf.document();
        result.figure("pages", document.getNumberOfPages());
        checkOutline(document, source, result);
        checkMetadata(document, source, result);
    }

    private void checkOutline(PDDocument document, SourceText source, CheckResult result) {
        List<Entry> entries = new ArrayList<>();
        PDDocumentOutline outline = document.getDocumentCatalog().getDocumentOutline();
        if (outline != null) {
            flatten(outline, 1, entries);
        }
        result.figure("outlineEntries", entries.size());
        result.figure("sectionHeadings", source.headings().size());
        if (outline == null && !source.headings().isEmpty()) {
            result.error("The PDF has no outline (bookmarks); expected one entry per TEI section heading ("
                    + source.headings().size() + ").", source.headings().get(0).place());
            return;
        }
        int cursor = 0;
        Integer levelOffset = null;
        boolean[] used = new boolean[entries.size()];
        for (SourceText.Heading heading : source.headings()) {
            int found = -1;
            for (int i = cursor; i < entries.size(); i++) {
                if (sameHeading(entries.get(i).title(), heading.text())) {
                    found = i;
                    break;
                }
            }
            if (found < 0) {
                result.error("The section heading \"" + heading.text() + "\" is not in the PDF outline (in order).",
                        heading.place());
                continue;
            }
            used[found] = true;
            cursor = found + 1;
            int offset = entries.get(found).level() - heading.depth();
            if (levelOffset == null) {
                levelOffset = offset;
            } else if (offset != levelOffset) {
                result.error("The outline entry \"" + entries.get(found).title() + "\" is at level "
                        + entries.get(found).level() + ", but its section is nested " + heading.depth()
                        + " deep in the TEI; the outline must nest as the sections do.", heading.place());
            }
        }
        for (int i = 0; i < entries.size(); i++) {
            if (!used[i]) {
                result.note("The outline entry \"" + entries.get(i).title() + "\" is not a TEI section heading"
                        + " (generated matter such as a contents or notes entry).", null);
            }
        }
    }

    private static void flatten(PDOutlineNode node, int level, List<Entry> entries) {
        for (PDOutlineItem item : node.children()) {
            entries.add(new Entry(level, item.getTitle() == null ? "" : item.getTitle()));
            flatten(item, level + 1, entries);
        }
    }

    static boolean sameHeading(String outlineTitle, String heading) {
        return compact(outlineTitle).equals(compact(heading));
    }

    /** A name with its no-break spaces (the locale binds initials to surnames) read as spaces. */
    private static String spaced(String s) {
        return s.replace('\u00A0', ' ').replace('\u202F', ' ');
    }

    private static String compact(String s) {
        return s.replaceAll("[\\s\\u3000]+", "");
    }

    private void checkMetadata(PDDocument document, SourceText source, CheckResult result) throws IOException {
        PDDocumentInformation info = document.getDocumentInformation();
        SourcePlace header = source.headerPlace();
        compare("document information title", info.getTitle(), source.title(), result, header);
        // The information dictionary has one Author string, which stands for XMP's first dc:creator
        // (as FOP writes it, and as PDF/A relates the two); every author is checked in the XMP below.
        String author = info.getAuthor() == null ? "" : spaced(info.getAuthor());
        for (String name : source.authors().stream().limit(1).toList()) {
            if (!author.contains(spaced(name))) {
                result.error("The document information author is \"" + author + "\"; expected it to name the"
                        + " teiHeader's first author \"" + name + "\".", header);
            }
        }
        String language = document.getDocumentCatalog().getLanguage();
        if (language == null || !language.equalsIgnoreCase(source.language())) {
            result.error("The PDF catalog language (/Lang) is \"" + language + "\"; expected the TEI xml:lang \""
                    + source.language() + "\".", header);
        }
        Optional<PdfXmp> xmp = PdfXmp.of(document);
        if (xmp.isEmpty()) {
            result.error("The PDF has no XMP metadata; PDF/A requires it, with dc:title, dc:creator and dc:language"
                    + " from the teiHeader.", header);
            return;
        }
        compare("XMP dc:title", String.join(" ", xmp.get().titles()), source.title(), result, header);
        if (!xmp.get().creators().stream().map(PdfStructureCheck::spaced).toList()
                .containsAll(source.authors().stream().map(PdfStructureCheck::spaced).toList())) {
            result.error("The XMP dc:creator is " + xmp.get().creators() + "; expected the teiHeader authors "
                    + source.authors() + ".", header);
        }
        if (xmp.get().languages().stream().noneMatch(l -> l.equalsIgnoreCase(source.language()))) {
            result.error("The XMP dc:language is " + xmp.get().languages() + "; expected the TEI xml:lang \""
                    + source.language() + "\".", header);
        }
    }

    private static void compare(String what, String actual, String expected, CheckResult result, SourcePlace place) {
        if (actual == null || !compact(actual).equals(compact(expected))) {
            result.error("The " + what + " is \"" + actual + "\"; expected the teiHeader title \"" + expected + "\".",
                    place);
        }
    }
}
