package org.teipress.pdf;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The date a PDF records as created (Info, XMP): the teiHeader's publication date, else
 * {@code SOURCE_DATE_EPOCH}, so that two builds of the same source give the same bytes. Only
 * with neither is the clock used.
 */
final class PublicationDate {

    private PublicationDate() {
    }

    /** {@code when}: the teiHeader's publicationStmt/date/@when (YYYY, YYYY-MM or YYYY-MM-DD…), or empty. */
    static Instant of(String when, String sourceDateEpoch) {
        return fromHeader(when).or(() -> fromEpoch(sourceDateEpoch)).orElseGet(Instant::now);
    }

    private static Optional<Instant> fromHeader(String when) {
        if (when == null || when.isBlank()) {
            return Optional.empty();
        }
        String day = when.strip();
        day = day.length() == 4 ? day + "-01-01" : day.length() == 7 ? day + "-01" : day.substring(0, Math.min(10, day.length()));
        try {
            return Optional.of(LocalDate.parse(day).atStartOfDay(ZoneOffset.UTC).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<Instant> fromEpoch(String seconds) {
        try {
            return seconds == null ? Optional.empty() : Optional.of(Instant.ofEpochSecond(Long.parseLong(seconds.strip())));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
