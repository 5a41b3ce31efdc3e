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
        for (int k = 0; k < size; k++) {
            DateCandidate c = candidates.get(k);
            if (c.kind == MONTH_DAY || c.kind == MONTH_ONLY) {
                LocalDate ref = pub != null ? pub : textReference;
                if (c.kind == MONTH_DAY) {
                    resolveMonthDay(c, ref);
                } else {
                    resolveMonth(c, ref);
                }
            } else if (c.kind == OFFSET) {
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

    /** Sets c to base moved by amount units, at the unit's granularity. */
    static void shift(DateCandidate c, LocalDate base, int amount, int unit) {
        switch (unit) {
            case U_DAY:
                c.setDay(base.plusDays(amount));
                break;
            case U_WEEK:
                if (c.kind == OFFSET) {
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
