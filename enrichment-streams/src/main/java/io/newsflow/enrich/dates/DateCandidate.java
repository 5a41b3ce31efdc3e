package io.newsflow.enrich.dates;

import java.time.LocalDate;

/**
 * A mention while it is being built: where it is, and either its value or what is needed to work the value
 * out later (a month-day waiting for its year, "five days later" waiting for the date it counts from).
 * Mutable and short-lived: one per mention per {@link DateScan}.
 */
final class DateCandidate {

    /** Kinds: FIXED has its value at once; the others are finished by {@link RelativeDateResolver}. */
    static final int FIXED = 0, MONTH_DAY = 1, MONTH_ONLY = 2, OFFSET = 3;
    /** Granularity of a resolved value, which decides what it can anchor. */
    static final int G_OTHER = 0, G_DAY = 1, G_MONTH = 2, G_YEAR = 3;

    int start;
    int end;
    int kind;
    String value;
    boolean relative;
    int gran;
    /** Its year was written in the text, so it can lend that year to year-less dates around it. */
    boolean explicitYear;
    int year;
    int month;
    int day;
    int tense;
    /** MONTH_DAY of a holiday whose day moves with the year (DateLexicon.H_THANKSGIVING / H_BLACK), else 0. */
    int holiday;
    /** OFFSET: signed number of units from the anchor. */
    int amount;
    int unit;
    /** OFFSET in weeks naming the whole week ("the following week"), not the day ("a week later"). */
    boolean wholeUnit;
    /** A season with a written year: the month its telling starts from (winter: January), else 0. */
    int seasonStartMonth;
    /** Opens a range with the next candidate ("from May 3 to 7", "between June and August"): the two become
     *  one mention START/END once both have values of the same granularity. */
    boolean joinsNext;
    /** Its year came from the story's year told before it ("in 2021, when ... between May and August"), so a
     *  range it ends keeps that year rather than the occurrence nearest the publication date. */
    boolean narrative;

    DateCandidate(int start, int end, int kind) {
        this.start = start;
        this.end = end;
        this.kind = kind;
    }

    void setDay(LocalDate d) {
        value = Timex.day(d);
        gran = G_DAY;
        year = d.getYear();
        month = d.getMonthValue();
        day = d.getDayOfMonth();
    }

    /** The date this mention fixes with a written year (mid-month for a month), or null. */
    LocalDate anchorDate() {
        if (!explicitYear) {
            return null;
        }
        if (gran == G_DAY) {
            return LocalDate.of(year, month, day);
        }
        return gran == G_MONTH ? LocalDate.of(year, month, 15) : null;
    }
}
