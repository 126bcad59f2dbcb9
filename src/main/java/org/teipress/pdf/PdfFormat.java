package org.teipress.pdf;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XdmAtomicValue;
import net.sf.saxon.s9api.XdmEmptySequence;
import net.sf.saxon.s9api.XdmMap;
import net.sf.saxon.s9api.XdmValue;
import org.apache.fop.apps.FopFactory;
import org.teipress.pipeline.OutputFormat;
import org.teipress.pipeline.Progress;
import org.teipress.pipeline.Publication;
import org.teipress.core.PublishException;
import org.teipress.core.BundledResources;
import org.teipress.fonts.ParsedFonts;
import org.teipress.xslt.Stylesheets;

/**
 * PDF output: the normalised TEI through {@code xslt/tei-to-fo.xsl} straight into Apache FOP
 * (no FO file in between), laid out until footnote numbers restart on every page
 * ({@link PagedLayout}), then the last layout written as PDF. The FOP factory is created once per instance, on first use, and
 * reused for every document, so its configuration and fonts are set up once.
 */
public final class PdfFormat implements OutputFormat {
    /** The trim size of Chinese academic yearbooks (16开). */
    public static final String DEFAULT_PAGE_SIZE = "185x260";

    private final Stylesheets stylesheets;
    private final FopFactories factories;
    private final BundledFonts fonts;
    private final DocumentFonts documentFonts;
    private final String pageSize;
    private FopFactory factory;
    /**
     * The per-page footnote numbers of the last layout of each source in this JVM: a rebuild of an
     * unchanged or lightly edited document lays out once with them instead of twice.
     */
    private final Map<Path, Map<String, Integer>> lastNumbers = new ConcurrentHashMap<>();

    public PdfFormat(Stylesheets stylesheets, BundledResources resources) throws PublishException {
        this(stylesheets, resources, DEFAULT_PAGE_SIZE);
    }

    /** A PDF format with its own parsed fonts (tests; the toolchain shares one set). */
    public PdfFormat(Stylesheets stylesheets, BundledResources resources, String pageSize) throws PublishException {
        this(stylesheets, resources, ParsedFonts.of(resources), pageSize);
    }

    /** {@code pageSize}: {@code 185x260}, {@code A4} or {@code A5} (see xslt/fo/params.xsl). */
    public PdfFormat(Stylesheets stylesheets, BundledResources resources, ParsedFonts parsedFonts, String pageSize) {
        this.stylesheets = stylesheets;
        this.fonts = new BundledFonts(resources, parsedFonts.catalog());
        this.factories = new FopFactories(fonts);
        this.documentFonts = new DocumentFonts(parsedFonts, resources);
        this.pageSize = pageSize;
    }

    @Override
    public String name() {
        return "pdf";
    }

    @Override
    public void write(Publication publication, Path target) throws PublishException {
        write(publication, target, Progress.silent());
    }

    /** As {@link #write(Publication, Path)}; {@code progress} hears of the layout passes and the rendering. */
    @Override
    public void write(Publication publication, Path target, Progress progress) throws PublishException {
        write(publication, target, null, progress);
    }

    /**
     * As {@link #write(Publication, Path, Progress)}; per-page footnote numbers start from the
     * pages of {@code previous} (the last PDF published under this name) when this JVM has not
     * laid the source out before: a rebuild then lays out once, as it does in a running JVM.
     */
    @Override
    public void write(Publication publication, Path target, Path previous, Progress progress)
            throws PublishException {
        Date created = creationDate(publication);
        FopFactory factory = documentFactory(publication);
        FootnoteLayout layout = layOut(publication, created, progress, factory, previous, true);
        long start = System.nanoTime();
        RenderingProblems problems = new RenderingProblems();
        new IntermediateRendering(stylesheets.processor(), factory, problems, created)
                .render(layout.intermediate(), target);
        problems.throwIfAny(publication.source());
        problems.reportWarnings(progress);
        new TaggingFinisher(language(publication), footnoteIds(publication)).finish(target);
        StableDocumentId.apply(target);
        progress.stageDone("pdf-render", target.getFileName().toString(), Duration.ofNanos(System.nanoTime() - start));
    }

    @Override
    public void prepare() throws PublishException {
        factory();
        documentFonts.prepare();
        stylesheets.executable("tei-to-fo.xsl");
    }

    /** Lays the publication out until each page numbers its footnotes from ①; package-visible for tests. */
    FootnoteLayout layOut(Publication publication) throws PublishException {
        return layOut(publication, true);
    }

    /** As {@link #layOut(Publication)}; {@code renumberInPlace} false lays out again for every change of numbers. */
    FootnoteLayout layOut(Publication publication, boolean renumberInPlace) throws PublishException {
        return layOut(publication, creationDate(publication), Progress.silent(), documentFactory(publication), null,
                renumberInPlace);
    }

    /** A factory with the fonts cut to what this document can set: FOP then parses kilobytes, not 15 MB, per pass. */
    private FopFactory documentFactory(Publication publication) throws PublishException {
        return factories.create(documentFonts.subsets(publication.normalized()));
    }

    private FootnoteLayout layOut(Publication publication, Date created, Progress progress, FopFactory factory,
            Path previous, boolean renumberInPlace) throws PublishException {
        RenderingProblems problems = new RenderingProblems();
        // The family lists come from the font catalog (fonts/fonts.xml), not the stylesheet's
        // defaults, chosen by the document's language (Traditional Chinese forms for zh-Hant).
        String language = language(publication);
        Map<String, XdmValue> parameters = Map.of("page-size", new XdmAtomicValue(pageSize),
                "han-font", new XdmAtomicValue(fonts.familyList("hani", language)),
                "western-font", new XdmAtomicValue(fonts.familyList("latn", language)),
                "role-fonts", roleFonts(language));
        Path key = publication.source().toAbsolutePath().normalize();
        List<String> perPageFootnotes = numberedFootnoteIds(publication);
        Map<String, Integer> numbers = Map.of();
        if (!perPageFootnotes.isEmpty()) {
            Map<String, Integer> predicted = lastNumbers.get(key);
            if (predicted == null) {
                predicted = FootnotePages.number(perPageFootnotes, PreviousMarkPages.read(previous));
            }
            numbers = FootnotePages.guessFirstOnPage(perPageFootnotes, predicted);
        }
        FootnoteLayout layout;
        try {
            layout = new PagedLayout(stylesheets, factory, parameters, problems, created, renumberInPlace)
                    .layOut(publication, perPageFootnotes, numbers);
        } catch (PublishException e) {
            if (!HyphenationFault.causedBy(e)) {
                throw e;
            }
            progress.warning("pdf", "Apache FOP failed while hyphenating " + publication.baseName()
                    + " (" + HyphenationFault.rootOf(e) + "); it is laid out again without hyphenation.");
            Map<String, XdmValue> unhyphenated = new HashMap<>(parameters);
            unhyphenated.put("hyphenation-languages", XdmEmptySequence.getInstance());
            problems = new RenderingProblems();
            layout = new PagedLayout(stylesheets, factory, unhyphenated, problems, created, renumberInPlace)
                    .layOut(publication, perPageFootnotes, numbers);
        }
        lastNumbers.put(key, layout.recomputed());
        problems.reportWarnings(progress);
        if (!layout.stable()) {
            progress.warning("pdf", "after " + layout.passes() + " layout passes the footnote"
                    + " numbers of " + String.join(", ", layout.unsettled()) + " still do not match their pages;"
                    + " they keep the numbers of the last pass. Rewording the text near them settles the layout.");
        }
        progress.stageDone("pdf-layout", layout.passes() + " layout passes, footnotes numbered "
                + (perPageFootnotes.isEmpty() ? "in the text" : "per page")
                + (layout.renumbered() ? ", the pages' numbers written into the layout" : "") + " (+"
                + layout.extra().toMillis() + " ms over one pass)", layout.took());
        return layout;
    }

    /** Info and XMP dates from the source, never the clock: builds are byte-identical. */
    private Date creationDate(Publication publication) throws PublishException {
        String when = xpath(publication,
                "string((/tei:TEI/tei:teiHeader/tei:fileDesc/tei:publicationStmt/tei:date/@when)[1])").get(0);
        return Date.from(PublicationDate.of(when, System.getenv("SOURCE_DATE_EPOCH")));
    }

    /** The role family lists as the stylesheet's map: role, then script run, to a font-family value. */
    private XdmMap roleFonts(String language) {
        XdmMap roles = new XdmMap();
        for (Map.Entry<String, Map<String, String>> role : fonts.roleFamilyLists(language).entrySet()) {
            XdmMap scripts = new XdmMap();
            for (Map.Entry<String, String> script : role.getValue().entrySet()) {
                scripts = scripts.put(new XdmAtomicValue(script.getKey()), new XdmAtomicValue(script.getValue()));
            }
            roles = roles.put(new XdmAtomicValue(role.getKey()), scripts);
        }
        return roles;
    }

    private String language(Publication publication) throws PublishException {
        return xpath(publication, "string(/tei:TEI/@xml:lang)").get(0);
    }

    /** The footnotes in the order FOP tags them: every note that is not an endnote. */
    private List<String> footnoteIds(Publication publication) throws PublishException {
        return xpath(publication, "/tei:TEI/tei:text//tei:note[not(@place = 'end')]/@xml:id/string()");
    }

    /**
     * The footnotes whose number depends on their page (numbered, not an own mark such as "*"),
     * in document order; none unless the document's note numbering is per-page (the normalising
     * pass records it), so that other numberings take one layout pass.
     */
    private List<String> numberedFootnoteIds(Publication publication) throws PublishException {
        return xpath(publication, "/tei:TEI[@tp:note-numbering = 'per-page']/tei:text"
                + "//tei:note[@tp:place = 'foot'][@tp:number]/@xml:id/string()");
    }

    private List<String> xpath(Publication publication, String expression) throws PublishException {
        XPathCompiler compiler = stylesheets.processor().newXPathCompiler();
        compiler.declareNamespace("tei", "http://www.tei-c.org/ns/1.0");
        compiler.declareNamespace("tp", "urn:tei-press:normalized");
        try {
            List<String> values = new ArrayList<>();
            compiler.evaluate(expression, publication.normalized()).forEach(item -> values.add(item.getStringValue()));
            return values;
        } catch (SaxonApiException e) {
            throw new PublishException("Cannot read " + expression + " from the source: " + e.getMessage(), e);
        }
    }

    private synchronized FopFactory factory() throws PublishException {
        if (factory == null) {
            factory = factories.create();
        }
        return factory;
    }
}
