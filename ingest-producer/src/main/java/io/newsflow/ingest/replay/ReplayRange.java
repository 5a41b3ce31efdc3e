package io.newsflow.ingest.replay;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Which articles of the raw log to process again: those ingested in [{@code ingestedFrom}, {@code ingestedTo}) and,
 * when a publication range is given, published on a day in [{@code publishedFrom}, {@code publishedTo}] (articles
 * without a stated publication date are then left out). Null bounds are open.
 */
public record ReplayRange(Instant ingestedFrom, Instant ingestedTo, LocalDate publishedFrom, LocalDate publishedTo) {
    public ReplayRange {
        if (ingestedFrom != null && ingestedTo != null && !ingestedFrom.isBefore(ingestedTo)) {
            throw new IllegalArgumentException("empty ingest range: --from " + ingestedFrom + " is not before --to " + ingestedTo);
        }
        if (publishedFrom != null && publishedTo != null && publishedFrom.isAfter(publishedTo)) {
            throw new IllegalArgumentException("empty publication range: " + publishedFrom + " is after " + publishedTo);
        }
    }

    public static ReplayRange everything() {
        return new ReplayRange(null, null, null, null);
    }

    public boolean filtersOnPublication() {
        return publishedFrom != null || publishedTo != null;
    }

    /** The publication filter; a date the page did not state (null, unreadable) is outside any bounded range. */
    public boolean publishedWithin(String publishedDate) {
        if (!filtersOnPublication()) {
            return true;
        }
        if (publishedDate == null || publishedDate.length() < 10) {
            return false;
        }
        LocalDate day;
        try {
            day = LocalDate.parse(publishedDate.substring(0, 10));
        } catch (java.time.format.DateTimeParseException e) {
            return false;
        }
        return (publishedFrom == null || !day.isBefore(publishedFrom)) && (publishedTo == null || !day.isAfter(publishedTo));
    }

    public boolean ingestedWithin(long timestampMillis) {
        return (ingestedFrom == null || timestampMillis >= ingestedFrom.toEpochMilli())
                && (ingestedTo == null || timestampMillis < ingestedTo.toEpochMilli());
    }
}
