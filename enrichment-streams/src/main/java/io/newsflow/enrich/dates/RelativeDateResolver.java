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
                        && narrativeYear * 12 + c.month - 1 >= narrativeMonthIndex
                        && (c.kind == MONTH_ONLY || Timex.isValid(narrativeYear, c.month, c.day))) {
                    narrativeMonthIndex = narrativeYear * 12 + c.month - 1;
                    narrativeEnd = c.end;
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
                        resolveMonth(c, reference);
                    }
                }
            } else if (c.kind == DateCandidate.FIXED) {
                if (c.explicitYear) {
                    lastWrittenYear = c.year;
                }
                boolean anchors = c.explicitYear && reference != null && c.year < reference.getYear()
                        && (c.gran == G_DAY || c.gran == G_MONTH || c.seasonStartMonth > 0);
                narrativeYear = anchors ? c.year : 0;
                narrativeEnd = c.end;
                narrativeMonthIndex = anchors
                        ? c.year * 12 + (c.seasonStartMonth > 0 ? c.seasonStartMonth : c.month) - 1 : 0;
            }
            if (c.kind == OFFSET) {
                // only the mention right before counts: "in 1994 ... five days later" has no day to count from
                DateCandidate a = k > 0 ? candidates.get(k - 1) : null;
                if (a != null && a.value != null && c.start - a.end <= OFFSET_ANCHOR_MAX_DISTANCE) {
                    anchorOffset(c, a);
                }
            }
            if (c.value != null) {
                result.add(new DateMention(text.substring(c.start, c.end), c.value, c.start, c.end, c.relative));
            }
        }
        return result;
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
            // Thanksgiving: the fourth Thursday of November; Black Friday the day after
            LocalDate thanksgiving = LocalDate.of(d.getYear(), 11, 1)
                    .with(java.time.temporal.TemporalAdjusters.dayOfWeekInMonth(4, java.time.DayOfWeek.THURSDAY));
            d = c.holiday == DateLexicon.H_BLACK ? thanksgiving.plusDays(1) : thanksgiving;
        }
        if (d != null) {
            c.setDay(d);
            c.relative = true;
        }
    }

    private static void resolveMonth(DateCandidate c, LocalDate ref) {
        if (ref == null) {
            c.value = Timex.unknownYearMonth(c.month);
            return;
        }
        int idx = Timex.inferMonth(c.month, ref, c.tense);
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
            if (a.gran != G_DAY && a.gran != G_MONTH && a.gran != G_YEAR) {
                return;
            }
            base = LocalDate.of(a.year, 1, 1);
        }
        shift(c, base, c.amount, c.unit);
        c.relative = true;
    }
}
