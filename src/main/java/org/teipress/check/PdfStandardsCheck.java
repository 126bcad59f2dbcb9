package org.teipress.check;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.VeraPDFFoundry;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.ValidationResult;
import org.verapdf.pdfa.validation.profiles.Rule;
import org.verapdf.pdfa.validation.profiles.RuleId;

/**
 * veraPDF validates the PDF/A part the PDF declares in its XMP and PDF/UA-1; any failed rule is a
 * defect. (PDFBox Preflight knows only PDF/A-1b, so it cannot judge PDF/A-2/3.)
 *
 * <p>veraPDF validates on one thread. With a second core, each standard is validated in its own
 * parse on its own thread: that costs about 40 % more CPU time than one shared parse, but the
 * check takes the time of the longer standard instead of both, and it is the longest stage of a
 * build (30 s of a 620-page book). With one core both share one parse. The findings are the same
 * either way and are reported in the same order. A PDF too large for two parses in the heap
 * gets one shared parse.
 */
public final class PdfStandardsCheck implements OutputCheck<PdfUnderTest> {
    /** Heap that veraPDF's model of a PDF takes, per byte of the file, with a margin (see {@link #roomForParses}). */
    static final long HEAP_PER_FILE_BYTE = 32;

    private final boolean standardsInParallel;

    /** Validates the standards in parallel when the machine has more than one core. */
    public PdfStandardsCheck() {
        this(Runtime.getRuntime().availableProcessors() > 1);
    }

    /** {@code standardsInParallel}: one parse and thread per standard, instead of one shared parse. */
    public PdfStandardsCheck(boolean standardsInParallel) {
        // Registers veraPDF's own PDF model as the default foundry; idempotent.
        VeraGreenfieldFoundryProvider.initialise();
        this.standardsInParallel = standardsInParallel;
    }

    /**
     * Loads veraPDF's model and the PDF/A-2 and PDF/UA-1 profiles, which takes seconds in a new
     * JVM; done ahead on a background thread, it overlaps the build instead of adding to it.
     */
    public static void prepare() throws Exception {
        VeraGreenfieldFoundryProvider.initialise();
        try (PDFAValidator validator = Foundries.defaultInstance().createValidator(
                List.of(PDFAFlavour.PDFA_2_U, PDFAFlavour.PDFUA_1))) {
            // Creating it is what loads the profiles.
        }
    }

    @Override
    public String name() {
        return "pdf-standards";
    }

    /** veraPDF parses the file itself; only the XMP identification is read from the shared copy. */
    @Override
    public boolean readsItsOwnCopy() {
        return true;
    }

    @Override
    public void run(PdfUnderTest pdf, SourceText source, CheckResult result) throws Exception {
        List<PDFAFlavour> flavours = new ArrayList<>();
        Optional<PdfXmp> xmp = PdfXmp.of(pdf.document());
        String declared = xmp.map(PdfXmp::pdfaIdentification).orElse("");
        PDFAFlavour pdfa = declared.isEmpty() ? PDFAFlavour.NO_FLAVOUR : PDFAFlavour.fromString(declared);
        if (pdfa == PDFAFlavour.NO_FLAVOUR) {
            result.error("The PDF has no PDF/A identification (pdfaid:part and pdfaid:conformance in its XMP"
                    + " metadata" + (declared.isEmpty() ? "" : ", found \"" + declared + "\"")
                    + "); an archival PDF must declare the PDF/A part it conforms to.", null);
        } else {
            flavours.add(pdfa);
        }
        flavours.add(PDFAFlavour.PDFUA_1);
        result.figure("declaredPdfA", pdfa == PDFAFlavour.NO_FLAVOUR ? "none" : pdfa.getId());
        File file = pdf.file().toFile();
        boolean apart = standardsInParallel && flavours.size() > 1 && roomForParses(file, flavours.size());
        List<ValidationResult> results = apart ? validateApart(file, flavours) : validateTogether(file, flavours);
        List<String> profiles = new ArrayList<>();
        for (ValidationResult validation : results) {
            report(validation, result);
            profiles.add(validation.getPDFAFlavour().getId() + ": " + validation.getValidationProfile().getDetails().getName());
        }
        result.judgedBy(new Referee("veraPDF", Referee.mavenVersion(VeraGreenfieldFoundryProvider.class, "org.verapdf",
                "validation-model"), profiles));
    }

    /**
     * Whether the heap has room for {@code parses} of veraPDF's model of {@code file} beside what
     * it holds now. A 620-page book (15 MB) validated in two parses held about 800 MB after
     * collection under -Xmx1g: at that size one shared parse is the safe choice, and the heap
     * stays bounded whatever the length of the book.
     */
    private static boolean roomForParses(File file, int parses) {
        Runtime runtime = Runtime.getRuntime();
        long used = runtime.totalMemory() - runtime.freeMemory();
        return runtime.maxMemory() - used > parses * HEAP_PER_FILE_BYTE * file.length();
    }

    /** All of {@code flavours} in one parse of {@code file}, on this thread. */
    private static List<ValidationResult> validateTogether(File file, List<PDFAFlavour> flavours) throws Exception {
        VeraPDFFoundry foundry = Foundries.defaultInstance();
        try (PDFAParser parser = flavours.size() == 2
                ? foundry.createParser(file, flavours.get(0), flavours.get(1))
                : foundry.createParser(file, flavours.get(0));
             PDFAValidator validator = foundry.createValidator(flavours)) {
            return validator.validateAll(parser);
        }
    }

    /** Each of {@code flavours} in a parse of its own: the first on this thread, the others beside it. */
    private static List<ValidationResult> validateApart(File file, List<PDFAFlavour> flavours) throws Exception {
        ExecutorService others = Executors.newFixedThreadPool(flavours.size() - 1, task -> {
            Thread thread = new Thread(task, "tei-press-verapdf");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<List<ValidationResult>>> pending = new ArrayList<>();
            for (PDFAFlavour flavour : flavours.subList(1, flavours.size())) {
                pending.add(others.submit(() -> validateTogether(file, List.of(flavour))));
            }
            List<ValidationResult> results = new ArrayList<>(validateTogether(file, List.of(flavours.get(0))));
            for (Future<List<ValidationResult>> other : pending) {
                try {
                    results.addAll(other.get());
                } catch (ExecutionException e) {
                    throw e.getCause() instanceof Exception cause ? cause : e;
                }
            }
            return results;
        } finally {
            others.shutdownNow();
        }
    }

    private static void report(ValidationResult validation, CheckResult result) {
        String standard = validation.getPDFAFlavour().getPart().getId();
        String flavour = validation.getPDFAFlavour().getId();
        int failedRules = 0;
        int failedChecks = 0;
        for (Map.Entry<RuleId, Integer> failed : validation.getFailedChecks().entrySet()) {
            RuleId id = failed.getKey();
            Rule rule = validation.getValidationProfile().getRuleByRuleId(id);
            failedRules++;
            failedChecks += failed.getValue();
            result.error(standard + " clause " + id.getClause() + " test " + id.getTestNumber() + " failed "
                    + failed.getValue() + " time" + (failed.getValue() == 1 ? "" : "s")
                    + (rule == null ? "" : ": " + rule.getDescription()), null);
        }
        result.figure(flavour + ".compliant", validation.isCompliant());
        result.figure(flavour + ".failedRules", failedRules);
        result.figure(flavour + ".failedChecks", failedChecks);
    }
}
