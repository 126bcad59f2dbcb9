package org.teipress.check;

import com.adobe.epubcheck.api.EpubCheck;
import java.util.List;

/** W3C EPUBCheck finds no error and no warning. */
public final class EpubConformanceCheck implements OutputCheck<EpubUnderTest> {

    @Override
    public String name() {
        return "epubcheck";
    }

    @Override
    public void run(EpubUnderTest epub, SourceText source, CheckResult result) {
        EpubCheckMessages messages = EpubCheckMessages.of(epub.file());
        for (String message : messages.all()) {
            result.error(message, null);
        }
        result.figure("epubcheckVersion", EpubCheck.version());
        result.judgedBy(new Referee("W3C EPUBCheck", EpubCheck.version(), List.of("EPUB 3")));
        result.figure("errors", messages.errors().size());
        result.figure("warnings", messages.warnings().size());
    }
}
