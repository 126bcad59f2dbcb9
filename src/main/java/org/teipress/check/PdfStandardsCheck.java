package org.teipress.check;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * veraPDF validates the PDF/A part the PDF declares in its XMP and PDF/UA-1, in one parse; any
 * failed rule is a defect. (PDFBox Preflight knows only PDF/A-1b, so it cannot judge PDF/A-2/3.)
 */
public final class PdfStandardsCheck implements OutputCheck<PdfUnderTest> {

    public PdfStandardsCheck() {
        // Registers veraPDF's own PDF model as the default foundry; idempotent.
        VeraGreenfieldFoundryProvider.initialise();
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
        VeraPDFFoundry foundry = Foundries.defaultInstance();
        List<ValidationResult> results;
        try (PDFAParser parser = flavours.size() == 2
                ? foundry.createParser(pdf.file().toFile(), flavours.get(0), flavours.get(1))
                : foundry.createParser(pdf.file().toFile(), flavours.get(0));
             PDFAValidator validator = foundry.createValidator(flavours)) {
            results = validator.validateAll(parser);
        }
        List<String> profiles = new ArrayList<>();
        for (ValidationResult validation : results) {
            report(validation, result);
            profiles.add(validation.getPDFAFlavour().getId() + ": " + validation.getValidationProfile().getDetails().getName());
        }
        result.judgedBy(new Referee("veraPDF", Referee.mavenVersion(VeraGreenfieldFoundryProvider.class, "org.verapdf",
                "validation-model"), profiles));
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
