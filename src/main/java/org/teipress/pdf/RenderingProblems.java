package org.teipress.pdf;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.fop.events.Event;
import org.apache.fop.events.EventFormatter;
import org.apache.fop.events.EventListener;
import org.apache.fop.events.model.EventSeverity;
import org.teipress.pipeline.Progress;
import org.teipress.core.PublishException;

/**
 * Collects what FOP reports while rendering one document. FOP only warns when a font is
 * missing or a character has no glyph, and then prints "#" or uses an unembedded base-14 font;
 * a publisher's PDF must not have either, so those warnings fail the build.
 */
final class RenderingProblems implements EventListener {
    private static final Set<String> FATAL_WARNINGS = Set.of(
            "org.apache.fop.fonts.FontEventProducer.fontSubstituted",
            "org.apache.fop.fonts.FontEventProducer.glyphNotAvailable",
            "org.apache.fop.fonts.FontEventProducer.fontLoadingErrorAtAutoDetection");

    private final List<String> errors = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();

    @Override
    public void processEvent(Event event) {
        String message = EventFormatter.format(event);
        EventSeverity severity = event.getSeverity();
        if (severity == EventSeverity.FATAL || severity == EventSeverity.ERROR
                || FATAL_WARNINGS.contains(event.getEventID())) {
            errors.add(message);
        } else if (severity == EventSeverity.WARN) {
            warnings.add(message);
        }
    }

    /**
     * Drops the warnings heard so far: those of a layout pass that is thrown away describe pages
     * nobody sees (the first pass numbers notes continuously, so a long book's three-digit marks
     * overflow the hanging label that the final circled numbers fit).
     */
    void forgetWarnings() {
        warnings.clear();
    }

    List<String> warnings() {
        return List.copyOf(warnings);
    }

    void reportWarnings(Progress progress) {
        warnings.stream().distinct().forEach(w -> progress.warning("pdf", w));
    }

    void throwIfAny(Path source) throws PublishException {
        if (!errors.isEmpty()) {
            throw new PublishException("The PDF could not be rendered as a publisher's PDF: "
                    + String.join("; ", errors.stream().distinct().toList())
                    + ". Every font must be one tei-press ships (the families of "
                    + org.teipress.fonts.FontCatalog.LOCATION + ") and every character must be one they cover.",
                    source, -1, -1);
        }
    }
}
