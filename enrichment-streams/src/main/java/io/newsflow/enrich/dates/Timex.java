package io.newsflow.enrich.dates;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.IsoFields;

/**
 * TIMEX3 value strings and the calendar reasoning behind underspecified dates (which year a "November 20"
 * belongs to). Built by hand instead of {@code String.format}: this runs for every mention of every article.
 */
final class Timex {

    /**
     * A month-day this far after the reference is read as last year's when the clause is past tense: news
     * narrates the past, and "erupted on March 5" in an October article is this March, not next.
     */
    private static final int PAST_TENSE_FUTURE_LIMIT_DAYS = 60;
    /** A future clause keeps a day (or a month ended) at most this many days before the reference. */
    private static final int FUTURE_TENSE_RECENT_DAYS = 21;

    private static final String[] SEASONS = {"", "SP", "SU", "FA", "WI"};

    private Timex() {
    }

    static String day(LocalDate d) {
        return d.toString();
    }

    static String day(int year, int month, int day) {
        StringBuilder sb = new StringBuilder(10);
        year(sb, year).append('-');
        pad2(sb, month).append('-');
        return pad2(sb, day).toString();
    }

    static String month(int year, int month) {
        StringBuilder sb = new StringBuilder(7);
        year(sb, year).append('-');
        return pad2(sb, month).toString();
    }

    static String year(int year) {
        return year(new StringBuilder(4), year).toString();
    }

    static String decade(int firstYear) {
        return year(new StringBuilder(4), firstYear / 10 * 10).replace(3, 4, "X").toString();
    }

    static String range(int from, int to) {
        StringBuilder sb = new StringBuilder(9);
        year(sb, from).append('/');
        return year(sb, to).toString();
    }

    static String season(int year, int season) {
        return year(new StringBuilder(7), year).append('-').append(SEASONS[season]).toString();
    }

    static String quarter(int year, int quarter) {
        return year(new StringBuilder(7), year).append("-Q").append(quarter).toString();
    }

    static String half(int year, int half) {
        return year(new StringBuilder(7), year).append("-H").append(half).toString();
    }

    static String fiscalQuarter(int year, int quarter) {
        return year(new StringBuilder(9).append("FY"), year).append("-Q").append(quarter).toString();
    }

    static String fiscalHalf(int year, int half) {
        return year(new StringBuilder(9).append("FY"), year).append("-H").append(half).toString();
    }

    /** Century in the decade style (199X): the 19th century, "the 1800s" → 18XX. */
    static String century(int hundreds) {
        return pad2(new StringBuilder(4), hundreds).append("XX").toString();
    }

    static String fiscalYear(int year) {
        return year(new StringBuilder(6).append("FY"), year).toString();
    }

    /** Season index year * 4 + (season - 1) of the season ref falls in; winter (4) runs December to February
     *  and carries the year it starts in. */
    static int seasonIndex(LocalDate ref) {
        int m = ref.getMonthValue();
        int y = ref.getYear();
        return m <= 2 ? (y - 1) * 4 + 3 : m == 12 ? y * 4 + 3 : y * 4 + (m - 3) / 3;
    }

    /**
     * The occurrence of season (1 spring .. 4 winter) whose index lies in [current + from, current + from + 3]:
     * from = -1 for "this summer" (the one under way, the one just ended or the next two), -4 for "last
     * summer", 1 for "next summer", -3 for a past-tense "in the summer", 0 for a future-tense one.
     * Returns the season index (year * 4 + season - 1).
     */
    static int seasonOccurrence(LocalDate ref, int season, int from) {
        int first = seasonIndex(ref) + from;
        return first + Math.floorMod(season - 1 - first, 4);
    }

    /**
     * Year of quarter q (1-4) with no written year: the nearest occurrence to ref's own quarter (ties go to
     * the past); a past-tense clause refuses quarters after the current one. Future tense does not push it
     * ahead: results of a quarter are reported after it ends ("will report fourth-quarter results" in February).
     */
    static int inferQuarterYear(int q, LocalDate ref, int tense) {
        int refIndex = ref.getYear() * 4 + (ref.getMonthValue() - 1) / 3;
        int best = 0;
        int bestCost = Integer.MAX_VALUE;
        for (int y = ref.getYear() - 1; y <= ref.getYear() + 1; y++) {
            int delta = y * 4 + q - 1 - refIndex;
            if (tense == ClauseTense.PAST && delta > 0) {
                continue;
            }
            int cost = Math.abs(delta) * 2 + (delta > 0 ? 1 : 0);
            if (cost < bestCost) {
                bestCost = cost;
                best = y;
            }
        }
        return best;
    }

    static String week(LocalDate d, boolean weekend) {
        StringBuilder sb = new StringBuilder(11);
        year(sb, d.get(IsoFields.WEEK_BASED_YEAR)).append("-W");
        pad2(sb, d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        if (weekend) {
            sb.append("-WE");
        }
        return sb.toString();
    }

    static String unknownYearDay(int month, int day) {
        StringBuilder sb = new StringBuilder(10).append("XXXX-");
        pad2(sb, month).append('-');
        return pad2(sb, day).toString();
    }

    static String unknownYearMonth(int month) {
        return pad2(new StringBuilder(7).append("XXXX-"), month).toString();
    }

    static boolean isValid(int year, int month, int day) {
        if (month < 1 || month > 12 || day < 1) {
            return false;
        }
        return day <= lengthOfMonth(year, month);
    }

    /** Largest day a month can have in some year: lets "February 29" through before its year is known. */
    static int maxDayOfMonth(int month) {
        return month == 2 ? 29 : lengthOfMonth(2001, month);
    }

    private static int lengthOfMonth(int year, int month) {
        switch (month) {
            case 2:
                boolean leap = (year % 4 == 0) && (year % 100 != 0 || year % 400 == 0);
                return leap ? 29 : 28;
            case 4:
            case 6:
            case 9:
            case 11:
                return 30;
            default:
                return 31;
        }
    }

    /**
     * The year a month-day with no written year most likely belongs to, seen from {@code ref} (publication
     * date, or a full date elsewhere in the text). Default: the occurrence nearest to {@code ref} (so more than
     * about six months after it means last year's, more than six months before means next year's; ties go to
     * the past). A future-tense clause takes the first occurrence on or after {@code ref}; a past-tense clause
     * refuses occurrences more than {@value #PAST_TENSE_FUTURE_LIMIT_DAYS} days ahead. Returns null only if no
     * year within ±4 has that day (never happens for real month-days).
     */
    static LocalDate inferDay(int month, int day, LocalDate ref, int tense) {
        LocalDate best = null;
        long bestCost = Long.MAX_VALUE;
        LocalDate latestPast = null;
        LocalDate earliestFuture = null;
        int y0 = ref.getYear();
        for (int y = y0 - 4; y <= y0 + 4; y++) {
            if (!isValid(y, month, day)) {
                continue;
            }
            LocalDate c = LocalDate.of(y, month, day);
            long delta = c.toEpochDay() - ref.toEpochDay();
            long cost = Math.abs(delta) * 2 + (delta > 0 ? 1 : 0); // ties go to the past
            if (cost < bestCost) {
                bestCost = cost;
                best = c;
            }
            if (delta <= 0) {
                latestPast = c;
            } else if (earliestFuture == null) {
                earliestFuture = c;
            }
        }
        if (best == null) {
            return null;
        }
        if (tense == ClauseTense.FUTURE) {
            // "will be paid for work through March 8" four days after it: still this year's March 8; a future
            // clause moves a date a year on only when the plain reading lies weeks back
            boolean recent = best.isBefore(ref) && ref.toEpochDay() - best.toEpochDay() <= FUTURE_TENSE_RECENT_DAYS;
            return !best.isBefore(ref) || recent ? best : (earliestFuture != null ? earliestFuture : best);
        }
        if (tense == ClauseTense.PAST && latestPast != null
                && best.toEpochDay() - ref.toEpochDay() > PAST_TENSE_FUTURE_LIMIT_DAYS) {
            return latestPast;
        }
        return best;
    }

    /** Same reasoning as {@link #inferDay} at month granularity; returns year * 12 + (month - 1). */
    static int inferMonth(int month, LocalDate ref, int tense) {
        int refIndex = ref.getYear() * 12 + ref.getMonthValue() - 1;
        int best = 0;
        int bestCost = Integer.MAX_VALUE;
        for (int y = ref.getYear() - 1; y <= ref.getYear() + 1; y++) {
            int idx = y * 12 + month - 1;
            int delta = idx - refIndex;
            int cost = Math.abs(delta) * 2 + (delta > 0 ? 1 : 0);
            if (cost < bestCost) {
                bestCost = cost;
                best = idx;
            }
        }
        boolean justEnded = best == refIndex - 1 && ref.getDayOfMonth() <= FUTURE_TENSE_RECENT_DAYS;
        if (tense == ClauseTense.FUTURE && best < refIndex && !justEnded) {
            // "expect a similar reading in January" on 4 February: the month just ended, not next year's
            return best + 12;
        }
        if (tense == ClauseTense.PAST && best - refIndex > 2) {
            return best - 12;
        }
        return best;
    }

    /** LocalDate.of without the exception, for dates read from text. */
    static LocalDate dateOrNull(int year, int month, int day) {
        if (!isValid(year, month, day)) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static StringBuilder year(StringBuilder sb, int year) {
        if (year < 1000) {
            sb.append(year < 10 ? "000" : year < 100 ? "00" : "0");
        }
        return sb.append(year);
    }

    private static StringBuilder pad2(StringBuilder sb, int v) {
        if (v < 10) {
            sb.append('0');
        }
        return sb.append(v);
    }

    /**
     * The day of a holiday in a year: movable ones by their rule (Easter by the Gregorian computus, Thanksgiving
     * the fourth Thursday of November, Memorial Day the last Monday of May, Labor Day the first Monday of
     * September), fixed ones (movable = 0) on month/day.
     */
    static LocalDate holiday(int movable, int month, int day, int year) {
        switch (movable) {
            case DateLexicon.H_THANKSGIVING:
                return thanksgiving(year);
            case DateLexicon.H_BLACK:
                return thanksgiving(year).plusDays(1);
            case DateLexicon.H_EASTER:
            case DateLexicon.H_EASTER_WEEKEND:
                return easter(year);
            case DateLexicon.H_EASTER_MONDAY:
                return easter(year).plusDays(1);
            case DateLexicon.H_GOOD:
                return easter(year).minusDays(2);
            case DateLexicon.H_ASH:
                return easter(year).minusDays(46);
            case DateLexicon.H_MEMORIAL:
                return LocalDate.of(year, 5, 31).with(java.time.temporal.TemporalAdjusters.previousOrSame(
                        java.time.DayOfWeek.MONDAY));
            case DateLexicon.H_LABOR:
                return LocalDate.of(year, 9, 1).with(java.time.temporal.TemporalAdjusters.nextOrSame(
                        java.time.DayOfWeek.MONDAY));
            default:
                return isValid(year, month, day) ? LocalDate.of(year, month, day) : null;
        }
    }

    private static LocalDate thanksgiving(int year) {
        return LocalDate.of(year, 11, 1).with(java.time.temporal.TemporalAdjusters.dayOfWeekInMonth(4,
                java.time.DayOfWeek.THURSDAY));
    }

    /** Western Easter Sunday (anonymous Gregorian algorithm). */
    static LocalDate easter(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}
