package org.teipress.epub;

import com.adobe.epubcheck.api.EPUBLocation;
import com.adobe.epubcheck.api.EpubCheck;
import com.adobe.epubcheck.api.MasterReport;
import com.adobe.epubcheck.messages.Message;
import com.adobe.epubcheck.messages.Severity;
import com.adobe.epubcheck.util.FeatureEnum;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** W3C EPUBCheck through its Java API, with every message kept for the assertion text. */
final class EpubChecker {
    record Result(int fatals, int errors, int warnings, List<String> messages) {
        boolean clean() {
            return fatals == 0 && errors == 0 && warnings == 0;
        }
    }

    private EpubChecker() {
    }

    static Result check(Path epub) {
        Collecting report = new Collecting(epub.getFileName().toString());
        new EpubCheck(epub.toFile(), report).doValidate();
        return new Result(report.getFatalErrorCount(), report.getErrorCount(), report.getWarningCount(),
                report.messages);
    }

    private static final class Collecting extends MasterReport {
        private final List<String> messages = new ArrayList<>();

        Collecting(String name) {
            setEpubFileName(name);
        }

        @Override
        public void message(Message message, EPUBLocation location, Object... args) {
            if (message.getSeverity().compareTo(Severity.WARNING) >= 0) {
                messages.add(message.getSeverity() + " " + message.getID() + " " + location.path + ":"
                        + location.line + ":" + location.column + " " + message.getMessage(args));
            }
        }

        @Override
        public void info(String resource, FeatureEnum feature, String value) {
        }

        @Override
        public int generate() {
            return 0;
        }

        @Override
        public void initialize() {
        }
    }
}
