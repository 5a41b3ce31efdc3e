package io.newsflow.enrich.dates;

import static io.newsflow.enrich.dates.DateCandidate.G_DAY;
import static io.newsflow.enrich.dates.DateCandidate.G_MONTH;
import static io.newsflow.enrich.dates.DateCandidate.G_OTHER;
import static io.newsflow.enrich.dates.DateCandidate.G_YEAR;
import static io.newsflow.enrich.dates.DateCandidate.MONTH_DAY;
import static io.newsflow.enrich.dates.DateCandidate.MONTH_ONLY;
import static io.newsflow.enrich.dates.DateCandidate.OFFSET;
import static io.newsflow.enrich.dates.DateLexicon.U_DAY;
import static io.newsflow.enrich.dates.DateLexicon.U_MONTH;
import static io.newsflow.enrich.dates.DateLexicon.U_WEEK;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Second pass over the candidates of one text, in order: gives year-less dates their year (from the
 * publication date, else from the full dates written around them) and "five days later" its date (from the
 * mention right before it), then turns every candidate with a value into a {@link DateMention}. Linear in the
 * number of candidates.
 */
final class RelativeDateResolver {

    /** How far back "five days later" may look for the date it counts from. */
    private static final int OFFSET_ANCHOR_MAX_DISTANCE = 250;

    /** How far a told year carries to the next year-less date: a sentence or two, not from a page header. */
    private static final int NARRATIVE_MAX_DISTANCE = 400;

    private RelativeDateResolver() {
    }

    static List<DateMention> resolve(String text, LocalDate pub, List<DateCandidate> candidates) {
        int size = candidates.size();
        if (size == 0) {
            return List.of();
        }
        List<DateMention> result = new ArrayList<>(size);
        // With no publication date, a year-less date takes its year from the latest full date in the text (the
        // issue's rule), else from the latest month with a written year ("in November 2020").
        LocalDate latestDay = null;
        LocalDate latestMonth = null;
        if (pub == null) {
            for (DateCandidate c : candidates) {
                LocalDate d = c.kind == DateCandidate.FIXED ? c.anchorDate() : null;
                if (d == null) {
                    continue;
                }
                if (c.gran == G_DAY && (latestDay == null || d.isAfter(latestDay))) {
                    latestDay = d;
                } else if (c.gran == G_MONTH && (latestMonth == null || d.isAfter(latestMonth))) {
                    latestMonth = d;
                }
            }
        }
        LocalDate textReference = latestDay != null ? latestDay : latestMonth;
        LocalDate reference = pub != null ? pub : textReference;
        // Narrative year: after "26 July 1956" or "The winter of 2009", year-less dates that follow in order
        // ("invaded Sinai on 29 October", "in February ... in July") continue that story, not the present.
        int narrativeYear = 0;
        int narrativeMonthIndex = 0;
        int narrativeEnd = 0;
        // a bare year ("in 2021, when a drought between June and September ...") carries only within its sentence
        boolean narrativeSentenceOnly = false;
        int lastWrittenYear = 0;
        for (int k = 0; k < size; k++) {
            DateCandidate c = candidates.get(k);
            if (c.kind == MONTH_DAY || c.kind == MONTH_ONLY) {
                int thatYearEnd = c.kind == MONTH_ONLY ? ofThatYearEnd(text, c.end) : -1;
                if (thatYearEnd > 0 && lastWrittenYear != 0) {
                    // "in June of that year": the year last written
                    c.end = thatYearEnd;
                    setMonth(c, lastWrittenYear, c.month);
                } else if (narrativeYear != 0 && c.tense != ClauseTense.FUTURE && c.holiday == 0
                        && c.start - narrativeEnd <= NARRATIVE_MAX_DISTANCE
                        && lineBreaks(text, narrativeEnd, c.start) <= 2
                        && (!narrativeSentenceOnly || sameSentence(text, narrativeEnd, c.start))
                        && narrativeYear * 12 + c.month - 1 >= narrativeMonthIndex
                        && (c.kind == MONTH_ONLY || Timex.isValid(narrativeYear, c.month, c.day))) {
                    narrativeMonthIndex = narrativeYear * 12 + c.month - 1;
                    narrativeEnd = c.end;
                    c.narrative = true;
                    if (c.kind == MONTH_DAY) {
                        c.setDay(LocalDate.of(narrativeYear, c.month, c.day));
                        c.relative = true;
                    } else {
                        setMonth(c, narrativeYear, c.month);
                    }
                } else {
                    narrativeYear = 0;
                    if (c.kind == MONTH_DAY) {
                        resolveMonthDay(c, reference);
                    } else {
                        resolveMonth(text, c, reference);
                    }
                }
            } else if (c.kind == DateCandidate.FIXED) {
                if (c.explicitYear) {
                    lastWrittenYear = c.year;
                }
                // "its highest since November 2023": a span reaching to now, not a story set in that year
                boolean anchors = c.explicitYear && reference != null && c.year < reference.getYear()
                        && !startsWithSince(text, c.start)
                        && (c.gran == G_DAY || c.gran == G_MONTH || c.seasonStartMonth > 0);
                // "postponed twice, in February and again in October" after "first planned for 2022": a bare
                // past year dates the months told after it in the same sentence; not a founding year ("the club,
                // founded in 1888, said in March") nor a span to now ("since 2019")
                boolean yearAnchors = !anchors && c.explicitYear && reference != null && c.gran == G_YEAR
                        && c.year < reference.getYear() && isPlainYear(c.value) && !startsWithSince(text, c.start)
                        && !afterOriginVerb(text, c.start) && !startsWithSince(text, wordStartBefore(text, c.start));
                narrativeYear = anchors || yearAnchors ? c.year : 0;
                narrativeSentenceOnly = yearAnchors;
                narrativeEnd = c.end;
                narrativeMonthIndex = anchors
                        ? c.year * 12 + (c.seasonStartMonth > 0 ? c.seasonStartMonth : c.month) - 1
                        : yearAnchors ? c.year * 12 : 0;
            }
            if (c.kind == OFFSET) {
                // only the mention right before counts: "in 1994 ... five days later" has no day to count from
                DateCandidate a = k > 0 ? candidates.get(k - 1) : null;
                if (a != null && a.value != null && c.start - a.end <= OFFSET_ANCHOR_MAX_DISTANCE) {
                    anchorOffset(c, a);
                }
            }
            if (c.value != null) {
                DateCandidate a = k > 0 ? candidates.get(k - 1) : null;
                DateMention last = result.isEmpty() ? null : result.get(result.size() - 1);
                if (a != null && a.joinsNext && last != null && last.start() == a.start && joinRange(a, c, reference)) {
                    result.set(result.size() - 1, new DateMention(text.substring(a.start, c.end),
                            a.value + "/" + c.value, a.start, c.end, a.relative || c.relative));
                    continue;
                }
                result.add(new DateMention(text.substring(c.start, c.end), c.value, c.start, c.end, c.relative));
            }
        }
        yearEarlierPeriods(text, result);
        return result;
    }

    private static boolean isPlainYear(String v) {
        return v != null && v.length() == 4 && DateScan.isDigit(v.charAt(0)) && DateScan.isDigit(v.charAt(3));
    }

    /** Start of the word right before start ("the" in "since the 1973 embargo"), else start. */
    private static int wordStartBefore(String text, int start) {
        int p = start;
        while (p > 0 && text.charAt(p - 1) == ' ') {
            p--;
        }
        int ws = p;
        while (ws > 0 && Character.isLetter(text.charAt(ws - 1))) {
            ws--;
        }
        return ws < p ? ws : start;
    }

    /** "founded in 1888", "born in 1950": the year before start (after its preposition) is an origin. */
    private static boolean afterOriginVerb(String text, int start) {
        int p = start;
        // skip the preposition that starts the mention ("in 1888") or sits before it
        for (int words = 0; words < 2 && p > 0; words++) {
            while (p > 0 && !Character.isLetter(text.charAt(p - 1))) {
                if (text.charAt(p - 1) != ' ') {
                    return false;
                }
                p--;
            }
            int ws = p;
            while (ws > 0 && Character.isLetter(text.charAt(ws - 1))) {
                ws--;
            }
            if (ws == p) {
                return false;
            }
            if (DateLexicon.ORIGIN_VERBS.contains(text, ws, p)) {
                return true;
            }
            p = ws;
        }
        return false;
    }

    private static boolean startsWithSince(String text, int start) {
        int p = start;
        if (text.regionMatches(true, p, "since ", 0, 6)) {
            return true;
        }
        while (p > 0 && text.charAt(p - 1) == ' ') {
            p--;
        }
        return p >= 5 && text.regionMatches(true, p - 5, "since", 0, 5) && (p == 5 || !Character.isLetter(text.charAt(p - 6)));
    }

    /** How far back a quarter mention may be for "a year earlier" to compare with it (a paragraph or two). */
    private static final int PERIOD_COMPARISON_MAX_DISTANCE = 600;

    /**
     * Business copy compares a quarter with the same quarter a year before: after "second-quarter profit",
     * "a year earlier", "a year ago" and "the same period last year" are 2023-Q2, not the year 2023. The quarter
     * compared is one told earlier in the same sentence, else the story's first (its reporting period).
     */
    private static void yearEarlierPeriods(String text, List<DateMention> result) {
        DateMention reporting = null;
        DateMention lastPeriod = null;
        for (int k = 0; k < result.size(); k++) {
            DateMention m = result.get(k);
            String v = m.value();
            if (v.length() == 7 && v.charAt(4) == '-' && (v.charAt(5) == 'Q' || v.charAt(5) == 'H')) {
                reporting = reporting == null ? m : reporting;
                lastPeriod = m;
                continue;
            }
            if (lastPeriod == null || v.length() != 4 || m.start() - lastPeriod.end() > PERIOD_COMPARISON_MAX_DISTANCE) {
                continue;
            }
            String words = m.text().toLowerCase(java.util.Locale.ROOT);
            int start = m.start();
            if (words.equals("last year") || words.equals("the previous year") || words.equals("the year before")) {
                start = samePeriodStart(text, m.start());
                if (start < 0) {
                    continue;
                }
            } else if (!(words.equals("a year earlier") || words.equals("a year ago") || words.equals("a year before"))) {
                continue;
            }
            DateMention period = sameSentence(text, lastPeriod.end(), start) ? lastPeriod : reporting;
            int periodYear = Integer.parseInt(period.value().substring(0, 4));
            if (periodYear - 1 != Integer.parseInt(v)) {
                continue;
            }
            result.set(k, new DateMention(text.substring(start, m.end()), v + period.value().substring(4), start,
                    m.end(), true));
        }
    }

    /** Start of "the same period " / "the same quarter " right before at, else -1. */
    private static int samePeriodStart(String text, int at) {
        for (String lead : SAME_PERIOD) {
            int s = at - lead.length();
            if (s >= 0 && text.regionMatches(true, s, lead, 0, lead.length())) {
                return s;
            }
        }
        return -1;
    }

    private static final String[] SAME_PERIOD = {"the same period ", "the same quarter ", "the same period of ",
        "the same quarter of ", "the same time ", "the same months of ", "the same months "};

    /** No sentence end between from and to. */
    private static boolean sameSentence(String text, int from, int to) {
        for (int k = from; k < to - 1; k++) {
            char c = text.charAt(k);
            if ((c == '.' || c == '!' || c == '?') && Character.isWhitespace(text.charAt(k + 1))) {
                return false;
            }
            if (c == '\n') {
                return false;
            }
        }
        return true;
    }

    /**
     * Makes a and b one range when both are days or both months: a year-less end takes the written end's year
     * ("between May and September 2015", "from 3 to 7 February"), else the first end follows the second (whose
     * year was worked out as any month's); false when the ends do not fit or are out of order.
     */
    private static boolean joinRange(DateCandidate a, DateCandidate b, LocalDate ref) {
        if (a.gran != b.gran || (a.gran != G_DAY && a.gran != G_MONTH)) {
            return false;
        }
        int dayA = a.gran == G_DAY ? a.day : 1;
        int dayB = b.gran == G_DAY ? b.day : 1;
        boolean aAfterB = a.month * 40 + dayA > b.month * 40 + dayB;
        if (!a.explicitYear && !b.explicitYear && ref != null && !(a.narrative && b.narrative)) {
            // neither end has a year: the occurrence of the whole range nearest the reference, on the side the
            // tense points at ("from January to July" in September is this year's; "runs from April to October"
            // in March too)
            int bestYear = 0;
            long bestCost = Long.MAX_VALUE;
            for (int y = ref.getYear() - 1; y <= ref.getYear() + 1; y++) {
                int ya = aAfterB ? y - 1 : y;
                if (!Timex.isValid(ya, a.month, dayA) || !Timex.isValid(y, b.month, dayB)) {
                    continue;
                }
                LocalDate from = LocalDate.of(ya, a.month, dayA);
                LocalDate to = b.gran == G_DAY ? LocalDate.of(y, b.month, dayB)
                        : LocalDate.of(y, b.month, 1).plusMonths(1).minusDays(1);
                long cost = ref.isBefore(from) ? (from.toEpochDay() - ref.toEpochDay()) * 2 + 1 // ties: the past
                        : ref.isAfter(to) ? (ref.toEpochDay() - to.toEpochDay()) * 2 : 0;
                // a past clause allows a range of days just ahead like a single day ("warned of downpours
                // between February 12 and 16" two days before), a range of months none
                LocalDate pastLimit = a.gran == G_DAY ? ref.plusDays(60) : ref;
                if ((a.tense == ClauseTense.PAST && (from.isAfter(pastLimit) || to.isAfter(ref.plusDays(60))))
                        || (a.tense == ClauseTense.FUTURE && to.isBefore(ref))) {
                    cost += 100_000;
                }
                if (cost < bestCost) {
                    bestCost = cost;
                    bestYear = y;
                }
            }
            if (bestYear == 0) {
                return false;
            }
            b.year = bestYear; // the second end's year; the first follows below
        }
        if (b.explicitYear && !a.explicitYear || !a.explicitYear && !b.explicitYear) {
            if (!b.explicitYear) {
                if (!Timex.isValid(b.year, b.month, dayB)) {
                    return false;
                }
                if (b.gran == G_DAY) {
                    b.setDay(LocalDate.of(b.year, b.month, b.day));
                } else {
                    setMonth(b, b.year, b.month);
                }
            }
            int y = aAfterB ? b.year - 1 : b.year;
            if (!Timex.isValid(y, a.month, dayA)) {
                return false;
            }
            if (a.gran == G_DAY) {
                a.setDay(LocalDate.of(y, a.month, a.day));
            } else {
                setMonth(a, y, a.month);
            }
        } else if (a.explicitYear && !b.explicitYear) {
            int y = aAfterB ? a.year + 1 : a.year;
            if (!Timex.isValid(y, b.month, dayB)) {
                return false;
            }
            if (b.gran == G_DAY) {
                b.setDay(LocalDate.of(y, b.month, b.day));
            } else {
                setMonth(b, y, b.month);
            }
        }
        return a.year * 500 + a.month * 40 + dayA < b.year * 500 + b.month * 40 + dayB;
    }

    /** Line breaks in text[from, to): one blank line between paragraphs is two; a page header is many. */
    private static int lineBreaks(String text, int from, int to) {
        int count = 0;
        for (int k = Math.max(0, from); k < to; k++) {
            if (text.charAt(k) == '\n') {
                count++;
            }
        }
        return count;
    }

    /** End of " of that year" / " of the same year" right after a month ending at end, else -1. */
    private static int ofThatYearEnd(String text, int end) {
        for (String tail : THAT_YEAR) {
            if (text.regionMatches(true, end, tail, 0, tail.length())) {
                return end + tail.length();
            }
        }
        return -1;
    }

    private static final String[] THAT_YEAR = {" of that year", " of the same year"};

    private static void setMonth(DateCandidate c, int year, int month) {
        c.year = year;
        c.month = month;
        c.value = Timex.month(year, month);
        c.gran = G_MONTH;
        c.relative = true;
    }

    /** Sets c to base moved by amount units, at the unit's granularity. */
    static void shift(DateCandidate c, LocalDate base, int amount, int unit) {
        switch (unit) {
            case U_DAY:
                c.setDay(base.plusDays(amount));
                break;
            case U_WEEK:
                if (c.kind == OFFSET && !c.wholeUnit) {
                    c.setDay(base.plusWeeks(amount)); // "a week later": that day
                } else {
                    c.value = Timex.week(base.plusWeeks(amount), false); // "two weeks ago": that week
                    c.gran = G_OTHER;
                }
                break;
            case U_MONTH: {
                LocalDate m = base.plusMonths(amount);
                c.year = m.getYear();
                c.month = m.getMonthValue();
                c.value = Timex.month(c.year, c.month);
                c.gran = G_MONTH;
                break;
            }
            default:
                c.year = base.getYear() + amount;
                c.value = Timex.year(c.year);
                c.gran = G_YEAR;
        }
    }

    private static void resolveMonthDay(DateCandidate c, LocalDate ref) {
        if (ref == null && c.holiday != 0) {
            return; // a movable holiday's day is unknown without its year
        }
        if (ref == null) {
            c.value = Timex.unknownYearDay(c.month, c.day);
            return;
        }
        LocalDate d = Timex.inferDay(c.month, c.day, ref, c.tense);
        if (d != null && c.holiday != 0) {
            // the year is that of the holiday's usual date; its day follows the holiday's rule
            d = Timex.holiday(c.holiday, c.month, c.day, d.getYear());
        }
        if (d != null && c.holiday == DateLexicon.H_EASTER_WEEKEND) {
            c.value = Timex.week(d, true);
            c.gran = G_OTHER;
            c.relative = true;
            return;
        }
        if (d != null) {
            c.setDay(d);
            c.relative = true;
        }
    }

    private static void resolveMonth(String text, DateCandidate c, LocalDate ref) {
        if (ref == null) {
            c.value = Timex.unknownYearMonth(c.month);
            return;
        }
        int idx = Timex.inferMonth(c.month, ref, c.tense);
        if (c.tense == ClauseTense.FUTURE && idx == ref.getYear() * 12 + ref.getMonthValue() - 1
                && text.regionMatches(true, c.start, "by ", 0, 3)) {
            idx += 12; // "will approve the plan by December" told in December: the deadline is next December
        }
        c.year = idx / 12;
        c.month = idx % 12 + 1;
        c.value = Timex.month(c.year, c.month);
        c.gran = G_MONTH;
        c.relative = true;
    }

    /** Days and weeks count from a day; months from a month or finer; years from a year or finer. */
    private static void anchorOffset(DateCandidate c, DateCandidate a) {
        LocalDate base;
        if (c.unit == U_DAY || c.unit == U_WEEK) {
            if (a.gran != G_DAY) {
                return;
            }
            base = LocalDate.of(a.year, a.month, a.day);
        } else if (c.unit == U_MONTH) {
            if (a.gran != G_DAY && a.gran != G_MONTH) {
                return;
            }
            base = LocalDate.of(a.year, a.month, 1);
        } else {
            String v = a.value;
            if (a.gran == G_OTHER && v != null && v.length() == 7 && v.charAt(4) == '-'
                    && (v.charAt(5) == 'Q' || v.charAt(5) == 'H') && DateScan.isDigit(v.charAt(0))) {
                // "second-quarter profit ... a year earlier": the same quarter of the year before
                c.value = Timex.year(Integer.parseInt(v.substring(0, 4)) + c.amount) + v.substring(4);
                c.gran = G_OTHER;
                c.relative = true;
                return;
            }
            if (a.gran != G_DAY && a.gran != G_MONTH && a.gran != G_YEAR) {
                return;
            }
            base = LocalDate.of(a.year, 1, 1);
        }
        shift(c, base, c.amount, c.unit);
        c.relative = true;
    }
}
