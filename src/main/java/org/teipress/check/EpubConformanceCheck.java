package org.teipress.check;

import com.adobe.epubcheck.api.EPUBLocation;
import com.adobe.epubcheck.api.EpubCheck;
import com.adobe.epubcheck.api.MasterReport;
import com.adobe.epubcheck.messages.Message;
import com.adobe.epubcheck.messages.Severity;
import com.adobe.epubcheck.util.FeatureEnum;
import java.util.ArrayList;
import java.util.List;

/** W3C EPUBCheck finds no error and no warning. */
public final class EpubConformanceCheck implements OutputCheck<EpubUnderTest> {

    @Override
    public String name() {
        return "epubcheck";
    }

    @Override
    public void run(EpubUnderTest epub, SourceText source, CheckResult result) {
        CollectingReport report = new CollectingReport();
        new EpubCheck(epub.file().toFile(), report).check();
        for (String message : report.errors) {
            result.error(message, null);
        }
        for (String message : report.warnings) {
            result.error(message, null);
        }
        result.figure("epubcheckVersion", EpubCheck.version());
        result.figure("errors", report.errors.size());
        result.figure("warnings", report.warnings.size());
    }

    /** Keeps EPUBCheck's errors and warnings as text instead of printing them. */
    private static final class CollectingReport extends MasterReport {
        final List<String> errors = new ArrayList<>();
        final List<String> warnings = new ArrayList<>();

        @Override
        public void message(Message message, EPUBLocation location, Object... args) {
            Severity severity = message.getSeverity();
            String text = "EPUBCheck " + severity + " " + message.getID() + " at " + location.getPath()
                    + (location.getLine() > 0 ? ":" + location.getLine() : "") + ": " + message.getMessage(args);
            if (severity == Severity.ERROR || severity == Severity.FATAL) {
                errors.add(text);
            } else if (severity == Severity.WARNING) {
                warnings.add(text);
            }
        }

        @Override
        public void info(String resource, FeatureEnum feature, String value) {
            // Features (characters used, scripted content…) are not defects.
        }

        @Override
        public int generate() {
            return 0;
        }

        @Override
        public void initialize() {
            // Nothing to set up: messages are kept in memory.
        }
    }
}
