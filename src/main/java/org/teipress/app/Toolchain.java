package org.teipress.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import net.sf.saxon.s9api.Processor;
import org.teipress.check.EpubConformanceCheck;
import org.teipress.check.OutputGate;
import org.teipress.epub.EpubFormat;
import org.teipress.pdf.PdfFormat;
import org.teipress.fonts.ParsedFonts;
import org.teipress.pipeline.FontCoverage;
import org.teipress.pipeline.Gate;
import org.teipress.pipeline.OutputFormat;
import org.teipress.pipeline.Pipeline;
import org.teipress.pipeline.Progress;
import org.teipress.core.PublishException;
import org.teipress.core.BundledResources;
import net.sf.saxon.s9api.XdmNode;
import org.teipress.source.SourceCompletion;
import org.teipress.validate.TeiValidator;
import org.teipress.xslt.Normalizer;
import org.teipress.xslt.RegexCachingConfiguration;
import org.teipress.xslt.SourcePositions;
import org.teipress.xslt.ResourceConfinement;
import org.teipress.xslt.Stylesheets;

/**
 * Everything a build needs that is expensive to set up and safe to reuse: the Saxon processor
 * (confined to tei-press's resources and the build's folders), the compiled stylesheets, schemas
 * and Schematron rules, the fonts' character maps and the output formats (with their FOP
 * factory). Made once per JVM and shared by every build it runs, so that a second build in the
 * same process costs only its own work.
 */
public final class Toolchain {
    /** Every format tei-press can produce, in the order they are built. */
    public static final List<String> FORMATS = List.of("pdf", "epub");
    /** Page sizes of the PDF (see xslt/fo/params.xsl). */
    public static final List<String> PAGE_SIZES = List.of("185x260", "A4", "A5");
    public static final String DEFAULT_PAGE_SIZE = PdfFormat.DEFAULT_PAGE_SIZE;

    /** What a build asks for: formats by name and the PDF page size. */
    public record Selection(List<String> formats, String pageSize) {
        public Selection {
            formats = List.copyOf(formats);
        }

        public static Selection all() {
            return new Selection(FORMATS, DEFAULT_PAGE_SIZE);
        }
    }

    private final Processor processor;
    private final BundledResources resources;
    private final ResourceConfinement confinement;
    private final Stylesheets stylesheets;
    private final TeiValidator validator;
    private final SourceCompletion completion;
    private final Normalizer normalizer;
    /** The fonts of fonts/fonts.xml, each file parsed once for all builds and formats. */
    private final ParsedFonts fonts;
    private final FontCoverage fontCoverage;
    private final Map<String, OutputFormat> formats = new ConcurrentHashMap<>();
    /** Sets up fonts, renderers and checkers ahead of their first use, overlapping validation. */
    private final ExecutorService background = Executors.newFixedThreadPool(2, task -> {
        Thread thread = new Thread(task, "tei-press-prepare");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean gatePrepared = new AtomicBoolean();

    public Toolchain() throws PublishException {
        this(new BundledResources());
    }

    /** A toolchain reading its stylesheets, schemas and fonts from {@code resources}. */
    public Toolchain(BundledResources resources) throws PublishException {
        this(resources, Toolchain.class.getClassLoader());
    }

    Toolchain(BundledResources resources, ClassLoader loader) throws PublishException {
        // Regexes built from variables are compiled once, not on every call (see the class).
        this.processor = new Processor(new RegexCachingConfiguration());
        this.resources = resources;
        this.confinement = new ResourceConfinement(loader);
        confinement.applyTo(processor);
        this.stylesheets = new Stylesheets(processor, resources);
        this.validator = new TeiValidator(processor, resources);
        this.completion = new SourceCompletion(processor);
        this.normalizer = new Normalizer(stylesheets);
        this.fonts = ParsedFonts.of(resources);
        this.fontCoverage = new FontCoverage(fonts);
    }

    /** The configured, confined Saxon processor every stage uses. */
    public Processor processor() {
        return processor;
    }

    /**
     * A pipeline that reports to {@code progress} and checks its outputs with the validation gate,
     * publishing any TEI P5 document (departures from the house schema are warnings).
     */
    public Pipeline pipeline(Progress progress) {
        return pipeline(progress, TeiValidator.Mode.LENIENT);
    }

    /** As {@link #pipeline(Progress)}; {@code STRICT} refuses every departure from the house schema. */
    public Pipeline pipeline(Progress progress, TeiValidator.Mode mode) {
        return pipeline(progress, mode, Map.of());
    }

    /**
     * As {@link #pipeline(Progress, TeiValidator.Mode)}, publishing with {@code conventions}
     * (names of {@link org.teipress.xslt.Conventions} to values, e.g. note-numbering=continuous) in place
     * of the defaults of the document's language.
     */
    public Pipeline pipeline(Progress progress, TeiValidator.Mode mode, Map<String, String> conventions) {
        if (gatePrepared.compareAndSet(false, true)) {
            inBackground(OutputGate::prepare);
        }
        Normalizer chosen = normalizer(conventions);
        return pipeline(progress, new OutputGate(stylesheets, chosen, progress), mode, chosen);
    }

    /** A pipeline with another gate ({@link Gate#NONE} for unchecked benchmark runs). */
    public Pipeline pipeline(Progress progress, Gate gate) {
        return pipeline(progress, gate, TeiValidator.Mode.LENIENT, normalizer);
    }

    private Pipeline pipeline(Progress progress, Gate gate, TeiValidator.Mode mode, Normalizer chosen) {
        inBackground(fontCoverage::load);
        return new Pipeline(validator.in(mode, processor), completion, chosen, progress, gate, fontCoverage);
    }

    /** The validation gate on its own, for checking outputs that are already written. */
    public OutputGate gate(Progress progress) {
        return gate(progress, Map.of());
    }

    /** As {@link #gate(Progress)}, for outputs published with {@code conventions}. */
    public OutputGate gate(Progress progress, Map<String, String> conventions) {
        return new OutputGate(stylesheets, normalizer(conventions), progress);
    }

    private Normalizer normalizer(Map<String, String> conventions) {
        return conventions.isEmpty() ? normalizer : new Normalizer(stylesheets, conventions);
    }

    /** Lets the stylesheets read the folders of a build (its source folder and output folder). */
    public void allowFolders(Path source, Path outDir) {
        Path sourceFolder = source.toAbsolutePath().getParent();
        if (sourceFolder != null) {
            confinement.allow(sourceFolder);
        }
        confinement.allow(outDir);
    }

    /** The output formats of {@code selection}, in the order given; each made once and reused. */
    public List<OutputFormat> formats(Selection selection) throws PublishException {
        List<OutputFormat> selected = new ArrayList<>();
        for (String name : selection.formats()) {
            selected.add(format(name, selection.pageSize()));
        }
        return selected;
    }

    private OutputFormat format(String name, String pageSize) throws PublishException {
        String key = "pdf".equals(name) ? name + "@" + pageSize : name;
        OutputFormat format = formats.get(key);
        if (format == null) {
            format = create(name, pageSize);
            if (formats.putIfAbsent(key, format) == null) {
                inBackground(format::prepare);
                if ("epub".equals(name)) {
                    inBackground(EpubConformanceCheck::prepare);
                }
            }
        }
        return formats.get(key);
    }

    /** What a build will need; a failure here is left for the build itself to meet and report. */
    private void inBackground(Preparation preparation) {
        background.execute(() -> {
            try {
                preparation.run();
            } catch (Exception e) {
                // The stage that needs it does the same work again and reports the problem there.
            }
        });
    }

    private interface Preparation {
        void run() throws Exception;
    }

    private OutputFormat create(String name, String pageSize) throws PublishException {
        return switch (name) {
            case "pdf" -> new PdfFormat(stylesheets, resources, fonts, pageSize);
            case "epub" -> new EpubFormat(stylesheets, resources, fonts);
            default -> throw new PublishException("Unknown format '" + name + "'; expected one of "
                    + String.join(", ", FORMATS) + ".");
        };
    }

    /** Validates {@code source} on its own (safe parsing, schema, Schematron), as the first stage of a build does. */
    public void validate(Path source) throws PublishException {
        validator.validate(source);
    }

    /**
     * Validates {@code source} in {@code mode} and supplies what its header lacks, as a build's first
     * stages do: the tree the build publishes from, for checking outputs already written.
     */
    public XdmNode prepare(Path source, Progress progress, TeiValidator.Mode mode) throws PublishException {
        XdmNode validated = validator.in(mode, processor).validate(source, progress);
        // Preparation rebuilds the tree: the source positions go along as attributes, for the gate.
        return completion.prepare(source, new SourcePositions(processor).mark(validated), progress);
    }
}
