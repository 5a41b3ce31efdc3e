package io.newsflow.enrich.dates;

import static io.newsflow.enrich.dates.DateCandidate.FIXED;
import static io.newsflow.enrich.dates.DateCandidate.G_DAY;
import static io.newsflow.enrich.dates.DateCandidate.G_MONTH;
import static io.newsflow.enrich.dates.DateCandidate.G_OTHER;
import static io.newsflow.enrich.dates.DateCandidate.G_YEAR;
import static io.newsflow.enrich.dates.DateCandidate.MONTH_DAY;
import static io.newsflow.enrich.dates.DateCandidate.MONTH_ONLY;
import static io.newsflow.enrich.dates.DateCandidate.OFFSET;
import static io.newsflow.enrich.dates.DateLexicon.AGO;
import static io.newsflow.enrich.dates.DateLexicon.CONJ;
import static io.newsflow.enrich.dates.DateLexicon.C_AND;
import static io.newsflow.enrich.dates.DateLexicon.C_OR;
import static io.newsflow.enrich.dates.DateLexicon.C_TO;
import static io.newsflow.enrich.dates.DateLexicon.DAYPART;
import static io.newsflow.enrich.dates.DateLexicon.DEICTIC;
import static io.newsflow.enrich.dates.DateLexicon.D_LAST;
import static io.newsflow.enrich.dates.DateLexicon.D_NEXT;
import static io.newsflow.enrich.dates.DateLexicon.D_THIS;
import static io.newsflow.enrich.dates.DateLexicon.EARLIER_LATER;
import static io.newsflow.enrich.dates.DateLexicon.FISCAL;
import static io.newsflow.enrich.dates.DateLexicon.HOLIDAY;
import static io.newsflow.enrich.dates.DateLexicon.LATER;
import static io.newsflow.enrich.dates.DateLexicon.MODIFIER;
import static io.newsflow.enrich.dates.DateLexicon.MONTH;
import static io.newsflow.enrich.dates.DateLexicon.MONTH_ABBR;
import static io.newsflow.enrich.dates.DateLexicon.NUMBER;
import static io.newsflow.enrich.dates.DateLexicon.ON;
import static io.newsflow.enrich.dates.DateLexicon.PAST;
import static io.newsflow.enrich.dates.DateLexicon.QUANTIFIER;
import static io.newsflow.enrich.dates.DateLexicon.RELDAY;
import static io.newsflow.enrich.dates.DateLexicon.SEASON;
import static io.newsflow.enrich.dates.DateLexicon.SEQUENCE;
import static io.newsflow.enrich.dates.DateLexicon.S_NEXT;
import static io.newsflow.enrich.dates.DateLexicon.THE;
import static io.newsflow.enrich.dates.DateLexicon.TRIGGER;
import static io.newsflow.enrich.dates.DateLexicon.T_AFTER;
import static io.newsflow.enrich.dates.DateLexicon.T_BEFORE;
import static io.newsflow.enrich.dates.DateLexicon.T_BETWEEN;
import static io.newsflow.enrich.dates.DateLexicon.T_BY;
import static io.newsflow.enrich.dates.DateLexicon.T_DURING;
import static io.newsflow.enrich.dates.DateLexicon.T_FROM;
import static io.newsflow.enrich.dates.DateLexicon.T_IN;
import static io.newsflow.enrich.dates.DateLexicon.T_OF;
import static io.newsflow.enrich.dates.DateLexicon.T_SINCE;
import static io.newsflow.enrich.dates.DateLexicon.T_THROUGH;
import static io.newsflow.enrich.dates.DateLexicon.T_UNTIL;
import static io.newsflow.enrich.dates.DateLexicon.UNIT;
import static io.newsflow.enrich.dates.DateLexicon.U_DAY;
import static io.newsflow.enrich.dates.DateLexicon.U_MONTH;
import static io.newsflow.enrich.dates.DateLexicon.U_QUARTER;
import static io.newsflow.enrich.dates.DateLexicon.U_WEEK;
import static io.newsflow.enrich.dates.DateLexicon.U_WEEKEND;
import static io.newsflow.enrich.dates.DateLexicon.U_YEAR;
import static io.newsflow.enrich.dates.DateLexicon.WEEKDAY;
import static io.newsflow.enrich.dates.DateLexicon.WEEKDAY_ABBR;
import static io.newsflow.enrich.dates.DateLexicon.kind;
import static io.newsflow.enrich.dates.DateLexicon.value;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * One tagging run over one text: a single left-to-right pass over word starts, where each word that can open
 * a date (a number, a month, a weekday, a preposition, "the", "last", ...) tries the few shapes that start with
 * it by hand. {@link RelativeDateResolver} then fills in values that depend on other mentions.
 * Not thread-safe; {@link DateTagger} makes one per call.
 */
final class DateScan {

    private static final DateLexicon LEX = DateLexicon.MAIN;

    /** Most days one list may hold: "October 10, 17, 2020". */
    private static final int MAX_LIST = 8;
    /** Pseudo trigger values: no preposition before a month; an early/mid/late with no preposition. */
    private static final int NO_TRIGGER = 0, MODIFIER_ONLY = 99;

    private final String t;
    private final int n;
    private final LocalDate pub;
    private final ArrayList<DateCandidate> out = new ArrayList<>();
    // scratch for lists of days ("October 10, 17, 2020"); reused within the run
    private final int[] listStart = new int[MAX_LIST];
    private final int[] listEnd = new int[MAX_LIST];
    private final int[] listDay = new int[MAX_LIST];
    // the last weekday mention, so "on Monday and Tuesday" reads both days the same way
    /** Set by {@link #ofYear}: the year of " of 2022" / " of next year" and where that phrase ends. */
    private int ofYearValue;
    private int ofYearEnd;
    private boolean ofYearFiscal;
    /** Set by {@link #fiscalYearEnd} and {@link #fiscalCodeEnd}: the fiscal year read. */
    private int fiscalYearValue;
    private int lastWeekdayEnd = -1;
    private int lastWeekdayTense = ClauseTense.NONE;
    private LocalDate lastWeekdayDate;

    DateScan(String text, LocalDate publicationDate) {
        this.t = text;
        this.n = text.length();
        this.pub = publicationDate;
    }

    List<DateMention> run() {
        int i = 0;
        while (i < n) {
            char c = t.charAt(i);
            if (isAlnum(c)) {
                if (i == 0 || !isAlnum(t.charAt(i - 1))) {
                    int end = at(i);
                    if (end > i) {
                        i = end;
                        continue;
                    }
                }
                i++;
                while (i < n && isAlnum(t.charAt(i))) {
                    i++;
                }
            } else {
                i++;
            }
        }
        markRanges();
        return RelativeDateResolver.resolve(t, pub, out);
    }

    // ------------------------------------------------------------------ ranges of calendar dates

    /** Pseudo opener for {@link #rangeSecondMonth}: a list "in March and April", two mentions. */
    private static final int LIST_OF_MONTHS = -2;

    /** Farthest apart two range ends may be: "from 3 to 7 February", "from October 2023 to March 2024". */
    private static final int RANGE_GAP_MAX = 12;

    /**
     * "from May 3 to 7", "18-19 July", "between 10 and 15 August", "between June and August", "from January 1940
     * to June 1941": two calendar mentions joined by a range word become one range mention (joined by
     * {@link RelativeDateResolver} once both have values). A dash needs no opener; "to", "until", "through" need
     * "from" before the first end, "and" needs "between". Weekdays and holidays are not merged ("between Friday
     * and Jan. 2" names two days), nor are lists ("Dec. 26 and 27").
     */
    private void markRanges() {
        for (int k = 0; k + 1 < out.size(); k++) {
            DateCandidate a = out.get(k);
            DateCandidate b = out.get(k + 1);
            if (b.start - a.end <= RANGE_GAP_MAX && b.start >= a.end && calendarWords(a.start, a.end)
                    && calendarWords(b.start, b.end) && rangeConnector(a, b.start)) {
                a.joinsNext = true;
            }
        }
    }

    /** The text between a and b (at s) is a range word that a's opener allows, or a dash. */
    private boolean rangeConnector(DateCandidate a, int s) {
        int p = skipSpace(a.end);
        if (p < s && isDash(t.charAt(p))) {
            return skipSpace(p + 1) == s;
        }
        if (p == a.end || p >= s) {
            return false;
        }
        int we = wordEnd(p);
        if (skipSpace(we) != s || we == s) {
            return false;
        }
        int code = LEX.lookup(t, p, we);
        int opener = rangeOpener(a.start);
        if (code == (CONJ | C_AND)) {
            return opener == T_BETWEEN;
        }
        return opener == T_FROM && (code == (CONJ | C_TO) || code == (TRIGGER | T_UNTIL)
                || code == (TRIGGER | T_THROUGH));
    }

    /** T_FROM or T_BETWEEN when the mention at start begins with, or comes right after, "from"/"between"; else 0. */
    private int rangeOpener(int start) {
        int we = wordEnd(start);
        int code = we > start ? LEX.lookup(t, start, we) : 0;
        if (code != (TRIGGER | T_FROM) && code != (TRIGGER | T_BETWEEN)) {
            code = prevWordCode(start);
        }
        return code == (TRIGGER | T_FROM) ? T_FROM : code == (TRIGGER | T_BETWEEN) ? T_BETWEEN : 0;
    }

    /** Only numbers, month names, prepositions, early/mid/late, "the" and "of" in [s, e): a calendar date. */
    private boolean calendarWords(int s, int e) {
        boolean dated = false;
        int p = s;
        while (p < e) {
            char c = t.charAt(p);
            if (isDigit(c)) {
                dated = true;
                p = digitEnd(p);
                continue;
            }
            if (!isLetter(c)) {
                p++;
                continue;
            }
            int we = Math.min(wordEnd(p), e);
            int k = kind(LEX.lookup(t, p, we));
            if (k == MONTH || k == MONTH_ABBR) {
                dated = true;
            } else if (k != TRIGGER && k != MODIFIER && k != THE && k != DEICTIC && LEX.lookup(t, p, we) != (UNIT | U_YEAR)
                    && !(p > s && isDigit(t.charAt(p - 1)))) {
                return false; // a weekday, a holiday, "next"...; letters right after digits are "3rd", "7th"
            }
            p = we;
        }
        return dated;
    }

    /**
     * After a month-level range start opened by "from"/"between" and ending at p: the second month ("between June
     * and August", "from late June to early August", "between May and September 2015"), emitted as its own
     * candidate with the first one's tense; its end, or -1 (nothing emitted). With LIST_OF_MONTHS, the second
     * month of a list ("in March and April").
     */
    private int rangeSecondMonth(int p, int opener, int tense) {
        int r = skipSpace(p);
        if (r >= n || opener == 0) {
            return -1;
        }
        int s;
        if (isDash(t.charAt(r)) && opener != LIST_OF_MONTHS) {
            s = skipSpace(r + 1);
        } else {
            int we = wordEnd(r);
            int code = we > r ? LEX.lookup(t, r, we) : 0;
            boolean sep = opener == T_BETWEEN ? code == (CONJ | C_AND)
                    : opener == LIST_OF_MONTHS ? code == (CONJ | C_AND) || code == (CONJ | C_OR)
                    : code == (CONJ | C_TO) || code == (TRIGGER | T_UNTIL) || code == (TRIGGER | T_THROUGH);
            s = skipSpace(we);
            if (r == p || !sep || s == we) {
                return -1;
            }
        }
        int modStart = s;
        int we = wordEnd(s);
        int code = we > s ? LEX.lookup(t, s, we) : 0;
        if (kind(code) == MODIFIER) {
            s = we < n && t.charAt(we) == '-' ? we + 1 : skipSpace(we);
            if (s == we || s >= n) {
                return -1;
            }
            we = wordEnd(s);
            code = we > s ? LEX.lookup(t, s, we) : 0;
        }
        if (kind(code) != MONTH || !capitalized(s, we) || (we < n && isDigit(t.charAt(we)))) {
            return -1;
        }
        int before = out.size();
        int end = month(s, we, code, modStart, T_IN);
        if (end < 0 || out.size() != before + 1 || out.get(before).kind == MONTH_DAY) {
            while (out.size() > before) {
                out.remove(out.size() - 1);
            }
            return -1;
        }
        out.get(before).tense = tense;
        return end;
    }

    /**
     * After {@link #run()}: the latest full date (day, month and year all written) among the mentions, or null.
     * With no publication date it stands in for one: news text rarely mentions days after its own date.
     */
    LocalDate latestFullDate() {
        LocalDate latest = null;
        for (DateCandidate c : out) {
            LocalDate d = c.gran == G_DAY && c.explicitYear ? c.anchorDate() : null;
            if (d != null && (latest == null || d.isAfter(latest))) {
                latest = d;
            }
        }
        return latest;
    }

    /** How far into the text a wire or press-release dateline's date may start ("AUSTIN, Texas, Nov. 8, 2023"). */
    private static final int DATELINE_MAX_START = 120;

    /**
     * After {@link #run()}: the full date of a dateline opening the text ("AUSTIN, Texas, Nov. 8, 2023
     * /PRNewswire/ --", "LONDON, 3 March 2019 (Reuters) -"), or null. A dateline dates the story itself, so it
     * can stand in for a missing publication date.
     */
    LocalDate datelineDate() {
        for (DateCandidate c : out) {
            if (c.start >= DATELINE_MAX_START) {
                return null;
            }
            if (c.gran != G_DAY || !c.explicitYear || c.relative) {
                continue;
            }
            for (int k = 0; k < c.start; k++) {
                char ch = t.charAt(k);
                boolean lowerWord = isLowerLetter(ch) && (k == 0 || !isLetter(t.charAt(k - 1)));
                if ((ch == '\n' && k > 0 && k + 1 < c.start) || lowerWord) {
                    return null; // not on the opening line, or after a lowercase word: a sentence, not "AUSTIN, Texas,"
                }
            }
            int p = skipSpace(c.end);
            if (p < n) {
                char d = t.charAt(p);
                if (d == '/' || d == '(' || d == '\u2014' || d == '\u2013' || (d == '-' && p + 1 < n
                        && (t.charAt(p + 1) == '-' || isSpace(t.charAt(p + 1))))) {
                    return c.anchorDate();
                }
            }
            return null;
        }
        return null;
    }

    /**
     * After {@link #run()}: the latest full date the text tells in the past tense ("a circular issued on
     * 13/03/2019"), else {@link #latestFullDate()}. A story cannot report as done what happens after it was
     * written, while the latest date of all is often a deadline ahead ("the portal will shut on 04/04/2019").
     */
    LocalDate latestToldFullDate() {
        LocalDate latest = null;
        for (DateCandidate c : out) {
            LocalDate d = c.gran == G_DAY && c.explicitYear ? c.anchorDate() : null;
            if (d != null && (latest == null || d.isAfter(latest))
                    && ClauseTense.before(t, c.start) == ClauseTense.PAST) {
                latest = d;
            }
        }
        return latest != null ? latest : latestFullDate();
    }

    // ------------------------------------------------------------------ entry points

    private int at(int i) {
        if (isDigit(t.charAt(i))) {
            return atNumber(i);
        }
        int e = wordEnd(i);
        if (e == i + 1 && t.charAt(i) == 'Q' && e < n) {
            return quarterCode(i);
        }
        if (e == i + 2 && t.charAt(i) == 'F' && t.charAt(i + 1) == 'Y') {
            return fiscalCode(i);
        }
        if (e == i || (e < n && isDigit(t.charAt(e)))) {
            return -1;
        }
        int code = LEX.lookup(t, i, e);
        if (code == 0) {
            return -1;
        }
        int v = value(code);
        switch (kind(code)) {
            case MONTH:
            case MONTH_ABBR:
                return capitalized(i, e) ? month(i, e, code, -1, NO_TRIGGER) : -1;
            case WEEKDAY:
                return capitalized(i, e) ? weekday(i, e, v, -1) : -1;
            case WEEKDAY_ABBR:
                return capitalized(i, e) ? weekdayAbbreviation(i, e) : -1;
            case ON:
                return on(i, e);
            case TRIGGER: {
                int q = skipSpace(e);
                return q > e ? afterTrigger(i, q, v) : -1;
            }
            case MODIFIER:
                return afterTrigger(i, i, MODIFIER_ONLY);
            case THE:
                return the(i, e);
            case RELDAY:
                return relativeDay(i, e, v - 8, i);
            case DEICTIC:
                return deictic(i, e, v, i);
            case EARLIER_LATER:
                return earlierLater(i, e);
            case NUMBER: {
                int q = skipSpace(e);
                if (v == 1 && q > e && q < n && isDigit(t.charAt(q))) {
                    int r = yearBeforeNoun(q, digitEnd(q));
                    if (r > 0) {
                        return r; // "a 1954 agreement"
                    }
                }
                return offset(i, e, v);
            }
            case HOLIDAY:
                return capitalized(i, e) ? holiday(i, e, v) : -1;
            case SEASON:
                return season(i, e, v, i);
            case QUANTIFIER:
                return ordinalPeriod(i, i, e);
            case FISCAL:
                return fiscalYear(i, e);
            default:
                return -1;
        }
    }

    private int atNumber(int i) {
        if (i > 1 && (t.charAt(i - 1) == '\'' || t.charAt(i - 1) == '\u2019') && isSpace(t.charAt(i - 2))) {
            return twoDigitDecade(i, i - 1); // "the 1960s and '70s": the apostrophe form needs no "the"
        }
        if (i > 0 && !numberMayStartAfter(t.charAt(i - 1))) {
            return -1;
        }
        int de = digitEnd(i);
        int len = de - i;
        if (len == 4) {
            int y = parse(i, de);
            int r = isoDateOrYearRange(i, de, y);
            if (r > 0) {
                return r;
            }
            r = decade(i, de, i);
            if (r < 0 && prevWordIs(i, DateLexicon.POSSESSIVES, false)) {
                return yearBeforeNoun(i, de); // "her 1977 report", "its 2019 level"
            }
            if (r < 0 && prevWordIs(i, DateLexicon.FOR, false)) {
                return yearAfterFor(i, de, y); // "targets for 2024", "first planned for 2022"
            }
            return r;
        }
        if (len <= 2) {
            int v = parse(i, de);
            int r = slashDate(i, de, v);
            if (r > 0) {
                return r;
            }
            r = dayFirst(i, de, v);
            return r > 0 ? r : numericOffset(i, de, v);
        }
        if (len == 3) {
            return numericOffset(i, de, parse(i, de));
        }
        return -1;
    }

    /** Numbers glued to these are parts of something else: "COVID-19", "13:01", "$2020", "2,000", "v1.2". */
    private static boolean numberMayStartAfter(char p) {
        switch (p) {
            case '-': case '/': case '.': case ',': case ':': case '#': case '$': case '€': case '£':
            case '+': case '@': case '_': case '\'': case '\u2019': case '&': case '=': case '%': case '\u2116':
                return false;
            default:
                return true;
        }
    }

    // ------------------------------------------------------------------ numeric forms

    /** "2020-11-10", "2020/11/10", "1988-94", "1988–1994", "1988 - 1994", "2020-11" (ISO month). */
    private int isoDateOrYearRange(int i, int de, int y) {
        if (de >= n) {
            return -1;
        }
        char c = t.charAt(de);
        if ((c == '-' || c == '/') && de + 1 < n && isDigit(t.charAt(de + 1))) {
            int me = digitEnd(de + 1);
            int mlen = me - (de + 1);
            if (mlen == 2 && me + 1 < n && t.charAt(me) == c && isDigit(t.charAt(me + 1))) {
                int dEnd = digitEnd(me + 1);
                if (dEnd - (me + 1) != 2 || !isoDateEnds(dEnd)) {
                    return -1;
                }
                int m = parse(de + 1, me);
                int d = parse(me + 1, dEnd);
                if (y < 1000 || !Timex.isValid(y, m, d)) {
                    return -1;
                }
                fixedDay(i, dEnd, y, m, d);
                return dEnd;
            }
            if (c == '/' && numberEnds(me)) {
                // "2019/20", "1985/86": a financial year or season spans two consecutive years
                int second = parse(de + 1, me);
                boolean next = mlen == 2 ? second == (y + 1) % 100 : mlen == 4 && second == y + 1;
                return next ? yearRange(i, me, y, y + 1) : -1;
            }
            if (c != '-' || !numberEnds(me)) {
                return -1;
            }
            if (mlen == 2) {
                int second = parse(de + 1, me);
                int to = y / 100 * 100 + second;
                if (to > y) {
                    return yearRange(i, me, y, to);
                }
                if (second >= 1 && second <= 12 && y >= 1900 && y <= 2099) {
                    fixedMonth(i, me, y, second);
                    return me;
                }
                return -1;
            }
            return mlen == 4 ? yearRange(i, me, y, parse(de + 1, me)) : -1;
        }
        // en/em dash, or a spaced hyphen: "1988–94", "1988 – 1994", "1988 - 1994"
        int p = skipSpace(de);
        if (p >= n) {
            return -1;
        }
        char d = t.charAt(p);
        if (d == '\u2013' || d == '\u2014' || (d == '-' && p > de)) {
            int q = skipSpace(p + 1);
            if (q < n && isDigit(t.charAt(q)) && (d != '-' || q > p + 1)) {
                int e2 = digitEnd(q);
                if (!numberEnds(e2)) {
                    return -1;
                }
                if (e2 - q == 2) {
                    return yearRange(i, e2, y, y / 100 * 100 + parse(q, e2));
                }
                if (e2 - q == 4) {
                    return yearRange(i, e2, y, parse(q, e2));
                }
            }
        }
        return -1;
    }

    private int yearRange(int start, int end, int from, int to) {
        if (from < 1800 || to > 2099 || to <= from || to - from > 100 || followedByMeasure(end)) {
            return -1;
        }
        DateCandidate c = add(start, end, FIXED);
        c.value = Timex.range(from, to);
        c.gran = G_OTHER;
        return end;
    }

    /** "1990s", "1990's": start may be earlier ("the 1990s", "mid-1990s"). */
    private int decade(int q, int de, int start) {
        if (de - q != 4 || de >= n) {
            return -1;
        }
        int y = parse(q, de);
        if (y % 10 != 0 || y < 1100 || y > 2090) {
            return -1;
        }
        int p = de;
        char c = t.charAt(p);
        if (c == 's') {
            p++;
        } else if ((c == '\'' || c == '\u2019') && p + 1 < n && t.charAt(p + 1) == 's' && (start < q || y < 2000)) {
            p += 2; // "the 1990's", "1980's"; but a bare "2020's election" is a possessive year
        } else {
            return -1;
        }
        if (p < n && isAlnum(t.charAt(p))) {
            return -1;
        }
        DateCandidate cand = add(start, p, FIXED);
        // "the 1800s", "the mid-1900s" name a century; "the 2000s" is the decade 2000-2009 in news use
        cand.value = y % 100 == 0 && y < 2000 ? Timex.century(y / 100) : Timex.decade(y);
        cand.gran = G_OTHER;
        return p;
    }

    /** "the '90s", "the 90s": only 30..90, where the century is not in doubt. */
    private int twoDigitDecade(int q, int start) {
        int de = digitEnd(q);
        if (de - q != 2 || de >= n || t.charAt(de) != 's' || (de + 1 < n && isAlnum(t.charAt(de + 1)))) {
            return -1;
        }
        int yy = parse(q, de);
        if (yy % 10 != 0 || yy < 30) {
            return -1;
        }
        DateCandidate c = add(start, de + 1, FIXED);
        c.value = Timex.decade(1900 + yy);
        c.gran = G_OTHER;
        return de + 1;
    }

    /**
     * "25/12/2020", "12/25/2020", "11/11/2020"; "10/11/2020" only if the page shows its order (slashOrder) or
     * only one reading lies near the publication date. Dotted "2.10.2024", "21.06.2021" are day-first (the
     * European and Indian way; US copy does not write dates with points).
     */
    private int slashDate(int i, int de, int a) {
        if (de >= n || (t.charAt(de) != '/' && t.charAt(de) != '.')) {
            return -1;
        }
        char sep = t.charAt(de);
        int p = de + 1;
        int e2 = digitEnd(p);
        if (e2 - p < 1 || e2 - p > 2 || e2 >= n || t.charAt(e2) != sep) {
            return -1;
        }
        int b = parse(p, e2);
        int p3 = e2 + 1;
        int e3 = digitEnd(p3);
        if (e3 - p3 != 4 || !numberEnds(e3) || (e3 < n && t.charAt(e3) == sep && e3 + 1 < n && isDigit(t.charAt(e3 + 1)))
                || (e3 < n && t.charAt(e3) == '/')) {
            return -1;
        }
        int y = parse(p3, e3);
        int month;
        int day;
        if (a > 12 && b <= 12) {
            day = a;
            month = b;
        } else if (b > 12 && a <= 12) {
            month = a;
            day = b;
        } else if (a == b) {
            month = a;
            day = a;
        } else if (sep == '.' || slashOrder() == SLASH_DAY_FIRST) {
            day = a;
            month = b;
        } else if (slashOrder() == SLASH_MONTH_FIRST) {
            month = a;
            day = b;
        } else {
            int nearer = readingNearPublication(y, a, b);
            if (nearer == SLASH_DAY_FIRST) {
                day = a;
                month = b;
            } else if (nearer == SLASH_MONTH_FIRST) {
                month = a;
                day = b;
            } else {
                return -1;
            }
        }
        if (y < 1000 || !Timex.isValid(y, month, day)) {
            return -1;
        }
        fixedDay(i, e3, y, month, day);
        return e3;
    }

    private static final int SLASH_UNKNOWN = 0, SLASH_DAY_FIRST = 1, SLASH_MONTH_FIRST = 2, SLASH_NEITHER = 3;
    /** A numeric date this close to the publication date is the story's own news; the other reading must be
     *  far off for the closeness to decide the order. */
    private static final int NEAR_PUBLICATION_DAYS = 31, FAR_FROM_PUBLICATION_DAYS = 62;

    /** "03/10/2023" in a story of 14 March 2023: 10 March is four days back, 3 October half a year ahead. */
    private int readingNearPublication(int y, int a, int b) {
        if (pub == null || !Timex.isValid(y, a, b) || !Timex.isValid(y, b, a)) {
            return SLASH_NEITHER;
        }
        long monthFirst = Math.abs(java.time.temporal.ChronoUnit.DAYS.between(pub, LocalDate.of(y, a, b)));
        long dayFirst = Math.abs(java.time.temporal.ChronoUnit.DAYS.between(pub, LocalDate.of(y, b, a)));
        if (monthFirst <= NEAR_PUBLICATION_DAYS && dayFirst >= FAR_FROM_PUBLICATION_DAYS) {
            return SLASH_MONTH_FIRST;
        }
        if (dayFirst <= NEAR_PUBLICATION_DAYS && monthFirst >= FAR_FROM_PUBLICATION_DAYS) {
            return SLASH_DAY_FIRST;
        }
        return SLASH_NEITHER;
    }
    private int slashOrder = SLASH_UNKNOWN;

    /**
     * The order this text writes numeric dates in, read once from its unambiguous ones: "14/03/2019" makes
     * "04/03/2019" on the same page 4 March, "12/25/2020" makes "10/11/2020" October 11. A page that shows
     * both orders, or neither, leaves ambiguous dates alone.
     */
    private int slashOrder() {
        if (slashOrder != SLASH_UNKNOWN) {
            return slashOrder;
        }
        boolean dayFirst = false;
        boolean monthFirst = false;
        for (int k = t.indexOf('/'); k >= 0; k = t.indexOf('/', k + 1)) {
            int as = k;
            while (as > 0 && isDigit(t.charAt(as - 1)) && k - as < 3) {
                as--;
            }
            int be = digitEnd(k + 1);
            if (k - as < 1 || k - as > 2 || be - (k + 1) < 1 || be - (k + 1) > 2 || be >= n || t.charAt(be) != '/'
                    || digitEnd(be + 1) - (be + 1) != 4
                    || (as > 0 && isAlnum(t.charAt(as - 1)))) {
                continue;
            }
            int a = parse(as, k);
            int b = parse(k + 1, be);
            if (a > 12 && a <= 31 && b >= 1 && b <= 12) {
                dayFirst = true;
            } else if (b > 12 && b <= 31 && a >= 1 && a <= 12) {
                monthFirst = true;
            }
            k = be;
        }
        if (!monthFirst && dottedDateOnPage()) {
            dayFirst = true; // "2.10.2024" elsewhere on the page: it writes day-first
        }
        slashOrder = dayFirst == monthFirst ? SLASH_NEITHER : dayFirst ? SLASH_DAY_FIRST : SLASH_MONTH_FIRST;
        return slashOrder;
    }

    /** Some "d.m.yyyy" on the page (digits, point, digits, point, four digits). */
    private boolean dottedDateOnPage() {
        for (int k = t.indexOf('.'); k >= 0; k = t.indexOf('.', k + 1)) {
            if (k == 0 || !isDigit(t.charAt(k - 1))) {
                continue;
            }
            int be = digitEnd(k + 1);
            if (be - (k + 1) >= 1 && be - (k + 1) <= 2 && be < n && t.charAt(be) == '.'
                    && digitEnd(be + 1) - (be + 1) == 4) {
                return true;
            }
        }
        return false;
    }

    /** "31 January 2021", "31st of January", "10 and 17 October 2020", "1 Dec." */
    private int dayFirst(int i, int de, int d0) {
        if (d0 < 1 || d0 > 31) {
            return -1;
        }
        int p = ordinalEnd(de);
        if (p < 0) {
            return -1;
        }
        int count = 1;
        listStart[0] = i;
        listEnd[0] = p;
        listDay[0] = d0;
        while (count < MAX_LIST) {
            int q = listSeparatorEnd(p, true);
            if (q < 0 || q >= n || !isDigit(t.charAt(q))) {
                break;
            }
            int e2 = digitEnd(q);
            int d = e2 - q <= 2 ? parse(q, e2) : 0;
            int oe = d >= 1 && d <= 31 ? ordinalEnd(e2) : -1;
            if (oe < 0) {
                break;
            }
            listStart[count] = q;
            listEnd[count] = oe;
            listDay[count] = d;
            count++;
            p = oe;
        }
        int q = skipSpace(p);
        if (q == p || q >= n) {
            return -1;
        }
        int we = wordEnd(q);
        if (we > q && LEX.lookup(t, q, we) == (TRIGGER | T_OF)) {
            int q2 = skipSpace(we);
            if (q2 == we) {
                return -1;
            }
            q = q2;
            we = wordEnd(q);
        }
        int code = we > q ? LEX.lookup(t, q, we) : 0;
        if ((kind(code) != MONTH && kind(code) != MONTH_ABBR) || !capitalized(q, we)
                || (we < n && isDigit(t.charAt(we)))) {
            return -1;
        }
        int m = value(code);
        int me = abbreviationEnd(we, code);
        int year = -1;
        int yEnd = -1;
        int r = skipSpace(me);
        if (r < n && t.charAt(r) == ',') {
            r = skipSpace(r + 1);
        }
        if (r > me && r < n && isDigit(t.charAt(r))) {
            int e3 = digitEnd(r);
            if (e3 - r == 4 && numberEnds(e3) && !followedByMeasure(e3)) {
                int y = parse(r, e3);
                if (y >= 1000 && y <= 2999) {
                    year = y;
                    yEnd = e3;
                }
            }
        }
        int last = count - 1;
        listEnd[last] = year > 0 ? yEnd : me;
        emitDays(count, m, year);
        return listEnd[last];
    }

    /** "3 days ago", "44 days later" (the latter only with a date before it to count from). */
    private int numericOffset(int i, int de, int amount) {
        if (de < n && isAlnum(t.charAt(de))) {
            return -1;
        }
        return offset(i, de, amount);
    }

    // ------------------------------------------------------------------ month-led forms

    /**
     * "November 10, 2020", "Nov. 10", "October 10, 17, 2020", "November 2020", "November of 2020", and with
     * a trigger before it ("in", "since", "early") the month alone. A trigger joins the mention text only for
     * month-level values ("in November 2020"), not for calendar days ("on November 20" gives "November 20").
     */
    private int month(int i, int e, int code, int trigStart, int trig) {
        int m = value(code);
        boolean abbr = kind(code) == MONTH_ABBR;
        if (e + 1 < n && isDash(t.charAt(e)) && trigStart < 0) {
            int r = monthSpanPeriod(i, e, m);
            if (r > 0) {
                return r;
            }
        }
        int p = abbreviationEnd(e, code);
        int q = skipSpace(p);
        if (q > p && q < n && isDigit(t.charAt(q))) {
            int de = digitEnd(q);
            int len = de - q;
            if (len <= 2) {
                return monthFirstDays(i, q, de, m);
            }
            if (len == 4 && numberEnds(de) && !followedByMeasure(de)) {
                int y = parse(q, de);
                if (y >= 1000 && y <= 2999) {
                    fixedMonth(trigStart >= 0 ? trigStart : i, de, y, m);
                    int r = trigStart >= 0 ? rangeSecondMonth(de, rangeOpener(trigStart), ClauseTense.NONE) : -1;
                    return r > 0 ? r : de;
                }
            }
            return -1;
        }
        if (q < n && t.charAt(q) == ',') {
            // "in August, 1959" (older style, still in wire copy)
            int r = skipSpace(q + 1);
            int de = digitEnd(r);
            if (r > q + 1 && de - r == 4 && numberEnds(de) && !followedByMeasure(de)) {
                int y = parse(r, de);
                if (y >= 1000 && y <= 2999) {
                    fixedMonth(trigStart >= 0 ? trigStart : i, de, y, m);
                    return de;
                }
            }
        }
        if (q > p && q < n) {
            int we = wordEnd(q);
            if (we > q && LEX.lookup(t, q, we) == (TRIGGER | T_OF)) {
                int r = skipSpace(we);
                int de = digitEnd(r);
                if (r > we && de - r == 4 && numberEnds(de)) {
                    int y = parse(r, de);
                    if (y >= 1000 && y <= 2999) {
                        fixedMonth(trigStart >= 0 ? trigStart : i, de, y, m);
                        return de;
                    }
                }
            }
        }
        if (trigStart >= 0 && !abbr) {
            int opener = rangeOpener(trigStart);
            if (!monthAloneAllowed(m, trig) && opener == 0) {
                return -1;
            }
            DateCandidate c = add(trigStart, e, MONTH_ONLY);
            c.month = m;
            c.tense = ClauseTense.before(t, trigStart);
            int r = rangeSecondMonth(e, opener != 0 ? opener : LIST_OF_MONTHS, c.tense);
            if (r < 0 && !monthAloneAllowed(m, trig)) {
                out.remove(out.size() - 1); // "from May" alone may be Theresa May; "from May to July" is a range
                return -1;
            }
            return r > 0 ? r : e;
        }
        if (trigStart < 0 && !abbr && capitalized(i, e)) {
            int forStart = forAfterCalendarTarget(i);
            if (forStart >= 0) {
                // "its forecast for May", "targets for March": the month a plan or a figure is for
                DateCandidate c = add(forStart, e, MONTH_ONLY);
                c.month = m;
                c.tense = ClauseTense.before(t, forStart);
                if (prevWordIs(forStart, DateLexicon.FORWARD_TARGET_WORDS, false)) {
                    c.tense = ClauseTense.FUTURE; // a forecast or a target is for a month ahead, even when told
                } else if (c.tense == ClauseTense.NONE) {
                    c.tense = ClauseTense.PAST; // "sales for March": a month's figures are reported after it
                }
                return e;
            }
        }
        if (trigStart < 0 && !abbr && m != 5 && capitalized(i, e)) {
            return monthWithoutTrigger(i, e, m);
        }
        return -1;
    }

    /** Start of "for" right before i when the word before it is a plan or a figure ("forecast for"), else -1. */
    private int forAfterCalendarTarget(int i) {
        if (!prevWordIs(i, DateLexicon.FOR, false)) {
            return -1;
        }
        int p = skipSpacesBack(t, i);
        int forStart = p - 3;
        return prevWordIs(forStart, DateLexicon.CALENDAR_TARGET_WORDS, false) ? forStart : -1;
    }

    /**
     * A month named with no preposition that marks time, where its use still makes it one: a modifier ("the
     * January jobs report", "the March meeting") or, in business copy, the object of a comparison or target
     * ("price the first cut for June, compared with March in early January"). "May" is left out (a name as often as a month);
     * "the March for Our Lives" is not a modifier (a function word follows).
     */
    private int monthWithoutTrigger(int i, int e, int m) {
        int q = skipSpace(e);
        boolean modifier = kind(prevWordCode(i)) == THE && q > e && q < n && isLowerLetter(t.charAt(q))
                && !isFunctionWord(q, wordEnd(q)) && !DateLexicon.NOT_AFTER_MONTH_MODIFIER.contains(t, q, wordEnd(q));
        boolean object = !modifier && prevWordIs(i, DateLexicon.MONTH_OBJECT_BEFORE, false)
                && (e >= n || t.charAt(e) == ',' || t.charAt(e) == '.' || t.charAt(e) == ';'
                || (q > e && q < n && isFunctionWord(q, wordEnd(q)))) && businessSentence(i);
        if (!modifier && !object) {
            return -1;
        }
        DateCandidate c = add(i, e, MONTH_ONLY);
        c.month = m;
        c.tense = ClauseTense.before(t, i);
        return e;
    }

    /**
     * "the April-June period", "the July-September quarter": a calendar quarter named by its months, of the
     * latest such quarter begun by publication (ahead when the clause is future); null with no publication date.
     */
    private int monthSpanPeriod(int i, int e, int m) {
        int s = e + 1;
        int we = wordEnd(s);
        int code = we > s ? LEX.lookup(t, s, we) : 0;
        if (kind(code) != MONTH || !capitalized(s, we) || (m - 1) % 3 != 0 || value(code) != m + 2 || pub == null) {
            return -1;
        }
        int r = skipSpace(we);
        int re = r > we && r < n ? wordEnd(r) : r;
        if (!(isWord(r, re, "period") || isWord(r, re, "quarter"))) {
            return -1;
        }
        int start = i >= 4 && t.regionMatches(true, i - 4, "the ", 0, 4) ? i - 4 : i;
        int q = (m - 1) / 3 + 1;
        int y = pub.getYear();
        if (m > pub.getMonthValue()) {
            y--; // not begun yet this year: last year's
        }
        if (ClauseTense.before(t, start) == ClauseTense.FUTURE && m + 2 < pub.getMonthValue()) {
            y = pub.getYear() + 1;
        }
        DateCandidate c = add(start, re, FIXED);
        c.value = Timex.quarter(y, q);
        c.gran = G_OTHER;
        c.relative = true;
        return re;
    }

    /** A bare month is a date after these; "May" needs stronger evidence ("a speech by May" is Theresa May). */
    private static boolean monthAloneAllowed(int m, int trig) {
        switch (trig) {
            case T_IN: case T_SINCE: case T_DURING: case T_UNTIL: case MODIFIER_ONLY:
            case DateLexicon.T_THROUGHOUT:
                return true;
            case T_FROM: case T_BY: case T_OF: case T_BEFORE: case T_AFTER: case T_BETWEEN: case T_THROUGH:
                return m != 5;
            default:
                return false;
        }
    }

    private int monthFirstDays(int monthStart, int q, int de, int m) {
        int d0 = parse(q, de);
        if (d0 < 1 || d0 > 31 || !dayNumberEnds(de)) {
            return -1;
        }
        int p = ordinalEnd(de);
        if (p < 0) {
            return -1;
        }
        int count = 1;
        listStart[0] = monthStart;
        listEnd[0] = p;
        listDay[0] = d0;
        boolean commaList = false;
        int year = -1;
        while (count < MAX_LIST) {
            int r = skipSpace(p);
            if (r < n && t.charAt(r) == ',') {
                int s = skipSpace(r + 1);
                if (s < n && isDigit(t.charAt(s))) {
                    int e2 = digitEnd(s);
                    if (e2 - s == 4) {
                        year = yearAt(s, e2);
                        if (year > 0) {
                            listEnd[count - 1] = e2;
                        }
                        break;
                    }
                    int d = e2 - s <= 2 ? parse(s, e2) : 0;
                    int oe = d >= 1 && d <= 31 && dayNumberEnds(e2) ? ordinalEnd(e2) : -1;
                    if (oe < 0) {
                        break;
                    }
                    listStart[count] = s;
                    listEnd[count] = oe;
                    listDay[count] = d;
                    count++;
                    commaList = true;
                    p = oe;
                    continue;
                }
            } else if (r > p && r < n && isDigit(t.charAt(r))) {
                // "November 10 2020"
                int e2 = digitEnd(r);
                if (e2 - r == 4) {
                    year = yearAt(r, e2);
                    if (year > 0) {
                        listEnd[count - 1] = e2;
                    }
                }
                break;
            }
            int s = listSeparatorEnd(p, true);
            if (s < 0 || s >= n || !isDigit(t.charAt(s))) {
                break;
            }
            int e2 = digitEnd(s);
            int d = e2 - s <= 2 ? parse(s, e2) : 0;
            int oe = d >= 1 && d <= 31 && dayNumberEnds(e2) ? ordinalEnd(e2) : -1;
            if (oe < 0) {
                break;
            }
            listStart[count] = s;
            listEnd[count] = oe;
            listDay[count] = d;
            count++;
            p = oe;
        }
        boolean yearFromPublication = false;
        if (year < 0 && pub != null) {
            // "May 1 last year", "March 3 next year"
            int r = skipSpace(listEnd[count - 1]);
            int re = wordEnd(r);
            int c1 = re > r ? LEX.lookup(t, r, re) : 0;
            if (r > listEnd[count - 1] && kind(c1) == DEICTIC) {
                int s2 = skipSpace(re);
                int se = wordEnd(s2);
                if (s2 > re && se > s2 && LEX.lookup(t, s2, se) == (UNIT | U_YEAR)
                        && !(se < n && isAlnum(t.charAt(se)))) {
                    int v1 = value(c1);
                    year = pub.getYear() + (v1 == D_LAST ? -1 : v1 == D_NEXT ? 1 : 0);
                    listEnd[count - 1] = se;
                    yearFromPublication = true;
                }
            }
        }
        if (year < 0 && count > 1) {
            // "On November 10, 20 people died": a comma list needs its year to be a list of dates at all,
            // and "October 10 and 17 people" is a count.
            if (commaList || countNounFollows(listEnd[count - 1])) {
                count = 1;
            }
        }
        int before = out.size();
        emitDays(count, m, year);
        if (yearFromPublication) {
            for (int k = before; k < out.size(); k++) {
                out.get(k).relative = true;
                out.get(k).explicitYear = false;
            }
        }
        return listEnd[count - 1];
    }

    private int yearAt(int s, int e) {
        if (!numberEnds(e) || followedByMeasure(e)) {
            return -1;
        }
        int y = parse(s, e);
        return y >= 1000 && y <= 2999 ? y : -1;
    }

    /** Emits listDay[0..count) of month m; with year < 0 their year is worked out later. */
    private void emitDays(int count, int m, int year) {
        int tense = year < 0 ? ClauseTense.before(t, listStart[0]) : ClauseTense.NONE;
        for (int k = 0; k < count; k++) {
            int d = listDay[k];
            if (year > 0) {
                if (Timex.isValid(year, m, d)) {
                    fixedDay(listStart[k], listEnd[k], year, m, d);
                }
            } else if (d <= Timex.maxDayOfMonth(m)) {
                DateCandidate c = add(listStart[k], listEnd[k], MONTH_DAY);
                c.month = m;
                c.day = d;
                c.tense = tense;
            }
        }
    }

    /** After a day number: ", " / "and" / "&" / "-" / "to" / "through" before the next day; -1 if none. */
    private int listSeparatorEnd(int p, boolean allowComma) {
        int r = skipSpace(p);
        if (r >= n) {
            return -1;
        }
        char c = t.charAt(r);
        if (c == ',' && allowComma) {
            int s = skipSpace(r + 1);
            int we = wordEnd(s);
            int code = we > s ? LEX.lookup(t, s, we) : 0;
            if (code == (CONJ | C_AND) || code == (CONJ | C_OR)) {
                return skipSpace(we);
            }
            return s;
        }
        if (c == '&' || c == '-' || c == '\u2013' || c == '\u2014') {
            return skipSpace(r + 1);
        }
        if (r == p) {
            return -1;
        }
        int we = wordEnd(r);
        int code = we > r ? LEX.lookup(t, r, we) : 0;
        if (code == (CONJ | C_AND) || code == (CONJ | C_OR) || code == (CONJ | C_TO)
                || code == (TRIGGER | T_THROUGH) || code == (TRIGGER | T_UNTIL)) {
            int s = skipSpace(we);
            return s > we ? s : -1;
        }
        return -1;
    }

    /** "November 20 people": a lowercase word that cannot follow a date. */
    private boolean countNounFollows(int e) {
        int q = skipSpace(e);
        if (q == e || q >= n || !isLowerLetter(t.charAt(q))) {
            return false;
        }
        int we = wordEnd(q);
        return !DateLexicon.AFTER_YEAR_OK.contains(t, q, we);
    }

    // ------------------------------------------------------------------ triggers, "the", modifiers

    /**
     * After a preposition (or at a bare early/mid/late): an optional modifier, then a year, a month, a season,
     * a decade or a weekday. The mention starts at the trigger, except after "of" ("the end of 2020" gives
     * "2020").
     */
    private int afterTrigger(int trigStart, int q, int trig) {
        int modStart = -1;
        int we = wordEnd(q);
        int code = we > q ? LEX.lookup(t, q, we) : 0;
        if (kind(code) == MODIFIER) {
            modStart = q;
            if (we < n && t.charAt(we) == '-') {
                q = we + 1;
            } else {
                q = skipSpace(we);
                if (q == we) {
                    return -1;
                }
            }
            we = wordEnd(q);
            code = we > q ? LEX.lookup(t, q, we) : 0;
        } else if (trig == MODIFIER_ONLY) {
            return -1;
        }
        if (q >= n) {
            return -1;
        }
        int start = trig == T_OF ? (modStart >= 0 ? modStart : q) : trigStart;
        if (isDigit(t.charAt(q))) {
            int de = digitEnd(q);
            if (de - q != 4) {
                return -1;
            }
            if (de < n && isLetterOrQuote(t.charAt(de))) {
                return modStart >= 0 ? decade(q, de, modStart) : -1; // "mid-1990s"; "in 1990s" is read later
            }
            return bareYear(start, q, de, trig, modStart >= 0);
        }
        if (we == q || (we < n && isDigit(t.charAt(we)))) {
            return -1;
        }
        int k = kind(code);
        if ((k == MONTH || k == MONTH_ABBR) && capitalized(q, we)) {
            return month(q, we, code, start, modStart >= 0 ? MODIFIER_ONLY : trig);
        }
        if (k == SEASON) {
            int r = season(q, we, value(code), start);
            // "in early spring", "until mid-winter": a season with a modifier needs no "the"
            return r > 0 || modStart < 0 ? r : seasonAfterThe(start, q, we, value(code), true);
        }
        if (k == WEEKDAY && modStart >= 0 && capitalized(q, we)) {
            return weekday(q, we, value(code), modStart);
        }
        return -1;
    }

    /**
     * A four-digit number 1900..2099 after a trigger. Strong triggers (in, since, during, until, early...)
     * only refuse count nouns ("in 2000 troops"); weak ones (of, by, from, before, after, between) also refuse
     * most lowercase words after the number ("a total of 2000 people").
     */
    private int bareYear(int start, int q, int de, int trig, boolean modified) {
        int y = parse(q, de);
        // older years ("in 1850") and climate horizons ("by 2100") too, when the preposition makes them years
        if (y < 1000 || y > 2199 || clockTimeFollows(de)) {
            return -1;
        }
        if (de < n) {
            char c = t.charAt(de);
            boolean digitNext = de + 1 < n && isDigit(t.charAt(de + 1));
            if (c == '%' || c == '/' || ((c == ',' || c == '.' || c == ':' || isDash(c)) && digitNext)) {
                return -1; // "2020,000", "2020.5", "in 1988-94" (left to the range reader)
            }
        }
        if (trig == T_BETWEEN || trig == T_FROM) {
            int r = yearRangeByWords(start, de, y, trig);
            if (r > 0 || trig == T_BETWEEN) {
                return r;
            }
        }
        boolean weak = !modified && (trig == T_FROM || trig == T_BY || trig == T_OF || trig == T_BEFORE
                || trig == T_AFTER || trig == T_THROUGH);
        if (!yearMayEndAt(de, weak)) {
            return -1;
        }
        fixedYear(start, de, y);
        return weak ? de : yearList(de);
    }

    /** "1400 GMT", "1900 hrs": a four-digit clock time, not a year. */
    private boolean clockTimeFollows(int de) {
        int q = skipSpace(de);
        if (q == de || q >= n || !isLetter(t.charAt(q))) {
            return false;
        }
        int we = wordEnd(q);
        if (we - q == 3 && (t.startsWith("GMT", q) || t.startsWith("UTC", q) || t.startsWith("hrs", q))) {
            return true;
        }
        return we - q == 5 && t.startsWith("hours", q);
    }

    /** "between 2001 and 2003", "from 1988 to 1994" → one range mention 2001/2003 including the preposition. */
    private int yearRangeByWords(int start, int de, int y, int trig) {
        int r = skipSpace(de);
        if (r >= n) {
            return -1;
        }
        int s;
        char c = t.charAt(r);
        if (trig == T_FROM && (c == '\u2013' || c == '\u2014' || c == '-') && r > de) {
            s = skipSpace(r + 1);
        } else {
            if (r == de) {
                return -1;
            }
            int we = wordEnd(r);
            int code = we > r ? LEX.lookup(t, r, we) : 0;
            boolean sep = trig == T_BETWEEN ? code == (CONJ | C_AND)
                    : code == (CONJ | C_TO) || code == (TRIGGER | T_UNTIL) || code == (TRIGGER | T_THROUGH);
            if (!sep) {
                return -1;
            }
            s = skipSpace(we);
            if (s == we) {
                return -1;
            }
        }
        int e2 = digitEnd(s);
        if (e2 - s != 4 || !numberEnds(e2)) {
            return -1;
        }
        int y2 = parse(s, e2);
        if (y2 <= y || y2 > 2099 || !yearMayEndAt(e2, true)) {
            return -1;
        }
        DateCandidate cand = add(start, e2, FIXED);
        cand.value = Timex.range(y, y2);
        cand.gran = G_OTHER;
        return e2;
    }

    /** "in 2001, 2003 and 2005": further years, each its own mention. */
    private int yearList(int end) {
        int p = end;
        while (true) {
            int r = skipSpace(p);
            if (r >= n) {
                return p;
            }
            if (t.charAt(r) == ',') {
                r = skipSpace(r + 1);
            } else if (r == p) {
                return p;
            }
            int we = wordEnd(r);
            int code = we > r ? LEX.lookup(t, r, we) : 0;
            if (code == (CONJ | C_AND) || code == (CONJ | C_OR)) {
                r = skipSpace(we);
                if (r == we) {
                    return p;
                }
            }
            if (r >= n || !isDigit(t.charAt(r))) {
                return p;
            }
            int e2 = digitEnd(r);
            if (e2 - r != 4 || !numberEnds(e2)) {
                return p;
            }
            int y = parse(r, e2);
            if (y < 1900 || y > 2099 || (e2 < n && t.charAt(e2) == '%') || !yearMayEndAt(e2, false)) {
                return p;
            }
            fixedYear(r, e2, y);
            p = e2;
        }
    }

    private boolean yearMayEndAt(int de, boolean weak) {
        int q = skipSpace(de);
        if (q >= n) {
            return true;
        }
        if (t.charAt(q) == '%') {
            return false;
        }
        if (q == de || !isLowerLetter(t.charAt(q))) {
            return true;
        }
        int we = wordEnd(q);
        if (DateLexicon.MEASURES.contains(t, q, we)) {
            return false;
        }
        return !weak || DateLexicon.AFTER_YEAR_OK.contains(t, q, we);
    }

    private boolean followedByMeasure(int e) {
        int q = skipSpace(e);
        if (q >= n) {
            return false;
        }
        if (t.charAt(q) == '%') {
            return true;
        }
        if (q == e || !isLowerLetter(t.charAt(q))) {
            return false;
        }
        return DateLexicon.MEASURES.contains(t, q, wordEnd(q));
    }

    /** "the 1990s", "the early 1990s", "the mid-1990s", "the '90s", "the day before yesterday", "the next day". */
    private int the(int i, int e) {
        int q = skipSpace(e);
        if (q == e || q >= n) {
            return -1;
        }
        int we = wordEnd(q);
        int code = we > q ? LEX.lookup(t, q, we) : 0;
        int modStart = -1;
        if (kind(code) == MODIFIER) {
            modStart = q;
            q = we < n && t.charAt(we) == '-' ? we + 1 : skipSpace(we);
            if (q == we || q >= n) {
                return -1;
            }
            we = wordEnd(q);
            code = kind(LEX.lookup(t, q, we)) == SEASON ? LEX.lookup(t, q, we) : 0; // "the late summer of 1971"
        }
        char c = t.charAt(q);
        if (isDigit(c)) {
            int de = digitEnd(q);
            if (de - q <= 2) {
                int r = ordinalCentury(i, q, de);
                if (r > 0) {
                    return r;
                }
            }
            if (de - q != 4) {
                return twoDigitDecade(q, i);
            }
            int r = decade(q, de, i);
            return r > 0 ? r : yearBeforeNoun(q, de);
        }
        if ((c == '\'' || c == '\u2019') && q + 1 < n && isDigit(t.charAt(q + 1))) {
            return twoDigitDecade(q + 1, i);
        }
        if (we == q) {
            return -1;
        }
        boolean lastOrPast = code == (DEICTIC | D_LAST) || code == PAST || code == (SEQUENCE | DateLexicon.S_PREVIOUS);
        if (lastOrPast && pub != null) {
            // "the last century", "the past century": the one before the publication date's
            int r = skipSpace(we);
            int re = r > we && r < n ? wordEnd(r) : r;
            if (re - r == 7 && t.startsWith("century", r) && (re >= n || !isAlnum(t.charAt(re)))) {
                int current = pub.getYear() / 100;
                DateCandidate cand = add(i, re, FIXED);
                cand.value = Timex.century(current - 1);
                cand.gran = G_OTHER;
                cand.relative = true;
                return re;
            }
        }
        if (kind(code) == SEASON) {
            int r = season(q, we, value(code), modStart >= 0 ? modStart : q); // "summer of 2020", as before
            return r > 0 ? r : seasonAfterThe(i, q, we, value(code), false);
        }
        if (code == (UNIT | U_WEEKEND)) {
            return weekendAfterThe(i, we);
        }
        if (kind(code) == QUANTIFIER) {
            return ordinalPeriod(i, q, we);
        }
        if (pub != null && isPartOfPeriod(q, we)) {
            return partOfMonthOrYear(i, we);
        }
        if (code == (UNIT | U_DAY)) {
            // "the day before yesterday", "the day after tomorrow"
            int r = skipSpace(we);
            int re = wordEnd(r);
            int c2 = re > r ? LEX.lookup(t, r, re) : 0;
            if (r > we && (c2 == (TRIGGER | T_BEFORE) || c2 == (TRIGGER | T_AFTER))) {
                int s = skipSpace(re);
                int se = wordEnd(s);
                int c3 = se > s ? LEX.lookup(t, s, se) : 0;
                if (s > re && kind(c3) == RELDAY && value(c3) != 8) {
                    return relativeDay(s, se, (value(c3) - 8) * 2, i);
                }
            }
            return -1;
        }
        if (kind(code) == SEQUENCE || code == (DEICTIC | D_NEXT)) {
            // "the next day", "the following day", "the previous day", "the following year"
            boolean forward = code == (SEQUENCE | S_NEXT) || code == (DEICTIC | D_NEXT);
            int r = skipSpace(we);
            int re = wordEnd(r);
            int c2 = re > r ? LEX.lookup(t, r, re) : 0;
            if (r == we || (kind(c2) == UNIT && t.charAt(re - 1) == 's')) {
                return -1; // "over the following years", "in the following days": a stretch, not a date
            }
            int unit;
            if (c2 == (UNIT | U_DAY) || (kind(c2) == DAYPART && forward)) {
                unit = U_DAY;
            } else if (kind(code) == SEQUENCE && kind(c2) == UNIT
                    && (value(c2) == U_WEEK || value(c2) == U_MONTH || value(c2) == U_YEAR)) {
                unit = value(c2);
            } else {
                return -1;
            }
            DateCandidate cand = add(i, re, OFFSET);
            cand.amount = forward ? 1 : -1;
            cand.unit = unit;
            cand.wholeUnit = unit == U_WEEK; // "the following week" is a week; "a week later" a day
            return re;
        }
        return -1;
    }

    /** "the 19th century", "the early 20th century" (start at "the"): 18XX, 19XX in the decade style. */
    private int ordinalCentury(int start, int q, int de) {
        int oe = ordinalEnd(de);
        if (oe <= de) {
            return -1;
        }
        int r = skipSpace(oe);
        int re = r > oe && r < n ? wordEnd(r) : r;
        if (re - r != 7 || !t.startsWith("century", r) || (re < n && isAlnum(t.charAt(re)))) {
            return -1;
        }
        int ord = parse(q, de);
        if (ord < 1 || ord > 21) {
            return -1;
        }
        DateCandidate c = add(start, re, FIXED);
        c.value = Timex.century(ord - 1);
        c.gran = G_OTHER;
        return re;
    }

    /**
     * A year used as a modifier after "the" or "a": "the 2008 recession", "the 1991 Gulf War", "a 1954
     * agreement". The next word must be a noun-like word: capitalised, or lowercase and not a count noun
     * ("the 2000 troops" is a number).
     */
    private int yearBeforeNoun(int q, int de) {
        if (de - q != 4 || !numberEnds(de)) {
            return -1;
        }
        int y = parse(q, de);
        if (y < 1900 || y > 2099) {
            return -1;
        }
        int r = skipSpace(de);
        if (r == de || r >= n || !isLetter(t.charAt(r))) {
            return -1;
        }
        int we = wordEnd(r);
        if (isLowerLetter(t.charAt(r)) && (DateLexicon.MEASURES.contains(t, r, we) || isFunctionWord(r, we))) {
            return -1;
        }
        fixedYear(q, de, y);
        return de;
    }

    /**
     * "targets for 2024", "first planned for 2022", "the accounts for 2020 showed": the calendar year a figure
     * or a plan is for. Read like a weak trigger: a lowercase word after the number other than a clause word
     * makes it a count ("for 2000 people"); clock times and glued numbers are no years.
     */
    private int yearAfterFor(int q, int de, int y) {
        if (y < 1900 || y > 2099 || clockTimeFollows(de) || !numberEnds(de)
                || !(yearMayEndAt(de, true) || pastVerbFollows(de))) {
            return -1;
        }
        if (de < n && (t.charAt(de) == '%' || ((t.charAt(de) == ',' || t.charAt(de) == '.')
                && de + 1 < n && isDigit(t.charAt(de + 1))))) {
            return -1;
        }
        int p = skipSpacesBack(t, q);
        fixedYear(p - 3, de, y);
        return de;
    }

    /** "the accounts for 2020 showed": a past verb (not a measure) right after the number. */
    private boolean pastVerbFollows(int de) {
        int q = skipSpace(de);
        if (q == de || q >= n || !isLowerLetter(t.charAt(q))) {
            return false;
        }
        int we = wordEnd(q);
        return !DateLexicon.MEASURES.contains(t, q, we) && (DateLexicon.PAST_MARKERS.contains(t, q, we)
                || (we - q >= 4 && t.charAt(we - 1) == 'd' && t.charAt(we - 2) == 'e'));
    }

    /** "and", "or", "to", "of" ...: a year before these after "the" is a count ("the 2000 or so"). */
    private boolean isFunctionWord(int s, int e) {
        int code = LEX.lookup(t, s, e);
        return kind(code) == CONJ || kind(code) == TRIGGER || kind(code) == ON || kind(code) == THE;
    }

    /**
     * "Christmas", "Christmas Eve", "Christmas Day", "New Year's Eve", "New Year's Day", "Thanksgiving (Day)",
     * "Black Friday", "Halloween": fixed-day holidays become month-days (year worked out like "December 25");
     * Thanksgiving (US, fourth Thursday of November) and Black Friday are computed once the year is known.
     * "Christmas tree", "Thanksgiving dinner" (a lowercase word after the name) are not dates.
     */
    private int holiday(int i, int e, int h) {
        int month;
        int day;
        int movable = 0;
        int end = e;
        int q = skipSpace(e);
        int we = q > e && q < n ? wordEnd(q) : q;
        switch (h) {
            case DateLexicon.H_CHRISTMAS:
                month = 12;
                day = 25;
                if (we > q && t.startsWith("Eve", q) && we - q == 3) {
                    day = 24;
                    end = we;
                } else if (we > q && t.startsWith("Day", q) && we - q == 3) {
                    end = we;
                }
                break;
            case DateLexicon.H_THANKSGIVING:
                month = 11;
                day = 22;
                movable = DateLexicon.H_THANKSGIVING;
                if (we > q && t.startsWith("Day", q) && we - q == 3) {
                    end = we;
                }
                break;
            case DateLexicon.H_BLACK:
                if (!(we - q == 6 && t.startsWith("Friday", q))) {
                    return -1;
                }
                month = 11;
                day = 23;
                movable = DateLexicon.H_BLACK;
                end = we;
                break;
            case DateLexicon.H_HALLOWEEN:
                month = 10;
                day = 31;
                break;
            case DateLexicon.H_EASTER:
                month = 4; // Easter's usual date, for the year; its day comes from the computus
                day = 5;
                movable = DateLexicon.H_EASTER;
                if (isWord(q, we, "Sunday") || isWord(q, we, "Day")) {
                    end = we;
                } else if (isWord(q, we, "Monday")) {
                    movable = DateLexicon.H_EASTER_MONDAY;
                    end = we;
                } else if (isWord(q, we, "weekend")) {
                    movable = DateLexicon.H_EASTER_WEEKEND;
                    end = we;
                } else if (we > q && Character.isUpperCase(t.charAt(q)) && !isDigit(t.charAt(q))) {
                    return -1; // "Easter Island", "the Easter Rising"
                }
                break;
            case DateLexicon.H_GOOD:
            case DateLexicon.H_ASH:
                if (!isWord(q, we, h == DateLexicon.H_GOOD ? "Friday" : "Wednesday")) {
                    return -1;
                }
                month = h == DateLexicon.H_GOOD ? 4 : 2;
                day = h == DateLexicon.H_GOOD ? 3 : 20;
                movable = h;
                end = we;
                break;
            case DateLexicon.H_MEMORIAL:
            case DateLexicon.H_LABOR:
                if (!isWord(q, we, "Day") || (h == DateLexicon.H_LABOR && !t.startsWith("Labor", i))) {
                    return -1;
                }
                month = h == DateLexicon.H_MEMORIAL ? 5 : 9;
                day = h == DateLexicon.H_MEMORIAL ? 28 : 4;
                movable = h;
                end = we;
                break;
            case DateLexicon.H_INDEPENDENCE:
            case DateLexicon.H_BASTILLE:
            case DateLexicon.H_ANZAC:
            case DateLexicon.H_BOXING:
            case DateLexicon.H_ARMISTICE:
                if (!isWord(q, we, "Day")) {
                    return -1;
                }
                if (h == DateLexicon.H_INDEPENDENCE && (capitalizedWordBefore(i) || possessiveBefore(i))) {
                    return -1; // "India's Independence Day", "Ukrainian Independence Day": another country's
                }
                month = h == DateLexicon.H_INDEPENDENCE || h == DateLexicon.H_BASTILLE ? 7
                        : h == DateLexicon.H_ANZAC ? 4 : h == DateLexicon.H_BOXING ? 12 : 11;
                day = h == DateLexicon.H_INDEPENDENCE ? 4 : h == DateLexicon.H_BASTILLE ? 14
                        : h == DateLexicon.H_ANZAC ? 25 : h == DateLexicon.H_BOXING ? 26 : 11;
                end = we;
                break;
            case DateLexicon.H_VALENTINE: {
                // "Valentine's Day"
                if (e + 1 >= n || (t.charAt(e) != '\'' && t.charAt(e) != '\u2019') || t.charAt(e + 1) != 's') {
                    return -1;
                }
                int r = skipSpace(e + 2);
                int re = r > e + 2 && r < n ? wordEnd(r) : r;
                if (!isWord(r, re, "Day")) {
                    return -1;
                }
                month = 2;
                day = 14;
                end = re;
                break;
            }
            default: {
                // "New Year's Eve", "New Year's Day", "New Year's"
                if (!(we - q == 4 && t.startsWith("Year", q)) || we + 1 >= n
                        || (t.charAt(we) != '\'' && t.charAt(we) != '\u2019') || t.charAt(we + 1) != 's'
                        || (we + 2 < n && isAlnum(t.charAt(we + 2)))) {
                    return -1;
                }
                month = 1;
                day = 1;
                end = we + 2;
                int r = skipSpace(end);
                int re = r > end && r < n ? wordEnd(r) : r;
                if (re - r == 3 && t.startsWith("Eve", r)) {
                    month = 12;
                    day = 31;
                    end = re;
                } else if (re - r == 3 && t.startsWith("Day", r)) {
                    end = re;
                }
            }
        }
        if (end == e && h != DateLexicon.H_BLACK) {
            int r = skipSpace(e);
            if (r > e && r < n && isLowerLetter(t.charAt(r))) {
                int re = wordEnd(r);
                if (!DateLexicon.AFTER_YEAR_OK.contains(t, r, re) && !DateLexicon.HOLIDAY_VERBS.contains(t, r, re)) {
                    return -1; // "Christmas tree", "Thanksgiving dinner"; not "Easter falls early"
                }
            }
        }
        if (kind(prevWordCode(i)) == QUANTIFIER) {
            return -1; // "every Christmas Day", "their first Easter": not one day
        }
        int after = skipSpace(end);
        if (after > end && after < n && Character.isUpperCase(t.charAt(after))
                && DateLexicon.HOLIDAY_NAME_AFTER.contains(t, after, wordEnd(after))) {
            return -1; // "the Good Friday Agreement", "Christmas Island", "the Easter Rising": names
        }
        int r = skipSpace(end);
        int re = r > end && r < n ? digitEnd(r) : r;
        if (re - r == 4 && numberEnds(re) && !followedByMeasure(re)) {
            int y = parse(r, re);
            LocalDate d = y >= 1000 && y <= 2199 ? Timex.holiday(movable, month, day, y) : null;
            if (d != null && movable != DateLexicon.H_EASTER_WEEKEND) {
                fixedDay(i, re, y, d.getMonthValue(), d.getDayOfMonth()); // "Easter 2019", "Christmas 1914"
                return re;
            }
        }
        DateCandidate c = add(i, end, MONTH_DAY);
        c.month = month;
        c.day = day;
        c.holiday = movable;
        c.tense = ClauseTense.before(t, i);
        return end;
    }

    /** [s, e) is exactly the word w. */
    private boolean isWord(int s, int e, String w) {
        return e - s == w.length() && t.startsWith(w, s);
    }

    /** A capitalised word right before i that does not open its sentence ("Ukrainian Independence Day"). */
    private boolean capitalizedWordBefore(int i) {
        int p = i;
        while (p > 0 && t.charAt(p - 1) == ' ') {
            p--;
        }
        if (p == i || p == 0 || !isLetter(t.charAt(p - 1))) {
            return false;
        }
        int ws = letterRunStart(t, p - 1);
        return Character.isUpperCase(t.charAt(ws)) && !sentenceStart(ws) && LEX.lookup(t, ws, p) == 0;
    }

    /** A possessive right before i: "India's Independence Day". */
    private boolean possessiveBefore(int i) {
        int p = i;
        while (p > 0 && t.charAt(p - 1) == ' ') {
            p--;
        }
        return p < i && p >= 2 && t.charAt(p - 1) == 's' && (t.charAt(p - 2) == '\'' || t.charAt(p - 2) == '\u2019');
    }

    /** "spring 2020", "summer of 2020", "in the winter of 1994"-style seasons with a year. */
    private int season(int i, int e, int s, int start) {
        int q = skipSpace(e);
        if (q == e || q >= n) {
            return -1;
        }
        int we = wordEnd(q);
        if (we > q && LEX.lookup(t, q, we) == (TRIGGER | T_OF)) {
            q = skipSpace(we);
            if (q == we) {
                return -1;
            }
        }
        int de = digitEnd(q);
        if (de - q != 4 || !numberEnds(de)) {
            return -1;
        }
        int y = parse(q, de);
        if (y < 1900 || y > 2099 || !yearMayEndAt(de, false)) {
            return -1;
        }
        DateCandidate c = add(start, de, FIXED);
        c.value = Timex.season(y, s);
        c.gran = G_YEAR;
        c.year = y;
        c.explicitYear = true;
        c.seasonStartMonth = s == 4 ? 1 : s * 3; // "the winter of 2009" is told from its January
        return de;
    }

    // ------------------------------------------------------------------ weekdays

    private int on(int i, int e) {
        int q = skipSpace(e);
        if (q == e || q >= n) {
            return -1;
        }
        int we = wordEnd(q);
        int code = we > q ? LEX.lookup(t, q, we) : 0;
        if (kind(code) == WEEKDAY && capitalized(q, we)) {
            return weekday(q, we, value(code), i);
        }
        return -1;
    }

    /**
     * "Saturday", "on Saturday", "Saturday morning", or a weekday heading a full date ("Saturday, November 14,
     * 2020"), which is then one mention. A bare weekday is the latest such day on or before publication
     * (news narrates the past) unless the words before it are future tense ("will meet on Saturday").
     */
    private int weekday(int i, int e, int dow, int trigStart) {
        if (prevWordIs(i, DateLexicon.WEEKDAY_NAME_BEFORE, true)) {
            return -1; // "Good Friday", "Super Tuesday"
        }
        int r = datePrefixedBy(i, e);
        if (r > 0) {
            return r;
        }
        r = weekdayWithDayOfMonth(e, dow, trigStart >= 0 ? trigStart : i);
        if (r > 0) {
            return r;
        }
        if (trigStart < 0) {
            int pc = prevWordCode(i);
            int pk = kind(pc);
            if (pk == QUANTIFIER || pk == THE || pk == DEICTIC || pk == NUMBER || pk == SEQUENCE
                    || prevWordIs(i, DateLexicon.POSSESSIVES, false)) {
                // "every Saturday", "the Saturday before", "the last Saturday", "a Saturday", "its Sunday",
                // "the following Monday" (counted from a narrated day, not from publication)
                return -1;
            }
            if (e + 1 < n && t.charAt(e) == '-' && isLowerLetter(t.charAt(e + 1))) {
                return -1; // "Sunday-school", "Monday-morning quarterbacking"
            }
        }
        if (trigStart < 0 && weekdayIsName(i, e, dow)) {
            return -1; // "Sheffield Wednesday", and in that story "Wednesday, who have not won", "against Wednesday"
        }
        int range = recurringWeekdayRange(e);
        if (range > 0) {
            int dated = pub != null && trigStart < 0 ? datedWeekdayRange(i, e, dow, range) : -1;
            return dated > 0 ? dated : range; // "open Monday-Friday", "Monday through Sunday": a schedule
        }
        int end = e;
        int q = skipSpace(e);
        if (q > e && q < n) {
            int we = wordEnd(q);
            if (we > q) {
                if (isLowerLetter(t.charAt(q)) && kind(LEX.lookup(t, q, we)) == DAYPART) {
                    end = we;
                } else if (DateLexicon.WEEKDAY_NOUN_AFTER.contains(t, q, we) && isLowerLetter(t.charAt(q))) {
                    return -1; // "Sunday sales", "two more Sunday afternoons"
                } else if (trigStart < 0 && capitalized(q, we)
                        && DateLexicon.WEEKDAY_NAME_AFTER.contains(t, q, we)) {
                    return -1; // "Sunday Times"
                }
            }
        }
        int start = trigStart >= 0 ? trigStart : i;
        if (pub == null) {
            // nothing to count from: TIMEX3's underspecified weekday
            DateCandidate c = add(start, end, FIXED);
            c.value = "XXXX-WXX-" + dow;
            c.gran = G_OTHER;
            c.relative = true;
            return end;
        }
        DayOfWeek d = DayOfWeek.of(dow);
        int tense = ClauseTense.before(t, start);
        boolean sequel = lastWeekdayDate != null && lastWeekdayEnd >= 0 && spanAfter(lastWeekdayEnd, start);
        if (tense == ClauseTense.NONE && lastWeekdayEnd >= 0 && listedAfter(lastWeekdayEnd, start)) {
            // "will meet on Monday and Tuesday", "tomorrow and Sunday": the second day reads like the first
            tense = lastWeekdayTense;
        }
        if (tense == ClauseTense.NONE && endPointBefore(start)) {
            tense = ClauseTense.FUTURE; // "refunds are available through Friday", "could last into Tuesday"
        }
        if (tense == ClauseTense.NONE && ClauseTense.futureAfter(t, end)) {
            tense = ClauseTense.FUTURE;
        }
        LocalDate date = tense == ClauseTense.FUTURE
                ? pub.with(TemporalAdjusters.nextOrSame(d))
                : pub.with(TemporalAdjusters.previousOrSame(d));
        int weekShift = weekNamedAfter(end);
        if (weekShift != 0) {
            // "on Wednesday next week", "Friday last week": that weekday of the named ISO week
            date = pub.with(DayOfWeek.MONDAY).plusWeeks(weekShift > 0 ? 1 : -1).with(d);
            end = weekNamedAfterEnd;
            tense = weekShift > 0 ? ClauseTense.FUTURE : ClauseTense.PAST;
            sequel = false;
        }
        if (sequel) {
            // "between Monday and Wednesday", "overnight Tuesday into Wednesday": the second day follows the first
            LocalDate after = lastWeekdayDate.with(TemporalAdjusters.nextOrSame(d));
            if (lastWeekdayTense == ClauseTense.FUTURE || tense == ClauseTense.FUTURE || !after.isAfter(pub)) {
                date = after;
                tense = lastWeekdayTense == ClauseTense.FUTURE ? ClauseTense.FUTURE : tense;
            }
        }
        lastWeekdayEnd = end;
        lastWeekdayTense = tense;
        lastWeekdayDate = date;
        relativeDayMention(start, end, date);
        return end;
    }

    private int weekNamedAfterEnd;

    /** +1 for " next week", -1 for " last week" right after end (end of that phrase in weekNamedAfterEnd), else 0. */
    private int weekNamedAfter(int end) {
        int q = skipSpace(end);
        if (q == end || q >= n) {
            return 0;
        }
        int we = wordEnd(q);
        int code = we > q ? LEX.lookup(t, q, we) : 0;
        if (code != (DEICTIC | D_NEXT) && code != (DEICTIC | D_LAST)) {
            return 0;
        }
        int r = skipSpace(we);
        int re = r > we && r < n ? wordEnd(r) : r;
        if (re == r || LEX.lookup(t, r, re) != (UNIT | U_WEEK) || (re < n && isAlnum(t.charAt(re)))) {
            return 0;
        }
        weekNamedAfterEnd = re;
        return code == (DEICTIC | D_NEXT) ? 1 : -1;
    }

    /** Bit per weekday (1 << dow) that this text uses as a name ("Sheffield Wednesday 2-1"); -1 before it is read. */
    private int weekdayNames = -1;

    /**
     * A weekday with no preposition that names a club or a thing: right after a capitalised word that is no date
     * word or sentence opener and before no lowercase word ("Sheffield Wednesday 2-1", "beat Sheffield Wednesday,"),
     * or, in a text that uses it so, a possessive, a plural verb or a match word around it ("Wednesday, who have
     * not won", "against Wednesday", "Wednesday's manager"). Conservative: the name must be shown first.
     */
    private boolean weekdayIsName(int i, int e, int dow) {
        if (nameBeforeWeekday(i, e)) {
            return true;
        }
        if (weekdayNames < 0) {
            weekdayNames = 0;
            String[] names = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
            for (int d = 0; d < 7; d++) {
                for (int k = t.indexOf(names[d]); k >= 0; k = t.indexOf(names[d], k + 1)) {
                    if (nameBeforeWeekday(k, k + names[d].length())) {
                        weekdayNames |= 1 << (d + 1);
                        break;
                    }
                }
            }
        }
        if ((weekdayNames & (1 << dow)) == 0) {
            return false;
        }
        if (e + 1 < n && (t.charAt(e) == '\'' || t.charAt(e) == '\u2019') && t.charAt(e + 1) == 's') {
            return true; // "Wednesday's manager"
        }
        if (prevWordIs(i, DateLexicon.CLUB_WEEKDAY_BEFORE, false)) {
            return true;
        }
        int q = e < n && t.charAt(e) == ',' ? e + 1 : e;
        q = skipSpace(q);
        int we = q < n ? wordEnd(q) : q;
        return we > q && DateLexicon.CLUB_WEEKDAY_AFTER.contains(t, q, we);
    }

    /** "Sheffield Wednesday" followed by no lowercase word: the weekday is part of a name. */
    private boolean nameBeforeWeekday(int i, int e) {
        if (i < 2 || t.charAt(i - 1) != ' ' || !isLetter(t.charAt(i - 2))) {
            return false;
        }
        int ws = letterRunStart(t, i - 2);
        if (i - 1 - ws < 2 || !Character.isUpperCase(t.charAt(ws)) || !isLowerLetter(t.charAt(ws + 1))
                || LEX.lookup(t, ws, i - 1) != 0 || DateLexicon.CAPITAL_OPENERS.contains(t, ws, i - 1)
                || DateLexicon.WEEKDAY_NAME_BEFORE.contains(t, ws, i - 1)
                || (ws > 0 && (t.charAt(ws - 1) == '\'' || t.charAt(ws - 1) == '.'))) {
            return false;
        }
        int q = skipSpace(e);
        return q >= n || !isLowerLetter(t.charAt(q)) || (e < n && (t.charAt(e) == ',' || t.charAt(e) == '.'));
    }

    /** Only a list or span word ("and", "or", "to", "into", "until", "through", a dash, a comma) between a
     *  previous weekday mention ending at p and s. */
    private boolean spanAfter(int p, int s) {
        int q = p;
        while (q < s) {
            char c = t.charAt(q);
            if (isSpace(c) || c == ',' || isDash(c)) {
                q++;
                continue;
            }
            int we = wordEnd(q);
            if (we == q) {
                return false;
            }
            int code = LEX.lookup(t, q, we);
            boolean span = code == (CONJ | C_AND) || code == (CONJ | C_OR) || code == (CONJ | C_TO) || code == ON
                    || code == (TRIGGER | T_UNTIL) || code == (TRIGGER | T_THROUGH)
                    || (we - q == 4 && t.startsWith("into", q));
            if (!span) {
                return false;
            }
            q = we;
        }
        return true;
    }

    /** "through Friday", "until noon Thursday", "into Tuesday": a weekday that ends a span lies ahead unless
     *  the clause is past. */
    private boolean endPointBefore(int s) {
        int p = s;
        for (int words = 0; words < 2; words++) {
            p = skipSpacesBack(t, p);
            int ws = letterRunStart(t, p);
            if (ws == p) {
                return false;
            }
            int code = LEX.lookup(t, ws, p);
            if (code == (TRIGGER | T_UNTIL) || code == (TRIGGER | T_THROUGH)
                    || (p - ws == 4 && t.startsWith("into", ws))) {
                return true;
            }
            boolean timeWord = (p - ws == 4 && t.startsWith("noon", ws))
                    || (p - ws == 8 && t.startsWith("midnight", ws)) || kind(code) == MODIFIER;
            if (!timeWord) {
                return false;
            }
            p = ws;
        }
        return false;
    }

    /**
     * "met from Monday to Thursday", "will work Monday through Wednesday": a span of days told like a single
     * weekday (past by default in news, ahead in a future clause), one mention START/END. Only with "from" before
     * it or a tense in the clause, and spelt out ("to", "through", "until"): "open Monday-Friday" and "is open
     * Monday through Sunday" stay schedules. -1 when it is no such span.
     */
    private int datedWeekdayRange(int i, int e, int dow, int rangeEnd) {
        int r = skipSpace(e);
        if (r == e || r >= n || !isLetter(t.charAt(r))) {
            return -1; // a dash: a schedule
        }
        int secondStart = letterRunStart(t, rangeEnd);
        int secondDow = value(LEX.lookup(t, secondStart, rangeEnd));
        if (secondDow < 1 || secondDow > 7 || secondDow == dow) {
            return -1;
        }
        int fromStart = -1;
        int p = skipSpacesBack(t, i);
        if (p >= 4 && t.regionMatches(true, p - 4, "from", 0, 4) && (p == 4 || !isLetter(t.charAt(p - 5)))) {
            fromStart = p - 4;
        }
        int start = fromStart >= 0 ? fromStart : i;
        if (timetableBefore(start)) {
            return -1;
        }
        int tense = ClauseTense.before(t, start);
        if (fromStart < 0 && tense == ClauseTense.NONE) {
            return -1;
        }
        int span = (secondDow - dow + 7) % 7;
        if (span >= 6) {
            return -1; // "seven-day service, Monday through Sunday": the whole week is a timetable
        }
        LocalDate first;
        if (tense == ClauseTense.FUTURE) {
            first = pub.with(TemporalAdjusters.nextOrSame(DayOfWeek.of(dow)));
        } else {
            first = pub.with(TemporalAdjusters.previousOrSame(DayOfWeek.of(secondDow))).minusDays(span);
        }
        LocalDate last = first.plusDays(span);
        DateCandidate c = add(start, rangeEnd, FIXED);
        c.value = Timex.day(first) + "/" + Timex.day(last);
        c.gran = G_OTHER;
        c.relative = true;
        lastWeekdayEnd = rangeEnd;
        lastWeekdayTense = tense;
        lastWeekdayDate = last;
        return rangeEnd;
    }

    /** One of the two words before s is a timetable word ("is open", "runs"): a weekly schedule follows. */
    private boolean timetableBefore(int s) {
        int p = s;
        for (int words = 0; words < 2; words++) {
            p = skipSpacesBack(t, p);
            int ws = letterRunStart(t, p);
            if (ws == p) {
                return false;
            }
            if (DateLexicon.TIMETABLE_WORDS.contains(t, ws, p)) {
                return true;
            }
            p = ws;
        }
        return false;
    }

    /** End of "-Friday" / " through Sunday" / " to Friday" after a weekday ending at e, else -1. */
    private int recurringWeekdayRange(int e) {
        int q;
        if (e < n && (t.charAt(e) == '-' || t.charAt(e) == '\u2013')) {
            q = e + 1;
        } else {
            int r = skipSpace(e);
            if (r == e || r >= n) {
                return -1;
            }
            int re = wordEnd(r);
            int code = re > r ? LEX.lookup(t, r, re) : 0;
            if (code != (CONJ | C_TO) && code != (TRIGGER | T_THROUGH) && t.charAt(r) != '\u2013') {
                return -1;
            }
            q = skipSpace(t.charAt(r) == '\u2013' ? r + 1 : re);
        }
        int we = wordEnd(q);
        if (we > q && kind(LEX.lookup(t, q, we)) == WEEKDAY && capitalized(q, we)) {
            return we;
        }
        return -1;
    }

    /** Only "and"/"or"/"," (and spaces, "on") between a previous weekday mention ending at p and s. */
    private boolean listedAfter(int p, int s) {
        int q = p;
        while (q < s) {
            char c = t.charAt(q);
            if (isSpace(c) || c == ',') {
                q++;
                continue;
            }
            int we = wordEnd(q);
            int code = we > q ? LEX.lookup(t, q, we) : 0;
            if (we == q || (code != (CONJ | C_AND) && code != (CONJ | C_OR) && code != ON)) {
                return false;
            }
            q = we;
        }
        return true;
    }

    private int weekdayAbbreviation(int i, int e) {
        int p = e < n && t.charAt(e) == '.' ? e + 1 : e;
        return datePrefixedBy(i, p);
    }

    /** A full date right after a weekday: emit it with the weekday folded into its text. */
    private int datePrefixedBy(int i, int e) {
        int q = skipSpace(e);
        if (q < n && t.charAt(q) == ',') {
            q = skipSpace(q + 1);
        }
        if (q == e || q >= n) {
            return -1;
        }
        int before = out.size();
        int r = -1;
        if (isDigit(t.charAt(q))) {
            int de = digitEnd(q);
            if (de - q <= 2) {
                r = dayFirst(q, de, parse(q, de));
            }
        } else {
            int we = wordEnd(q);
            int code = we > q ? LEX.lookup(t, q, we) : 0;
            if ((kind(code) == MONTH || kind(code) == MONTH_ABBR) && capitalized(q, we)
                    && !(we < n && isDigit(t.charAt(we)))) {
                r = month(q, we, code, -1, NO_TRIGGER);
            }
        }
        if (r > 0 && out.size() > before) {
            out.get(before).start = i;
            return r;
        }
        return -1;
    }

    // ------------------------------------------------------------------ seasons, quarters, halves, weekends

    /** A season occurrence picked by {@link Timex#seasonOccurrence}; its year comes from the publication date. */
    private int seasonMention(int start, int end, int season, int from) {
        int idx = Timex.seasonOccurrence(pub, season, from);
        DateCandidate c = add(start, end, FIXED);
        c.value = Timex.season(idx / 4, idx % 4 + 1);
        c.gran = G_OTHER;
        c.relative = true;
        return end;
    }

    /**
     * "the summer", "in the spring", "through the winter" with no year: the season of the publication year
     * the tense points at (past: the latest one begun; future: the one under way or next). Only when the
     * season word ends its phrase ("the summer.", "the spring and", "the summer that"): "the summer camp",
     * "the Spring Festival" are names; "fall" only before punctuation ("the fall of Rome", "the fall in prices").
     */
    private int seasonAfterThe(int start, int q, int we, int season, boolean modified) {
        if (pub == null || !isLowerLetter(t.charAt(q))) {
            return -1;
        }
        int r = skipSpace(we);
        boolean punctuationAfter = we >= n || t.charAt(we) == '.' || t.charAt(we) == ',' || t.charAt(we) == ';'
                || t.charAt(we) == ')' || t.charAt(we) == '"' || t.charAt(we) == '\u201D' || t.charAt(we) == '\n';
        boolean isFall = we - q == 4 && DateLexicon.lower(t.charAt(q)) == 'f';
        if (!punctuationAfter && !(modified && !isFall)) {
            if (isFall || r == we || r >= n || !isLowerLetter(t.charAt(r))) {
                return -1;
            }
            int re = wordEnd(r);
            if (!DateLexicon.AFTER_SEASON_OK.contains(t, r, re)) {
                return -1;
            }
        }
        int tense = ClauseTense.before(t, start);
        int from = tense == ClauseTense.PAST ? -3 : tense == ClauseTense.FUTURE ? 0 : -1;
        return seasonMention(start, we, season, from);
    }

    /**
     * "the weekend", "over the weekend": the weekend of the publication week when the story is dated on it or
     * the clause is future, the one before when it is past; with no tense, the nearer one (Monday to Wednesday
     * look back, Thursday and Friday ahead). "the weekend of June 10" leaves the date to speak.
     */
    private int weekendAfterThe(int start, int we) {
        if (pub == null) {
            return -1;
        }
        int r = skipSpace(we);
        int re = r > we && r < n ? wordEnd(r) : r;
        if (re > r && LEX.lookup(t, r, re) == (TRIGGER | DateLexicon.T_OF)) {
            return -1;
        }
        int tense = ClauseTense.before(t, start);
        if (tense == ClauseTense.NONE && ClauseTense.futureAfter(t, we)) {
            tense = ClauseTense.FUTURE;
        }
        int dow = pub.getDayOfWeek().getValue();
        boolean previous = dow <= 5 && (tense == ClauseTense.PAST || (tense == ClauseTense.NONE && dow <= 3));
        DateCandidate c = add(start, we, FIXED);
        c.value = Timex.week(previous ? pub.minusWeeks(1) : pub, true);
        c.gran = G_OTHER;
        c.relative = true;
        return we;
    }

    /** "first" .. "fourth" as 1..4, else 0. */
    private int ordinalWord(int s, int e) {
        int len = e - s;
        if (len == 5 && t.regionMatches(true, s, "first", 0, 5)) {
            return 1;
        }
        if (len == 6 && t.regionMatches(true, s, "second", 0, 6)) {
            return 2;
        }
        if (len == 5 && t.regionMatches(true, s, "third", 0, 5)) {
            return 3;
        }
        return len == 6 && t.regionMatches(true, s, "fourth", 0, 6) ? 4 : 0;
    }

    /**
     * An ordinal [s, e) opening a period: "the third quarter", "third-quarter", "the first quarter of 2022",
     * "the second half of next year", "the third week of September", "the Fourth of July".
     */
    private int ordinalPeriod(int start, int s, int e) {
        int ord = ordinalWord(s, e);
        if (ord == 0 || e >= n) {
            return -1;
        }
        int q = t.charAt(e) == '-' ? e + 1 : skipSpace(e);
        if (q == e || q >= n) {
            return -1;
        }
        int we = wordEnd(q);
        int code = we > q ? LEX.lookup(t, q, we) : 0;
        if (code == (UNIT | U_QUARTER) && isLowerLetter(t.charAt(q))) {
            return quarter(start, we, ord);
        }
        if (ord <= 2 && we - q == 4 && t.regionMatches(false, q, "half", 0, 4)) {
            if (!ofYear(we)) {
                if (pub == null || !businessSentence(s)) {
                    return -1; // "the second half" of a game
                }
                // "expects sales to recover in the second half": the half of the year the tense points at
                int tense = ClauseTense.before(t, start);
                int y = pub.getYear();
                boolean inSecondHalf = pub.getMonthValue() > 6;
                if (ord == 1 && tense == ClauseTense.FUTURE && inSecondHalf) {
                    y++;
                } else if (ord == 2 && tense == ClauseTense.PAST && !inSecondHalf) {
                    y--;
                }
                DateCandidate c = add(start, we, FIXED);
                c.value = Timex.half(y, ord);
                c.gran = G_OTHER;
                c.relative = true;
                return we;
            }
            DateCandidate c = add(start, ofYearEnd, FIXED);
            c.value = ofYearFiscal ? Timex.fiscalHalf(ofYearValue, ord) : Timex.half(ofYearValue, ord);
            c.gran = G_OTHER;
            return ofYearEnd;
        }
        if (code == (UNIT | U_WEEK) && isLowerLetter(t.charAt(q))) {
            return weekOfMonth(start, we, ord);
        }
        if (ord == 4 && code == (TRIGGER | DateLexicon.T_OF) && Character.isUpperCase(t.charAt(s))) {
            int r = skipSpace(we);
            int re = r > we && r < n ? wordEnd(r) : r;
            if (re > r && LEX.lookup(t, r, re) == (MONTH | 7) && capitalized(r, re)) {
                DateCandidate c = add(s, re, MONTH_DAY); // "the Fourth of July": Independence Day (US)
                c.month = 7;
                c.day = 4;
                c.tense = ClauseTense.before(t, s);
                return re;
            }
        }
        return -1;
    }

    /** After a period word ending at p: " of 2022", " of next year", " of this year", " of the year". */
    private boolean ofYear(int p) {
        int q = skipSpace(p);
        int we = q > p && q < n ? wordEnd(q) : q;
        if (we == q || LEX.lookup(t, q, we) != (TRIGGER | DateLexicon.T_OF)) {
            return false;
        }
        int r = skipSpace(we);
        if (r == we || r >= n) {
            return false;
        }
        ofYearFiscal = false;
        if (isDigit(t.charAt(r))) {
            int de = digitEnd(r);
            int y = de - r == 4 && numberEnds(de) ? parse(r, de) : 0;
            if (y < 1900 || y > 2099) {
                return false;
            }
            ofYearValue = y;
            ofYearEnd = de;
            return true;
        }
        int re = wordEnd(r);
        int c = re > r ? LEX.lookup(t, r, re) : 0;
        int fy = kind(c) == FISCAL ? fiscalYearEnd(r, re) : fiscalCodeEnd(r);
        if (fy > 0) {
            // "the second quarter of fiscal (year) 2024", "the first half of FY24": the company's fiscal year
            ofYearValue = fiscalYearValue;
            ofYearEnd = fy;
            ofYearFiscal = true;
            return true;
        }
        if (pub == null || (kind(c) != DEICTIC && kind(c) != THE)) {
            return false;
        }
        int s2 = skipSpace(re);
        int se = s2 > re && s2 < n ? wordEnd(s2) : s2;
        if (se == s2 || LEX.lookup(t, s2, se) != (UNIT | U_YEAR)) {
            return false;
        }
        int step = c == (DEICTIC | D_LAST) ? -1 : c == (DEICTIC | D_NEXT) ? 1 : 0;
        ofYearValue = pub.getYear() + step;
        ofYearEnd = se;
        return true;
    }

    /** Quarter ord ending at we: its year written after it, else worked out (business sentences only). */
    private int quarter(int start, int we, int ord) {
        if (ofYear(we)) {
            DateCandidate c = add(start, ofYearEnd, FIXED);
            c.value = ofYearFiscal ? Timex.fiscalQuarter(ofYearValue, ord) : Timex.quarter(ofYearValue, ord);
            c.gran = G_OTHER;
            return ofYearEnd;
        }
        if (pub == null || !businessSentence(start)) {
            return -1; // "in the fourth quarter" of a game
        }
        DateCandidate c = add(start, we, FIXED);
        c.value = Timex.quarter(Timex.inferQuarterYear(ord, pub, ClauseTense.before(t, start)), ord);
        c.gran = G_OTHER;
        c.relative = true;
        return we;
    }

    /** "Q3", "Q1 2022": the business shorthand for quarters (not "Q3:" numbering questions). */
    private int quarterCode(int i) {
        int d = i + 1;
        if (d >= n || t.charAt(d) < '1' || t.charAt(d) > '4' || (d + 1 < n && (isAlnum(t.charAt(d + 1))
                || t.charAt(d + 1) == ':'))) {
            return -1;
        }
        int ord = t.charAt(d) - '0';
        int end = d + 1;
        int r = skipSpace(end);
        int fy = r > end && r < n ? fiscalCodeEnd(r) : -1;
        if (fy < 0 && r > end && r < n && isLetter(t.charAt(r))) {
            int re = wordEnd(r);
            fy = kind(LEX.lookup(t, r, re)) == FISCAL ? fiscalYearEnd(r, re) : -1;
        }
        if (fy > 0) {
            DateCandidate c = add(i, fy, FIXED); // "Q2 FY24", "Q2 fiscal 2024": a fiscal, not a calendar quarter
            c.value = Timex.fiscalQuarter(fiscalYearValue, ord);
            c.gran = G_OTHER;
            return fy;
        }
        if (r > end && r < n && isDigit(t.charAt(r))) {
            int de = digitEnd(r);
            int y = de - r == 4 && numberEnds(de) ? parse(r, de) : 0;
            if (y >= 1900 && y <= 2099) {
                DateCandidate c = add(i, de, FIXED);
                c.value = Timex.quarter(y, ord);
                c.gran = G_OTHER;
                return de;
            }
        }
        if (pub == null) {
            return -1;
        }
        DateCandidate c = add(i, end, FIXED);
        c.value = Timex.quarter(Timex.inferQuarterYear(ord, pub, ClauseTense.before(t, i)), ord);
        c.gran = G_OTHER;
        c.relative = true;
        return end;
    }

    /** Business words outnumber game words in the sentence around position p (bounded, so linear overall). */
    private boolean businessSentence(int p) {
        int from = p;
        int limit = Math.max(0, p - 300);
        while (from > limit && !sentenceBoundary(from - 1)) {
            from--;
        }
        int to = p;
        int stop = Math.min(n, p + 300);
        while (to < stop && !sentenceBoundary(to)) {
            to++;
        }
        int business = 0;
        int game = 0;
        int k = from;
        while (k < to) {
            char c = t.charAt(k);
            if (c == '$' || c == '%' || c == '\u20AC' || c == '\u00A3') {
                business++;
            }
            if (!isLetter(c)) {
                k++;
                continue;
            }
            int we = wordEnd(k);
            if (DateLexicon.BUSINESS_WORDS.contains(t, k, we)) {
                business++;
            } else if (DateLexicon.GAME_WORDS.contains(t, k, we)
                    && !(k >= 5 && t.regionMatches(true, k - 5, "same ", 0, 5))) {
                game++; // not "the same period last year"
            }
            k = we;
        }
        return business > game;
    }

    private boolean sentenceBoundary(int k) {
        char c = t.charAt(k);
        return c == '\n' || c == '!' || c == '?' || (c == '.' && (k + 1 >= n || !isDigit(t.charAt(k + 1))));
    }

    /**
     * "the third week of September (2008)": the ISO week holding day 7 * (ord - 1) + 1 of that month, so
     * the week stays in the month named; the year as for "in September" when none is written.
     */
    private int weekOfMonth(int start, int we, int ord) {
        int q = skipSpace(we);
        int qe = q > we && q < n ? wordEnd(q) : q;
        if (qe == q || LEX.lookup(t, q, qe) != (TRIGGER | DateLexicon.T_OF)) {
            return -1;
        }
        int r = skipSpace(qe);
        int re = r > qe && r < n ? wordEnd(r) : r;
        int mc = re > r ? LEX.lookup(t, r, re) : 0;
        if (kind(mc) != MONTH || !capitalized(r, re)) {
            return -1;
        }
        int m = value(mc);
        int end = re;
        int y = 0;
        int p = re < n && t.charAt(re) == ',' ? re + 1 : re;
        int ys = skipSpace(p);
        if (ys > p && ys < n && isDigit(t.charAt(ys))) {
            int de = digitEnd(ys);
            if (de - ys == 4 && numberEnds(de)) {
                y = parse(ys, de);
                end = de;
            }
        }
        if (y < 1900 || y > 2099) {
            if (pub == null) {
                return -1;
            }
            int idx = Timex.inferMonth(m, pub, ClauseTense.before(t, start));
            y = idx / 12;
            m = idx % 12 + 1;
        }
        DateCandidate c = add(start, end, FIXED);
        c.value = Timex.week(LocalDate.of(y, m, 7 * (ord - 1) + 1), false);
        c.gran = G_OTHER;
        return end;
    }

    /** "fiscal 2021", "fiscal year 2021": the fiscal year FY2021. */
    private int fiscalYear(int i, int e) {
        int end = fiscalYearEnd(i, e);
        if (end < 0) {
            return -1;
        }
        DateCandidate c = add(i, end, FIXED);
        c.value = Timex.fiscalYear(fiscalYearValue);
        c.gran = G_OTHER;
        return end;
    }

    /** "FY24", "FY2024", "FY 2024" at i: the fiscal year FY2024. */
    private int fiscalCode(int i) {
        int end = fiscalCodeEnd(i);
        if (end < 0) {
            return -1;
        }
        DateCandidate c = add(i, end, FIXED);
        c.value = Timex.fiscalYear(fiscalYearValue);
        c.gran = G_OTHER;
        return end;
    }

    /** End of "FY24" / "FY2024" / "FY 2024" starting at i (year into fiscalYearValue), else -1. */
    private int fiscalCodeEnd(int i) {
        if (i + 2 >= n || t.charAt(i) != 'F' || t.charAt(i + 1) != 'Y' || (i > 0 && isAlnum(t.charAt(i - 1)))) {
            return -1;
        }
        int q = t.charAt(i + 2) == ' ' ? i + 3 : i + 2;
        int de = digitEnd(q);
        if (!numberEnds(de) || (de < n && isLetter(t.charAt(de)))) {
            return -1;
        }
        if (de - q == 2 && q == i + 2) {
            int yy = parse(q, de);
            fiscalYearValue = yy >= 70 ? 1900 + yy : 2000 + yy;
            return de;
        }
        int y = de - q == 4 ? parse(q, de) : 0;
        if (y < 1900 || y > 2099) {
            return -1;
        }
        fiscalYearValue = y;
        return de;
    }

    /** End of "fiscal 2021" / "fiscal year 2021" whose "fiscal" spans [i, e) (year into fiscalYearValue). */
    private int fiscalYearEnd(int i, int e) {
        int q = skipSpace(e);
        if (q == e || q >= n) {
            return -1;
        }
        int we = wordEnd(q);
        if (we > q && LEX.lookup(t, q, we) == (UNIT | DateLexicon.U_YEAR)) {
            q = skipSpace(we);
            if (q == we || q >= n) {
                return -1;
            }
        }
        int de = digitEnd(q);
        int y = de - q == 4 && numberEnds(de) ? parse(q, de) : 0;
        if (y < 1900 || y > 2099) {
            return -1;
        }
        fiscalYearValue = y;
        return de;
    }

    /** "end", "start", "beginning", "middle" followed by "of". */
    private boolean isPartOfPeriod(int q, int we) {
        int len = we - q;
        return (len == 3 && t.regionMatches(false, q, "end", 0, 3))
                || (len == 5 && t.regionMatches(false, q, "start", 0, 5))
                || (len == 6 && t.regionMatches(false, q, "middle", 0, 6))
                || (len == 9 && t.regionMatches(false, q, "beginning", 0, 9));
    }

    /** "the end of the month", "the start of this year": that month or year of the publication date. */
    private int partOfMonthOrYear(int start, int we) {
        int q = skipSpace(we);
        int qe = q > we && q < n ? wordEnd(q) : q;
        if (qe == q || LEX.lookup(t, q, qe) != (TRIGGER | DateLexicon.T_OF)) {
            return -1;
        }
        int r = skipSpace(qe);
        int re = r > qe && r < n ? wordEnd(r) : r;
        int dc = re > r ? LEX.lookup(t, r, re) : 0;
        if (dc != THE && dc != (DEICTIC | D_THIS)) {
            return -1;
        }
        int u = skipSpace(re);
        int ue = u > re && u < n ? wordEnd(u) : u;
        int uc = ue > u ? LEX.lookup(t, u, ue) : 0;
        if (ue < n && isAlnum(t.charAt(ue))) {
            return -1;
        }
        DateCandidate c;
        if (uc == (UNIT | U_MONTH)) {
            c = add(start, ue, FIXED);
            c.value = Timex.month(pub.getYear(), pub.getMonthValue());
            c.gran = G_MONTH;
            c.year = pub.getYear();
            c.month = pub.getMonthValue();
        } else if (uc == (UNIT | DateLexicon.U_YEAR)) {
            c = add(start, ue, FIXED);
            c.value = Timex.year(pub.getYear());
            c.gran = G_YEAR;
            c.year = pub.getYear();
        } else {
            return -1;
        }
        c.relative = true;
        return ue;
    }

    /** "Tuesday 19th", "Saturday the 14th": the day of that number next to publication that is that weekday. */
    private int weekdayWithDayOfMonth(int e, int dow, int start) {
        if (pub == null) {
            return -1;
        }
        int q = skipSpace(e);
        if (q == e || q >= n) {
            return -1;
        }
        if (isLetter(t.charAt(q))) {
            int we = wordEnd(q);
            if (LEX.lookup(t, q, we) != THE) {
                return -1;
            }
            q = skipSpace(we);
            if (q == we || q >= n) {
                return -1;
            }
        }
        if (!isDigit(t.charAt(q))) {
            return -1;
        }
        int de = digitEnd(q);
        if (de - q > 2) {
            return -1;
        }
        int oe = ordinalEnd(de);
        if (oe <= de) {
            return -1; // the suffix is needed: "Tuesday 19 people" is a count
        }
        int day = parse(q, de);
        int tense = ClauseTense.before(t, start);
        LocalDate best = null;
        for (int k = -1; k <= 1; k++) {
            LocalDate m = pub.withDayOfMonth(1).plusMonths(k);
            if (day < 1 || day > m.lengthOfMonth()) {
                continue;
            }
            LocalDate d = m.withDayOfMonth(day);
            if ((tense == ClauseTense.FUTURE && d.isBefore(pub)) || (tense == ClauseTense.PAST && d.isAfter(pub))) {
                continue;
            }
            if (d.getDayOfWeek().getValue() == dow && (best == null
                    || Math.abs(d.toEpochDay() - pub.toEpochDay()) < Math.abs(best.toEpochDay() - pub.toEpochDay()))) {
                best = d;
            }
        }
        if (best == null) {
            return -1;
        }
        relativeDayMention(start, oe, best);
        return oe;
    }

    // ------------------------------------------------------------------ relative to the publication date

    private int relativeDay(int i, int e, int offsetDays, int start) {
        if (pub == null) {
            return -1;
        }
        if (e < n && t.charAt(e) == ':') {
            return -1; // "Today: 21 June 2025" is a page label
        }
        if (start == i && Character.isUpperCase(t.charAt(i)) && !sentenceStart(i)) {
            return -1; // "USA Today", "Russia Today", "the Today programme"
        }
        int end = e;
        int q = skipSpace(e);
        if (q > e && q < n && isLowerLetter(t.charAt(q))) {
            int we = wordEnd(q);
            if (kind(LEX.lookup(t, q, we)) == DAYPART) {
                end = we;
            }
        }
        relativeDayMention(start, end, pub.plusDays(offsetDays));
        lastWeekdayDate = pub.plusDays(offsetDays);
        lastWeekdayEnd = end;
        lastWeekdayTense = offsetDays > 0 ? ClauseTense.FUTURE : offsetDays < 0 ? ClauseTense.PAST : ClauseTense.NONE;
        return end;
    }

    /** last/this/next + week, weekend, month, year, a weekday, a month, or a part of the day. */
    private int deictic(int i, int e, int which, int start) {
        if (pub == null || kind(prevWordCode(i)) == THE) {
            return -1; // "the last week" is a duration
        }
        int q = skipSpace(e);
        if (q == e || q >= n) {
            return -1;
        }
        int we = wordEnd(q);
        int code = we > q ? LEX.lookup(t, q, we) : 0;
        if (which == D_THIS && kind(code) == PAST) {
            // "this past Saturday"
            int q2 = skipSpace(we);
            if (q2 == we || q2 >= n) {
                return -1;
            }
            q = q2;
            we = wordEnd(q);
            code = we > q ? LEX.lookup(t, q, we) : 0;
            which = D_LAST;
        }
        if (we == q || (we < n && isDigit(t.charAt(we)))) {
            return -1;
        }
        int step = which == D_LAST ? -1 : which == D_NEXT ? 1 : 0;
        switch (kind(code)) {
            case UNIT: {
                DateCandidate c;
                switch (value(code)) {
                    case U_WEEK:
                    case U_WEEKEND:
                        c = add(start, we, FIXED);
                        c.value = Timex.week(pub.plusWeeks(step), value(code) == U_WEEKEND);
                        c.gran = G_OTHER;
                        break;
                    case U_MONTH: {
                        LocalDate m = pub.plusMonths(step);
                        c = add(start, we, FIXED);
                        c.value = Timex.month(m.getYear(), m.getMonthValue());
                        c.gran = G_MONTH;
                        c.year = m.getYear();
                        c.month = m.getMonthValue();
                        break;
                    }
                    case U_YEAR:
                        c = add(start, we, FIXED);
                        c.value = Timex.year(pub.getYear() + step);
                        c.gran = G_YEAR;
                        c.year = pub.getYear() + step;
                        break;
                    case U_QUARTER: {
                        int qi = pub.getYear() * 4 + (pub.getMonthValue() - 1) / 3 + step;
                        c = add(start, we, FIXED);
                        c.value = Timex.quarter(qi / 4, qi % 4 + 1);
                        c.gran = G_OTHER;
                        break;
                    }
                    default:
                        return -1;
                }
                c.relative = true;
                return we;
            }
            case WEEKDAY: {
                if (!capitalized(q, we)) {
                    return -1;
                }
                DayOfWeek d = DayOfWeek.of(value(code));
                LocalDate date = which == D_LAST ? pub.with(TemporalAdjusters.previous(d))
                        : which == D_NEXT ? pub.with(TemporalAdjusters.next(d))
                        : pub.with(ChronoField.DAY_OF_WEEK, d.getValue());
                int end = we;
                int r = skipSpace(we);
                if (r > we && r < n && isLowerLetter(t.charAt(r))) {
                    int re = wordEnd(r);
                    if (kind(LEX.lookup(t, r, re)) == DAYPART) {
                        end = re;
                    }
                }
                relativeDayMention(start, end, date);
                return end;
            }
            case MONTH: {
                if (!capitalized(q, we)) {
                    return -1;
                }
                int m = value(code);
                int pm = pub.getMonthValue();
                int y = which == D_LAST ? (m < pm ? pub.getYear() : pub.getYear() - 1)
                        : which == D_NEXT ? (m > pm ? pub.getYear() : pub.getYear() + 1)
                        : pub.getYear();
                DateCandidate c = add(start, we, FIXED);
                c.value = Timex.month(y, m);
                c.gran = G_MONTH;
                c.year = y;
                c.month = m;
                c.relative = true;
                return we;
            }
            case SEASON:
                if (!isLowerLetter(t.charAt(q)) && !capitalized(q, we)) {
                    return -1;
                }
                // "last winter" is the one before the current season, "this spring" the one under way or
                // about to start (or just ended), "next fall" the first one after now
                return seasonMention(start, we, value(code), which == D_LAST ? -4 : which == D_NEXT ? 1 : -1);
            case DAYPART:
                if (!isLowerLetter(t.charAt(q))) {
                    return -1;
                }
                if (which == D_THIS) {
                    relativeDayMention(start, we, pub);
                    return we;
                }
                if (which == D_LAST && value(code) >= 3) {
                    relativeDayMention(start, we, pub.minusDays(1)); // "last night", "last evening"
                    return we;
                }
                return -1;
            default:
                return -1;
        }
    }

    /** "earlier this week", "later this month", "earlier today". */
    private int earlierLater(int i, int e) {
        if (pub == null) {
            return -1;
        }
        int q = skipSpace(e);
        if (q == e || q >= n) {
            return -1;
        }
        int we = wordEnd(q);
        int code = we > q ? LEX.lookup(t, q, we) : 0;
        if (code == (DEICTIC | D_THIS)) {
            return deictic(q, we, D_THIS, i);
        }
        if (kind(code) == RELDAY) {
            return relativeDay(q, we, value(code) - 8, i);
        }
        return -1;
    }

    /** "two years ago" (from publication), "five days later" (from the date before it, else not a date). */
    private int offset(int i, int e, int amount) {
        int q = skipSpace(e);
        if (q == e || q >= n) {
            return -1;
        }
        int we = wordEnd(q);
        int code = we > q ? LEX.lookup(t, q, we) : 0;
        if (kind(code) != UNIT) {
            return -1;
        }
        int unit = value(code);
        if (unit != U_DAY && unit != U_WEEK && unit != U_MONTH && unit != U_YEAR) {
            return -1;
        }
        int r = skipSpace(we);
        if (r == we || r >= n) {
            return -1;
        }
        int re = wordEnd(r);
        int c2 = re > r ? LEX.lookup(t, r, re) : 0;
        if (re < n && isAlnum(t.charAt(re))) {
            return -1;
        }
        if (c2 == AGO) {
            if (pub == null) {
                return -1;
            }
            int r2 = skipSpace(re);
            int re2 = r2 > re && r2 < n ? wordEnd(r2) : r2;
            if (unit == U_YEAR && re2 - r2 == 5 && LEX.lookup(t, r2, re2) == (RELDAY | 8)
                    && t.regionMatches(true, r2, "today", 0, 5)) {
                // "Fifty years ago today": that very day, an anniversary
                relativeDayMention(i, re2, pub.minusYears(amount));
                return re2;
            }
            DateCandidate c = add(i, re, FIXED);
            c.relative = true;
            RelativeDateResolver.shift(c, pub, -amount, unit);
            return re;
        }
        if (kind(c2) == EARLIER_LATER) {
            DateCandidate c = add(i, re, OFFSET);
            c.amount = value(c2) == LATER ? amount : -amount;
            c.unit = unit;
            return re;
        }
        return -1;
    }

    // ------------------------------------------------------------------ emitting

    private DateCandidate add(int start, int end, int kind) {
        DateCandidate c = new DateCandidate(start, end, kind);
        out.add(c);
        return c;
    }

    private void fixedDay(int start, int end, int y, int m, int d) {
        DateCandidate c = add(start, end, FIXED);
        c.value = Timex.day(y, m, d);
        c.gran = G_DAY;
        c.year = y;
        c.month = m;
        c.day = d;
        c.explicitYear = true;
    }

    private void fixedMonth(int start, int end, int y, int m) {
        DateCandidate c = add(start, end, FIXED);
        c.value = Timex.month(y, m);
        c.gran = G_MONTH;
        c.year = y;
        c.month = m;
        c.explicitYear = true;
    }

    private void fixedYear(int start, int end, int y) {
        DateCandidate c = add(start, end, FIXED);
        c.value = Timex.year(y);
        c.gran = G_YEAR;
        c.year = y;
        c.explicitYear = true;
    }

    private void relativeDayMention(int start, int end, LocalDate d) {
        DateCandidate c = add(start, end, FIXED);
        c.setDay(d);
        c.relative = true;
    }

    // ------------------------------------------------------------------ characters and words

    private int prevWordCode(int i) {
        int p = skipSpacesBack(t, i);
        if (p == i || p == 0 || !isLetter(t.charAt(p - 1))) {
            return 0;
        }
        int ws = letterRunStart(t, p - 1);
        return LEX.lookup(t, ws, p);
    }

    private boolean prevWordIs(int i, DateLexicon lex, boolean mustBeCapitalized) {
        int p = skipSpacesBack(t, i);
        if (p == i || p == 0 || !isLetter(t.charAt(p - 1))) {
            return false;
        }
        int ws = letterRunStart(t, p - 1);
        return (!mustBeCapitalized || Character.isUpperCase(t.charAt(ws))) && lex.contains(t, ws, p);
    }

    /** Nothing but quotes, brackets or spaces between i and the previous sentence end (or the text start). */
    private boolean sentenceStart(int i) {
        int p = i;
        while (p > 0) {
            char c = t.charAt(p - 1);
            if (isSpace(c) || c == '"' || c == '\u201C' || c == '\u2018' || c == '\'' || c == '(' || c == '[') {
                p--;
                continue;
            }
            return c == '.' || c == '!' || c == '?' || c == '\n' || c == '\r' || c == ':' || c == '\u2014'
                    || c == '-' || c == '|' || c == '\u2022';
        }
        return true;
    }

    /** "Nov." and "Sept." take their period; a full month name before a period ends a sentence instead. */
    private int abbreviationEnd(int e, int code) {
        if (e < n && t.charAt(e) == '.' && (kind(code) == MONTH_ABBR)) {
            return e + 1;
        }
        return e;
    }

    /** After a day number: skips "st"/"nd"/"rd"/"th"; -1 if other letters follow ("5km"). */
    private int ordinalEnd(int de) {
        if (de >= n || !isLetter(t.charAt(de))) {
            return de;
        }
        int we = wordEnd(de);
        if (we - de == 2) {
            char a = DateLexicon.lower(t.charAt(de));
            char b = DateLexicon.lower(t.charAt(de + 1));
            if ((a == 's' && b == 't') || (a == 'n' && b == 'd') || (a == 'r' && b == 'd') || (a == 't' && b == 'h')) {
                return we < n && isDigit(t.charAt(we)) ? -1 : we;
            }
        }
        return -1;
    }

    /** A day number is not followed by ",000", ".5", ":30" or "%". */
    private boolean dayNumberEnds(int de) {
        if (de >= n) {
            return true;
        }
        char c = t.charAt(de);
        if (c == '%') {
            return false;
        }
        return !((c == ',' || c == '.' || c == ':' || c == '/') && de + 1 < n && isDigit(t.charAt(de + 1)));
    }

    /** A number ends cleanly: no letter, and no "-5", "/5", ".5", ",5" continuing it. */
    private boolean numberEnds(int e) {
        if (e >= n) {
            return true;
        }
        char c = t.charAt(e);
        if (isAlnum(c)) {
            return false;
        }
        return !((c == '-' || c == '/' || c == '.' || c == ',' || c == ':') && e + 1 < n && isDigit(t.charAt(e + 1)));
    }

    private boolean isoDateEnds(int e) {
        if (e >= n) {
            return true;
        }
        char c = t.charAt(e);
        if (c == 'T' && e + 1 < n && isDigit(t.charAt(e + 1))) {
            return true; // 2020-11-10T12:00:00Z
        }
        return numberEnds(e);
    }

    /** "November", "NOVEMBER"; not "november" or "NoVember". */
    private boolean capitalized(int s, int e) {
        if (!Character.isUpperCase(t.charAt(s))) {
            return false;
        }
        if (e - s == 1) {
            return true;
        }
        boolean upper = Character.isUpperCase(t.charAt(s + 1));
        for (int k = s + 1; k < e; k++) {
            if (Character.isUpperCase(t.charAt(k)) != upper) {
                return false;
            }
        }
        return true;
    }

    private int skipSpace(int p) {
        while (p < n && isSpace(t.charAt(p))) {
            p++;
        }
        return p;
    }

    private int wordEnd(int p) {
        while (p < n && isLetter(t.charAt(p))) {
            p++;
        }
        return p;
    }

    private int digitEnd(int p) {
        while (p < n && isDigit(t.charAt(p))) {
            p++;
        }
        return p;
    }

    /** Digits [s, e) as an int; callers keep e - s small. */
    private int parse(int s, int e) {
        int v = 0;
        for (int k = s; k < e; k++) {
            v = v * 10 + (t.charAt(k) - '0');
        }
        return v;
    }

    /** Where the text before {@code p} ends once the spaces before {@code p} are skipped ({@code p} when none). */
    static int skipSpacesBack(String t, int p) {
        while (p > 0 && isSpace(t.charAt(p - 1))) {
            p--;
        }
        return p;
    }

    /** Start of the run of letters that ends at {@code end} ({@code end} itself when no letter precedes it). */
    static int letterRunStart(String t, int end) {
        while (end > 0 && isLetter(t.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    /** Dates never span lines: scraped text puts one paragraph or one page element per line. */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u00A0' || c == '\u2009' || c == '\u202F' || c == '\u2007'
                || c == '\u2002' || c == '\u2003';
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isDash(char c) {
        return c == '-' || c == '\u2013' || c == '\u2014';
    }

    static boolean isLetter(char c) {
        if (c < 128) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        }
        return Character.isLetter(c);
    }

    static boolean isLowerLetter(char c) {
        if (c < 128) {
            return c >= 'a' && c <= 'z';
        }
        return Character.isLowerCase(c);
    }

    private static boolean isLetterOrQuote(char c) {
        return isLetter(c) || c == '\'' || c == '\u2019';
    }

    static boolean isAlnum(char c) {
        if (c < 128) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        }
        return Character.isLetterOrDigit(c);
    }
}
