package org.teipress.source;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XdmAtomicValue;
import net.sf.saxon.s9api.XdmDestination;
import net.sf.saxon.s9api.XdmItem;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.Xslt30Transformer;
import net.sf.saxon.s9api.XsltExecutable;
import org.teipress.core.PublishException;
import org.teipress.pipeline.Progress;
import org.teipress.pipeline.SourcePreparation;

/**
 * Missing header parts are never errors: a {@code teiCorpus} is wrapped into one TEI (a part per
 * member), and a source without {@code xml:lang}, {@code publicationStmt/idno} or a full
 * publication date gets them (see {@code prepare-source.xsl}). The language is detected from the
 * text ({@link MainLanguage}); the identifier is a name-based UUID of the source's bytes, so the
 * same file always gets the same one; the date is the header's (any {@code publicationStmt/date}
 * in ISO form), else {@code SOURCE_DATE_EPOCH}, else {@link #DEFAULT_DATE}. A source that has
 * everything is handed on as parsed, line numbers and all.
 */
public final class SourceCompletion implements SourcePreparation {
    /** The date of a source that gives none, when SOURCE_DATE_EPOCH is not set either: never the clock. */
    public static final LocalDate DEFAULT_DATE = LocalDate.of(2000, 1, 1);
    private static final String TEI = "http://www.tei-c.org/ns/1.0";
    private static final Pattern ISO_DATE = Pattern.compile("^\\s*(-?\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");
    private static final Pattern FULL_DATE = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}");

    private final Processor processor;
    private final XsltExecutable stylesheet;
    private final MainLanguage languages = new MainLanguage();
    private final String sourceDateEpoch;

    public SourceCompletion(Processor processor) throws PublishException {
        this(processor, System.getenv("SOURCE_DATE_EPOCH"));
    }

    SourceCompletion(Processor processor, String sourceDateEpoch) throws PublishException {
        this.processor = processor;
        this.sourceDateEpoch = sourceDateEpoch;
        URL xsl = SourceCompletion.class.getResource("prepare-source.xsl");
        if (xsl == null) {
            throw new PublishException("prepare-source.xsl is missing from the class path; the installation is"
                    + " incomplete: rebuild it with 'mvn package'.");
        }
        try (InputStream in = xsl.openStream()) {
            this.stylesheet = processor.newXsltCompiler().compile(new StreamSource(in, xsl.toString()));
        } catch (IOException | SaxonApiException e) {
            throw new PublishException("prepare-source.xsl does not compile: " + e.getMessage(), e);
        }
    }

    @Override
    public XdmNode prepare(Path source, XdmNode validated, Progress progress) throws PublishException {
        long start = System.nanoTime();
        List<String> supplied = new ArrayList<>();
        XdmNode tree = validated;
        if ("teiCorpus".equals(string(tree, "local-name(/*)"))) {
            tree = transform(tree, "corpus", "", "", "");
            supplied.add("teiCorpus published as one book, a part per member ("
                    + string(tree, "count(/tei:TEI/tei:text/tei:body/tei:div)") + " parts)");
        }
        String language = "";
        if (string(tree, "normalize-space(/tei:TEI/@xml:lang)").isEmpty()) {
            String declared = string(tree, "normalize-space(/tei:TEI/tei:text/@xml:lang)");
            if (!declared.isEmpty()) {
                language = declared;
                supplied.add("main language \"" + declared + "\" from <text xml:lang>");
            } else {
                // A catalogue record's text is its header's manuscript description (EmptyDocumentCheck).
                MainLanguage.Guess guess = languages.of(string(tree, "let $text := string(/tei:TEI/tei:text)"
                        + " return if (normalize-space($text)) then $text"
                        + " else string-join(/tei:TEI/tei:teiHeader/tei:fileDesc/tei:sourceDesc/tei:msDesc, ' ')"));
                language = guess.language();
                supplied.add("no xml:lang: main language \"" + language + "\" detected from the text ("
                        + guess.reason() + ")");
            }
        }
        String identifier = "";
        if (string(tree, "normalize-space(string-join(/tei:TEI/tei:teiHeader/tei:fileDesc/tei:publicationStmt/tei:idno))")
                .isEmpty()) {
            identifier = identifier(source);
            supplied.add("no publicationStmt/idno: identifier " + identifier + " derived from the content");
        }
        String date = "";
        String firstDate = string(tree, "string((/tei:TEI/tei:teiHeader/tei:fileDesc/tei:publicationStmt/tei:date)[1]"
                + "/(@when, normalize-space())[1])");
        if (!FULL_DATE.matcher(firstDate).find()) {
            Dated found = date(tree);
            date = found.date().toString();
            supplied.add("publication date " + date + " " + found.from());
        }
        if (!language.isEmpty() || !identifier.isEmpty() || !date.isEmpty()) {
            tree = transform(tree, "complete", language, identifier, date);
        }
        if (!supplied.isEmpty()) {
            progress.stageDone("prepare", String.join("; ", supplied), Duration.ofNanos(System.nanoTime() - start));
        }
        return tree;
    }

    private record Dated(LocalDate date, String from) { }

    private Dated date(XdmNode tree) throws PublishException {
        for (String value : strings(tree, "/tei:TEI/tei:teiHeader/tei:fileDesc/tei:publicationStmt/tei:date"
                + "/(@when, @when-iso, @notAfter, normalize-space())")) {
            Optional<LocalDate> parsed = parse(value);
            if (parsed.isPresent()) {
                return new Dated(parsed.get(), "from publicationStmt/date \"" + value + "\"");
            }
        }
        if (sourceDateEpoch != null && !sourceDateEpoch.isBlank()) {
            try {
                return new Dated(Instant.ofEpochSecond(Long.parseLong(sourceDateEpoch.strip()))
                        .atZone(ZoneOffset.UTC).toLocalDate(), "from SOURCE_DATE_EPOCH (the header has no date)");
            } catch (NumberFormatException e) {
                // Not a number of seconds: treated as unset.
            }
        }
        return new Dated(DEFAULT_DATE, "(the header has no date and SOURCE_DATE_EPOCH is not set)");
    }

    /** YYYY, YYYY-MM or YYYY-MM-DD at the start of {@code value}, completed to a day. */
    static Optional<LocalDate> parse(String value) {
        Matcher iso = ISO_DATE.matcher(value);
        if (!iso.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(iso.group(1)),
                    iso.group(2) == null ? 1 : Integer.parseInt(iso.group(2)),
                    iso.group(3) == null ? 1 : Integer.parseInt(iso.group(3))));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    private static String identifier(Path source) throws PublishException {
        try {
            return "urn:uuid:" + UUID.nameUUIDFromBytes(Files.readAllBytes(source));
        } catch (IOException e) {
            throw new PublishException("Cannot read " + source + " to derive its identifier: " + e.getMessage(),
                    source, -1, -1, e);
        }
    }

    private XdmNode transform(XdmNode tree, String mode, String language, String identifier, String date)
            throws PublishException {
        try {
            Xslt30Transformer transformer = stylesheet.load30();
            transformer.setStylesheetParameters(java.util.Map.of(
                    new QName("language"), new XdmAtomicValue(language),
                    new QName("identifier"), new XdmAtomicValue(identifier),
                    new QName("date"), new XdmAtomicValue(date)));
            transformer.setInitialMode(new QName(mode));
            XdmDestination result = new XdmDestination();
            result.setBaseURI(tree.getBaseURI());
            transformer.applyTemplates(tree, result);
            return result.getXdmNode();
        } catch (SaxonApiException e) {
            throw new PublishException("Preparing the source (" + mode + ") failed: " + e.getMessage(), e);
        }
    }

    private String string(XdmNode tree, String expression) throws PublishException {
        List<String> values = strings(tree, expression);
        return values.isEmpty() ? "" : values.get(0);
    }

    private List<String> strings(XdmNode tree, String expression) throws PublishException {
        XPathCompiler xpath = processor.newXPathCompiler();
        xpath.declareNamespace("tei", TEI);
        try {
            List<String> values = new ArrayList<>();
            for (XdmItem item : xpath.evaluate(expression, tree)) {
                values.add(item.getStringValue());
            }
            return values;
        } catch (SaxonApiException e) {
            throw new IllegalStateException("Bad expression " + expression + ": " + e.getMessage(), e);
        }
    }
}
