package io.newsflow.ingest.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds full calendar dates (day, month and year all stated) in a line of page text, and tells whether a line is
 * "about" a date: a dateline such as "Updated October 3rd, 2020 at 13:01 IST" rather than prose mentioning one.
 *
 * <p>Numeric dates whose day/month order cannot be known ("03/04/2021") are skipped rather than guessed.
 */
final class DateExpressions {

    /** A date found in a line; {@code cue} says what the words just before it call it. */
    record Found(LocalDate date, int start, int end, Cue cue) {}

    enum Cue { PUBLISHED, UPDATED, NONE }

    private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
            // German, Spanish and French names ("12. März 2023", "14 de marzo de 2023", "1er mars 2023")
            + "|januar|jänner|februar|märz|maerz|mai|juni|juli|oktober|dezember"
            + "|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre"
            + "|janvier|février|fevrier|mars|avril|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre"
            // Italian and Portuguese names ("12 marzo 2024", "14 de março de 2023")
            + "|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre"
            + "|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|dezembro"
            // Russian genitive month names ("12 апреля 2021"), day-first only
            + "|января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)";
    private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th|er|\\.)?";
    private static final String YEAR = "((?:19|20)\\d{2})";
    private static final Pattern DATE = Pattern.compile("(?iu)\\b(?:"
            + MONTH + "\\.?\\s+" + DAY + ",?\\s+" + YEAR                                    // October 3rd, 2020
            + "|" + DAY + "\\s+(?:of\\s+|de\\s+)?" + MONTH + "\\.?,?\\s+(?:de\\s+)?" + YEAR    // 31 January 2021
            + "|" + YEAR + "-(\\d{2})-(\\d{2})"                                             // 2021-01-31
            + "|" + YEAR + "/(\\d{1,2})/(\\d{1,2})"                                         // 2021/1/31
            + "|(\\d{1,2})[/.](\\d{1,2})[/.]" + YEAR                                        // 31.01.2021, 1/31/2021
            + "|" + DAY + "-" + MONTH + "-" + YEAR                                          // 19-NOV-1985 (wire archives)
            + ")(?![\\d])");

    /** What may surround a date on a dateline without making it prose. */
    private static final Pattern DATELINE_NOISE = Pattern.compile("(?i)"
            + "\\b\\d{1,2}[:.]\\d{2}(?:[:.]\\d{2})?(?:\\s*[ap]\\.?m\\.?)?"                     // 13:01, 5:26 pm
            + "|\\b\\d{1,2}\\s*[ap]\\.?m\\.?(?![a-z])"                                        // 5 pm
            + "|\\bT\\d{2}:\\d{2}\\S*"                                                        // ISO time part
            + "|\\b(?:mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?"
            + "|sun(?:day)?)\\b"                                                                // weekdays, not "money"
            + "|\\b(?:first\\s+)?(?:published|publish|posted|updated|last\\s+updated|modified|last\\s+modified"
            + "|created|released|edited|revised|date|dated|on|at|by|in|am|pm"
            + "|publicado|actualizado|atualizado|em|às|pubblicato|aggiornato|il|alle|el|a las|veröffentlicht|aktualisiert"
            + "|stand|um|uhr|publié|mis à jour|le|à)\\b"
            + "|(?-i:\\b(?:[A-Z]{1,4}T|GMT|UTC|IST|MSK|WIB)\\b)"                             // time zones, in capitals
            + "|\\b(?:GMT|UTC)?[+-]\\d{2}:?\\d{2}\\b"
            + "|[|•·,:;/()\\[\\]—–-]");
    private static final Pattern UPDATED_CUE = Pattern.compile(
            "(?iu)\\b(?:updated|modified|edited|revised|actualizado|atualizado|aggiornato|aktualisiert|mis à jour)\\b");
    private static final Pattern PUBLISHED_CUE = Pattern.compile(
            "(?iu)\\b(?:published|posted|created|released|dated|publicado|pubblicato|veröffentlicht|publié)\\b");

    /**
     * Old wire-service header: "AP-NR-04-09-98 1812EDT", "BC-Tornado-Alabama 04-09-98 1812EDT". The agency slug,
     * a US-order MM-DD-YY date and the filing time with its zone make up the whole line, so the date is the
     * filing (publication) date, not an event.
     */
    private static final Pattern WIRE_HEADER = Pattern.compile(
            "^(?:AP|BC|UPI|NYT)-[\\w&./-]*?(?:-|\\s+)(\\d{2})-(\\d{2})-(\\d{2})\\s+\\d{4}\\s?[A-Z]{2,4}$");

    private DateExpressions() {}

    /** The filing date of an old wire header line ("AP-NR-04-09-98 1812EDT" = 1998-04-09), or null. */
    static LocalDate wireHeaderDate(String line) {
        Matcher m = WIRE_HEADER.matcher(line.strip());
        if (!m.matches()) {
            return null;
        }
        int yy = Integer.parseInt(m.group(3));
        // Two-digit years: this header form was used from the 1980s into the 2000s, so 50-99 are 19xx.
        int year = yy >= 50 ? 1900 + yy : 2000 + yy;
        try {
            return LocalDate.of(year, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** Every full date in {@code line}, in order, each with the cue word nearest before it. */
    static List<Found> findAll(String line) {
        return findAll(line, null);
    }

    /**
     * As {@link #findAll(String)}, reading numeric dates such as 03/04/2021 day first ({@code dayFirst} true) or
     * month first (false) when the page has shown which; null leaves them unread.
     */
    static List<Found> findAll(String line, Boolean dayFirst) {
        if (!mayContainDate(line)) {
            return List.of();
        }
        Matcher m = DATE.matcher(line);
        List<Found> out = null;
        int cueFrom = 0;
        while (m.find()) {
            LocalDate d = toDate(m, dayFirst);
            if (d == null) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(2);
            }
            out.add(new Found(d, m.start(), m.end(), cueBetween(line, cueFrom, m.start())));
            cueFrom = m.end();
        }
        return out == null ? List.of() : out;
    }

    /** Cheap pre-test for the regex: every full date has a four-digit year 19xx or 20xx. */
    static boolean mayContainDate(String s) {
        int run = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                run++;
                if (run == 4 && (s.charAt(i - 3) == '1' && s.charAt(i - 2) == '9'
                        || s.charAt(i - 3) == '2' && s.charAt(i - 2) == '0')) {
                    return true;
                }
            } else {
                run = 0;
            }
        }
        return false;
    }

    /** The first full date in {@code text}, or null. */
    static LocalDate first(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = DATE.matcher(text);
        while (m.find()) {
            LocalDate d = toDate(m, null);
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    /** Parses a machine date as found in HTML metadata ("2020-10-03T13:01:00+05:30", RFC 1123, ...). */
    static LocalDate parseMachineDate(String value) {
        if (value == null) {
            return null;
        }
        String v = value.trim();
        if (v.length() == 8 && v.chars().allMatch(Character::isDigit) && (v.startsWith("19") || v.startsWith("20"))) {
            try {                                       // "20061012" (older sites' pdate / pubdate meta)
                return LocalDate.of(Integer.parseInt(v.substring(0, 4)), Integer.parseInt(v.substring(4, 6)),
                        Integer.parseInt(v.substring(6, 8)));
            } catch (DateTimeException e) {
                return null;
            }
        }
        if (v.length() >= 10 && v.charAt(4) == '-' && v.charAt(7) == '-') {
            try {
                return LocalDate.parse(v.substring(0, 10));
            } catch (DateTimeException e) {
                return null;
            }
        }
        return first(v);
    }

    /**
     * Whether the line is a dateline: the dates, times, zones, weekdays and cue words make up the line, leaving
     * at most {@code maxLeftoverWords} other words (a section name such as "News", a byline).
     */
    static boolean isDateline(String line, List<Found> dates, int maxLeftoverWords) {
        if (dates.isEmpty()) {
            return false;
        }
        StringBuilder rest = new StringBuilder(line.length());
        int from = 0;
        for (Found f : dates) {
            rest.append(line, from, f.start()).append(' ');
            from = f.end();
        }
        rest.append(line, from, line.length());
        String leftover = DATELINE_NOISE.matcher(rest).replaceAll(" ");
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < leftover.length(); i++) {
            boolean letterOrDigit = Character.isLetterOrDigit(leftover.charAt(i));
            if (letterOrDigit && !inWord) {
                words++;
            }
            inWord = letterOrDigit;
        }
        return words <= maxLeftoverWords;
    }

    private static Cue cueBetween(String line, int from, int to) {
        String span = line.substring(from, to);
        // The cue nearest to the date wins: "Published X, updated Y" splits at the dates.
        Matcher up = UPDATED_CUE.matcher(span);
        int lastUpdated = -1;
        while (up.find()) {
            lastUpdated = up.start();
        }
        Matcher pub = PUBLISHED_CUE.matcher(span);
        int lastPublished = -1;
        while (pub.find()) {
            lastPublished = pub.start();
        }
        if (lastUpdated < 0 && lastPublished < 0) {
            return Cue.NONE;
        }
        return lastUpdated > lastPublished ? Cue.UPDATED : Cue.PUBLISHED;
    }

    private static final Pattern SLASH_DATE = Pattern.compile("\\b(\\d{1,2})/(\\d{1,2})/(?:19|20)\\d\\d\\b");

    /**
     * What the slash dates of a line say about the page's order: true for day first (a first number over 12, as
     * in 21/07/2022), false for month first (07/21/2022), null when the line has none or only ambiguous ones.
     */
    static Boolean slashOrder(String line) {
        if (line.indexOf('/') < 0) {
            return null;
        }
        Matcher m = SLASH_DATE.matcher(line);
        while (m.find()) {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(2));
            if (a > 12 && b <= 12) {
                return Boolean.TRUE;
            }
            if (b > 12 && a <= 12) {
                return Boolean.FALSE;
            }
        }
        return null;
    }

    /**
     * Whether the line's first ambiguous slash date (both numbers 12 or less) reads as {@code month}/{@code day}
     * day first (true), month first (false), or neither (null).
     */
    static Boolean slashOrderFor(String line, int month, int day) {
        if (line.indexOf('/') < 0) {
            return null;
        }
        Matcher m = SLASH_DATE.matcher(line);
        while (m.find()) {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(2));
            if (a > 12 || b > 12 || a == b) {
                continue;
            }
            if (a == day && b == month) {
                return Boolean.TRUE;
            }
            if (a == month && b == day) {
                return Boolean.FALSE;
            }
        }
        return null;
    }

    /** The month number of a month name or abbreviation ("Feb", "février"), or -1. */
    static int monthNumber(String name) {
        try {
            return name.length() >= 3 ? month(name) : -1;
        } catch (DateTimeException e) {
            return -1;
        }
    }

    private static LocalDate toDate(Matcher m, Boolean dayFirst) {
        try {
            if (m.group(1) != null) {
                return LocalDate.of(year(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2)));
            }
            if (m.group(4) != null) {
                return LocalDate.of(year(m.group(6)), month(m.group(5)), Integer.parseInt(m.group(4)));
            }
            if (m.group(7) != null) {
                return LocalDate.of(year(m.group(7)), Integer.parseInt(m.group(8)), Integer.parseInt(m.group(9)));
            }
            if (m.group(10) != null) {
                return LocalDate.of(year(m.group(10)), Integer.parseInt(m.group(11)), Integer.parseInt(m.group(12)));
            }
            if (m.group(13) != null) {
                int a = Integer.parseInt(m.group(13));
                int b = Integer.parseInt(m.group(14));
                int y = year(m.group(15));
                if (a > 12 && b <= 12) {
                    return LocalDate.of(y, b, a);          // day first
                }
                if (b > 12 && a <= 12) {
                    return LocalDate.of(y, a, b);          // month first
                }
                if (a == b) {
                    return LocalDate.of(y, a, b);
                }
                if (m.group().charAt(m.group(13).length()) == '.') {
                    return LocalDate.of(y, b, a);          // 12.03.2023: dotted dates are written day first
                }
                if (dayFirst != null) {
                    return dayFirst ? LocalDate.of(y, b, a) : LocalDate.of(y, a, b);
                }
                return null;                                // 03/04/2021: unknowable without the page's order
            }
            if (m.group(16) != null) {
                return LocalDate.of(year(m.group(18)), month(m.group(17)), Integer.parseInt(m.group(16)));
            }
        } catch (DateTimeException | NumberFormatException e) {
            return null;                                    // "February 30"
        }
        return null;
    }

    private static int year(String s) {
        return Integer.parseInt(s);
    }

    /** Month number of a month name or its abbreviation, in the languages the date patterns read. */
    static int month(String name) {
        String m = name.toLowerCase(Locale.ROOT);
        switch (m.substring(0, 3)) {
            case "jan": return 1;
            case "feb": return 2;
            case "mar": return 3;
            case "apr": return 4;
            case "may": return 5;
            case "jun": return 6;
            case "jul": return 7;
            case "aug": return 8;
            case "sep": return 9;
            case "oct": return 10;
            case "nov": return 11;
            case "dec": return 12;
            case "jän": case "ene": case "gen": return 1;
            case "mag": return 5;
            case "giu": return 6;
            case "lug": return 7;
            case "ott": case "out": return 10;
            case "fév": case "fev": return 2;
            case "mär": case "mae": return 3;
            case "abr": case "avr": return 4;
            case "mai": return 5;
            case "ago": case "aoû": case "aou": return 8;
            case "set": return 9;
            case "okt": return 10;
            case "dez": case "dic": case "déc": return 12;
            case "янв": return 1;
            case "фев": return 2;
            case "мар": return 3;
            case "апр": return 4;
            case "мая": return 5;
            case "июн": return 6;
            case "июл": return 7;
            case "авг": return 8;
            case "сен": return 9;
            case "окт": return 10;
            case "ноя": return 11;
            case "дек": return 12;
            default: throw new DateTimeException("not a month: " + name);
        }
    }
}
