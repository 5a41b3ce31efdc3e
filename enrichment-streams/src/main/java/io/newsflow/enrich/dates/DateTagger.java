package io.newsflow.enrich.dates;

import java.time.LocalDate;
import java.util.List;

/**
 * Finds dates in English news text and normalises them to TIMEX3 values. Pure JDK, no models, no regex at
 * tagging time: one hand-written pass over the words of the text with a fixed keyword table.
 *
 * <p>What it reads, and the decisions where English is ambiguous:
 * <ul>
 *   <li>Calendar dates: "November 10, 2020", "Nov. 10", "Sept 5", "October 3rd, 2020", "31 January 2021",
 *       "the 31st of January", ISO "2020-11-10", and "25/12/2020" only when day and month cannot be swapped
 *       (one part above 12, or both equal). A weekday in front ("Saturday, November 14, 2020") joins the mention.
 *   <li>Lists give one mention per day: "October 10, 17, 2020" gives "October 10" → 2020-10-10 and "17, 2020"
 *       → 2020-10-17. A comma list with no year after it ("On November 10, 20 people died") is not a list.
 *   <li>Calendar ranges are one mention {@code START/END}, like year ranges: "10-17 October", "from May 3 to 7",
 *       "between 10 and 15 August" (days), "between October and December", "from January 2018 to June 2019"
 *       (months); a year-less end takes the other end's year. A dash needs no opener, "to"/"until"/"through"
 *       need "from", "and" needs "between". Weekdays and holidays are not merged ("between Friday and Jan. 2"
 *       names two days).
 *   <li>Month-level and year-level values: "November 2020", "November, 2020", "in November" (year worked
 *       out), bare years 1900–2099 only after in/since/during/until/throughout/from/by/of/before/after/between/
 *       through or early/mid/late ("since 1991"; "in 2000 troops" and "a total of 2000 people" are counts),
 *       decades "the 1990s"/"1990s"/"the '90s" → 199X, seasons "summer 2020" → 2020-SU.
 *   <li>Year ranges: "1988-94", "1988–1994", "from 1988 to 1994", and "between 2001 and 2003" → one range
 *       mention {@code 2001/2003} (one value keeps the pair together for consumers; the text shows both years).
 *   <li>Relative to the publication date (relative = true): today/tonight/yesterday/tomorrow, "on Saturday",
 *       "Saturday morning", last/this/next week|weekend|month|year|&lt;weekday&gt;|&lt;month&gt;, "earlier this
 *       week", "two years ago". A bare weekday is the latest one on or before publication unless the few words
 *       before it are future tense ("will", "would", "scheduled", "due to", "plan to" ...) or a present-tense
 *       fixture verb ("they travel to Millwall on Tuesday", "Rovers host Stoke on Saturday", "tickets go on sale
 *       on Thursday"), then the next one on or after. "on Wednesday next week" is that week's Wednesday.
 *       Weeks are ISO weeks ({@code 2020-W46}), weekends {@code 2020-W46-WE}.
 *   <li>Month-days without a year ("on November 20"; "May 1 last year" takes the year it names): the year
 *       that puts the date nearest the publication date
 *       (so more than ~6 months after it means last year's), forward when future tense, and not more than 60
 *       days ahead when past tense. With no publication date, the latest full date in the text is the reference
 *       (the rule); with none, {@code XXXX-11-20}. Holidays work the same way ("Christmas Eve",
 *       "New Year's Day", "Boxing Day", "Halloween", "Independence Day", "Bastille Day", "Anzac Day",
 *       "Valentine's Day", "Veterans Day"); movable ones are computed for the year found: Easter (Gregorian
 *       computus), Good Friday, Easter Monday, Ash Wednesday, "Easter weekend" (its ISO weekend), Memorial Day,
 *       Labor Day (US), Thanksgiving (US), Black Friday. "Easter 2019" takes its year; "every Christmas Day" is
 *       recurring. Lunar holidays (Diwali, Eid, Lunar New Year) are left out rather than guessed.
 *   <li>A weekday in a club's name is no date: "Sheffield Wednesday 2-1" (after a capitalised non-date word,
 *       before no lowercase word), and once a text shows such a name, "Wednesday, who have", "against
 *       Wednesday", "Wednesday's manager". "Wednesday on" a weekday with a preposition stays a date.
 *   <li>Business comparisons: after a quarter or half ("second-quarter profit", "the April-June period"),
 *       "a year earlier", "a year ago", "the same period last year" are that period a year before (2023-Q2);
 *       "the second half" in a business sentence is the half of the year the tense points at. Seasons with a
 *       modifier ("early spring", "late summer", "until mid-winter") are the season (2022-SP).
 *   <li>Tense: the nearest marker in the dozen words before the date ("will", "scheduled", past verbs; "by" is
 *       a deadline unless the clause is past); a schedule verb right before a weekday ("opens Thursday", "the
 *       final is Sunday"); "expected"/"will" in the few words after it; a weekday listed after another ("on
 *       Monday and Tuesday", "tomorrow and Sunday") reads like the first.
 *   <li>"five days later", "a week later", "the next day" count from the mention right before them (within
 *       250 chars); with no such date they are durations and are not tagged. Other durations ("44-day",
 *       "six weeks", "for one year", "nearly three decades", "over the following years") are never tagged; nor
 *       are schedules ("Monday-Friday", "is open Monday through Friday", "Monday through Sunday", "every
 *       Saturday"). A weekday span after "from" or in a clause with a tense is one range mention told like a
 *       single weekday: "met from Monday to Thursday" → 1985-07-01/1985-07-04, "will work Monday through
 *       Wednesday" the coming days.
 *   <li>A bare past year dates the months and month-days told after it in the same sentence ("first planned for
 *       2022, was postponed in February and again in October" → 2022-02, 2022-10), except a founding year
 *       ("founded in 1888") or a span to now ("since 2019"). "for 2024" and "its forecast for May" (after a plan
 *       or figure word) are the calendar period; "for 2000 people" is a count.
 *   <li>With no publication date, weekdays get TIMEX3's underspecified {@code XXXX-WXX-6}; expressions that
 *       count from the publication date ("yesterday", "last month") are skipped rather than guessed.
 *       {@link #tag(String, LocalDate, LocalDate)} takes a full date from outside the text (a photo caption)
 *       to stand in for the publication date.
 * </ul>
 * Prepositions join the mention text for month-, year-, decade- and weekday-level mentions ("in November 2020",
 * "since 1991", "on Saturday", "the 1990s"), not for calendar days ("November 20, 2020"), dashed ranges
 * ("1988-94") or after "of" ("the end of 2020" gives "2020"). Mentions never span a line break, never overlap,
 * and come sorted by start.
 *
 * <p>Thread-safe: the tagger holds only immutable tables; each call works on its own small scan state.
 */
public final class DateTagger {

    public DateTagger() {
    }

    /**
     * Tags every date in text; offsets are into text; publicationDate may be null. Thread-safe, no per-call
     * regex compilation. A null or empty text has no dates.
     */
    public List<DateMention> tag(String text, LocalDate publicationDate) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        return tag(text, publicationDate, null);
    }

    /**
     * Like {@link #tag(String, LocalDate)}, for a page that states no publication date but shows a full date
     * outside the tagged text that dates the page itself (a photo caption's "Moscow, November 14, 2020", a
     * dateline the extractor set aside): the later of {@code otherFullDate} and the latest full date the text
     * tells in the past tense (else its latest full date: a deadline ahead is no publication date) then stands
     * in for the publication date, weekdays and "yesterday" included. A stated publicationDate always wins; a
     * dateline opening the text ("AUSTIN, Texas, Nov. 8, 2023 /PRNewswire/ --") comes next; with none of these
     * only year-less dates borrow a year from the latest full date in the text, weekdays become
     * {@code XXXX-WXX-6} and "yesterday" is left out.
     */
    public List<DateMention> tag(String text, LocalDate publicationDate, LocalDate otherFullDate) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        if (publicationDate != null) {
            return new DateScan(text, publicationDate).run();
        }
        DateScan scan = new DateScan(text, null);
        List<DateMention> undated = scan.run();
        LocalDate dateline = scan.datelineDate();
        if (dateline != null) {
            return new DateScan(text, dateline).run(); // "AUSTIN, Texas, Nov. 8, 2023 /PRNewswire/ --"
        }
        if (otherFullDate == null) {
            return undated;
        }
        LocalDate reference = scan.latestToldFullDate();
        if (reference == null || otherFullDate.isAfter(reference)) {
            reference = otherFullDate;
        }
        return new DateScan(text, reference).run();
    }
}
