package org.teipress.check;

import com.adobe.epubcheck.api.EPUBLocation;
import com.adobe.epubcheck.api.EpubCheck;
import com.adobe.epubcheck.api.MasterReport;
import com.adobe.epubcheck.messages.Message;
import com.adobe.epubcheck.messages.Severity;
import com.adobe.epubcheck.util.FeatureEnum;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What W3C EPUBCheck says about one EPUB, kept as text instead of printed: the gate turns it into
 * findings, the tests into assertion messages.
 */
public final class EpubCheckMessages {
    private final List<String> errors = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();

    private EpubCheckMessages() {
    }

    public static EpubCheckMessages of(Path epub) {
        EpubCheckMessages messages = new EpubCheckMessages();
        new EpubCheck(epub.toFile(), messages.new CollectingReport()).check();
        return messages;
    }

    /** Fatal errors and errors. */
    public List<String> errors() {
        return Collections.unmodifiableList(errors);
    }

    public List<String> warnings() {
        return Collections.unmodifiableList(warnings);
    }

    /** Errors and warnings alike: tei-press publishes neither. */
    public List<String> all() {
        List<String> all = new ArrayList<>(errors);
        all.addAll(warnings);
        return all;
    }

    private final class CollectingReport extends MasterReport {
        @Override
        public void message(Message message, EPUBLocation location, Object... args) {
            Severity severity = message.getSeverity();
            String text = "EPUBCheck " + severity + " " + message.getID() + " at " + location.getPath()
                    + (location.getLine() > 0 ? ":" + location.getLine() : "")
                    + (location.getColumn() > 0 ? ":" + location.getColumn() : "") + ": " + message.getMessage(args);
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
