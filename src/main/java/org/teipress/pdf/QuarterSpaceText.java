package org.teipress.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdfwriter.ContentStreamWriter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Makes the quarter-em spaces between Han and Western text visual only. The FO driver sets each
 * as an ordinary space inside the Western run's inline (fp:western-run in xslt/fo/inline.xsl)
 * and marks that inline with {@code fox:abbreviation}, which FOP writes as the {@code /E} of its
 * {@code Span}. Here the marker is removed and each marked-content sequence of such a span gets
 * its text without the spaces at its ends as {@code /ActualText}: copying, searching and text
 * extraction then read "7月4日" where the page shows "7 月 4 日". The glyphs and their positions
 * are unchanged. A sequence always lies on one line, and FOP drops a space where a line breaks,
 * so only quarter spaces stand at the ends of such a sequence. Page furniture (the running head)
 * is an artifact, outside the structure: there the same is done by the rule itself.
 */
final class QuarterSpaceText {
    /** The {@code /E} the FO driver writes ($quarter-space-marker in xslt/fo/params.xsl). */
    static final String MARKER = "tei-press:quarter-space";

    private static final COSName ACTUAL_TEXT = COSName.getPDFName("ActualText");
    private static final COSName ARTIFACT = COSName.getPDFName("Artifact");

    private final Map<PDPage, Set<Integer>> marked = new HashMap<>();

    /** Takes the marker off {@code element} and remembers its content; whether it was marked. */
    boolean collect(PDStructureElement element) {
        if (!MARKER.equals(element.getExpandedForm())) {
            return false;
        }
        element.setExpandedForm(null);
        for (Object kid : element.getKids()) {
            if (kid instanceof Integer mcid && element.getPage() != null) {
                marked.computeIfAbsent(element.getPage(), p -> new HashSet<>()).add(mcid);
            } else if (kid instanceof PDMarkedContentReference reference) {
                PDPage page = reference.getPage() != null ? reference.getPage() : element.getPage();
                if (page != null) {
                    marked.computeIfAbsent(page, p -> new HashSet<>()).add(reference.getMCID());
                }
            }
        }
        return true;
    }

    /** Writes the {@code /ActualText} of every collected sequence, and of page furniture, into the pages. */
    void apply(PDDocument document) throws IOException {
        for (PDPage page : document.getPages()) {
            rewrite(document, page, marked.getOrDefault(page, Set.of()));
        }
    }

    /** A marked-content sequence: its properties, the text it shows, and what it belongs to. */
    private static final class Sequence {
        private final COSDictionary properties;
        private final StringBuilder text = new StringBuilder();
        private final boolean marked;
        private final boolean artifact;
        /** Where its BDC and EMC operators stand in the page's tokens. */
        private final int begin;
        private int end;

        Sequence(COSDictionary properties, boolean marked, boolean artifact, int begin) {
            this.properties = properties;
            this.marked = marked;
            this.artifact = artifact;
            this.begin = begin;
        }

        boolean collected() {
            return marked || artifact;
        }

        StringBuilder text() {
            return text;
        }
    }

    private static void rewrite(PDDocument document, PDPage page, Set<Integer> mcids) throws IOException {
        PDFStreamParser parser = new PDFStreamParser(page);
        List<Object> tokens = parser.parse();
        PDResources resources = page.getResources();
        Deque<Sequence> open = new ArrayDeque<>();
        List<Sequence> artifacts = new ArrayList<>();
        PDFont font = null;
        boolean changed = false;
        for (int i = 0; i < tokens.size(); i++) {
            if (!(tokens.get(i) instanceof Operator operator)) {
                continue;
            }
            switch (operator.getName()) {
                case "BDC" -> {
                    COSDictionary properties = tokens.get(i - 1) instanceof COSDictionary d ? d : null;
                    boolean marked = properties != null && mcids.contains(properties.getInt(COSName.MCID, -1));
                    boolean artifact = properties != null && ARTIFACT.equals(tokens.get(i - 2));
                    open.push(new Sequence(properties, marked, artifact, i));
                }
                case "BMC" -> open.push(new Sequence(null, false, false, i));
                case "EMC" -> {
                    if (open.isEmpty()) {
                        break;
                    }
                    Sequence sequence = open.pop();
                    sequence.end = i;
                    if (sequence.marked) {
                        changed |= setActualText(sequence, stripSpaces(sequence.text().toString(), true, true));
                    } else if (sequence.artifact) {
                        artifacts.add(sequence);
                    }
                }
                case "Tf" -> font = resources.getFont((COSName) tokens.get(i - 2));
                case "Tj", "'", "\"" -> collect(open, font, tokens.get(i - 1));
                case "TJ" -> {
                    for (COSBase item : (COSArray) tokens.get(i - 1)) {
                        collect(open, font, item);
                    }
                }
                default -> {
                }
            }
        }
        changed |= finishArtifacts(artifacts, tokens);
        if (changed) {
            PDStream content = new PDStream(document);
            try (OutputStream out = content.createOutputStream(COSName.FLATE_DECODE)) {
                new ContentStreamWriter(out).writeTokens(tokens);
            }
            page.setContents(content);
        }
    }

    /**
     * Running heads and other page furniture are artifacts, outside the structure tree, so no
     * marker reaches them: a space at the end of such a sequence is taken as a quarter space when
     * the neighbouring sequence on its side shows a Han character there, which is the rule the
     * normalising pass sets them by. Text extraction (poppler's, for one) reads /ActualText
     * on a Span only, so the artifact gets a Span inside it that carries it.
     */
    private static boolean finishArtifacts(List<Sequence> artifacts, List<Object> tokens) {
        record Spanned(Sequence sequence, COSDictionary span) {
        }
        List<Spanned> spanned = new ArrayList<>();
        for (int i = 0; i < artifacts.size(); i++) {
            String text = artifacts.get(i).text().toString();
            boolean hanBefore = i > 0 && isHan(lastChar(artifacts.get(i - 1).text()));
            boolean hanAfter = i + 1 < artifacts.size() && isHan(firstChar(artifacts.get(i + 1).text()));
            String actual = stripSpaces(text, hanBefore, hanAfter);
            if (!actual.equals(text)) {
                COSDictionary span = new COSDictionary();
                span.setItem(ACTUAL_TEXT, new COSString(actual));
                spanned.add(new Spanned(artifacts.get(i), span));
            }
        }
        // From the end, so that the positions of the sequences before stay right.
        spanned.sort((a, b) -> Integer.compare(b.sequence().begin, a.sequence().begin));
        for (Spanned each : spanned) {
            tokens.add(each.sequence().end, Operator.getOperator("EMC"));
            tokens.addAll(each.sequence().begin + 1,
                    List.of(COSName.getPDFName("Span"), each.span(), Operator.getOperator("BDC")));
        }
        return !spanned.isEmpty();
    }

    private static boolean setActualText(Sequence sequence, String actual) {
        if (actual.equals(sequence.text().toString())) {
            return false;
        }
        sequence.properties.setItem(ACTUAL_TEXT, new COSString(actual));
        return true;
    }

    private static int firstChar(CharSequence text) {
        return text.length() == 0 ? -1 : Character.codePointAt(text, 0);
    }

    private static int lastChar(CharSequence text) {
        return text.length() == 0 ? -1 : Character.codePointBefore(text, text.length());
    }

    private static boolean isHan(int codePoint) {
        return codePoint >= 0 && Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }

    private static void collect(Deque<Sequence> open, PDFont font, Object operand) throws IOException {
        if (open.isEmpty() || !open.peek().collected() || font == null || !(operand instanceof COSString string)) {
            return;
        }
        StringBuilder text = open.peek().text();
        InputStream codes = new ByteArrayInputStream(string.getBytes());
        while (codes.available() > 0) {
            String unicode = font.toUnicode(font.readCode(codes));
            text.append(unicode == null ? "" : unicode);
        }
    }

    private static String stripSpaces(String text, boolean atStart, boolean atEnd) {
        int start = 0;
        int end = text.length();
        while (atStart && start < end && text.charAt(start) == ' ') {
            start++;
        }
        while (atEnd && end > start && text.charAt(end - 1) == ' ') {
            end--;
        }
        return text.substring(start, end);
    }
}
