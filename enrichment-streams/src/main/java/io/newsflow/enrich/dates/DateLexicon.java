package io.newsflow.enrich.dates;

import java.util.Map;

/**
 * Case-insensitive word table that looks words up straight from the article text (start/end offsets), so the
 * tagger never builds a String per token. Open addressing over a power-of-two table; built once, read-only after.
 *
 * <p>A code packs a kind (high bits) and a small value (low byte), e.g. {@code MONTH | 11} for "november".
 */
final class DateLexicon {

    // Kinds. Only some of them start a mention; the rest are context words the tagger asks about.
    static final int MONTH = 1 << 8;          // value 1..12, full name ("may" included)
    static final int MONTH_ABBR = 2 << 8;     // value 1..12, needs a day or year after it
    static final int WEEKDAY = 3 << 8;        // value 1..7 (ISO, Monday = 1)
    static final int WEEKDAY_ABBR = 4 << 8;   // only as a prefix of a full date ("Sat, Nov 14")
    static final int TRIGGER = 5 << 8;        // prepositions that make a bare year or month a date
    static final int ON = 6 << 8;
    static final int THE = 7 << 8;
    static final int MODIFIER = 8 << 8;       // early / mid / late
    static final int RELDAY = 9 << 8;         // value = day offset + 8
    static final int DEICTIC = 10 << 8;       // last / this / next
    static final int EARLIER_LATER = 11 << 8; // earlier / later
    static final int UNIT = 12 << 8;          // day, week, month, year, weekend, decade
    static final int DAYPART = 13 << 8;       // morning / afternoon / evening / night
    static final int NUMBER = 14 << 8;        // a, an, one .. thirty
    static final int AGO = 15 << 8;
    static final int SEASON = 16 << 8;
    static final int CONJ = 17 << 8;          // and / or / to / through / until-as-range
    static final int SEQUENCE = 18 << 8;      // next / following / previous / preceding after "the"
    static final int QUANTIFIER = 19 << 8;    // every / each / first ... : "every Saturday" is not a date
    static final int PAST = 20 << 8;          // "this past Saturday"
    static final int HOLIDAY = 21 << 8;       // Christmas, Thanksgiving, New (Year's), Black (Friday), Halloween
    static final int FISCAL = 22 << 8;        // "fiscal 2021" is the fiscal year FY2021

    // HOLIDAY values
    static final int H_CHRISTMAS = 1, H_THANKSGIVING = 2, H_NEW = 3, H_BLACK = 4, H_HALLOWEEN = 5,
            H_EASTER = 6, H_GOOD = 7, H_ASH = 8, H_MEMORIAL = 9, H_LABOR = 10, H_INDEPENDENCE = 11, H_BASTILLE = 12,
            H_ANZAC = 13, H_BOXING = 14, H_ARMISTICE = 15, H_VALENTINE = 16;
    /** Movable-day codes beyond the words themselves (DateCandidate.holiday). */
    static final int H_EASTER_MONDAY = 17, H_EASTER_WEEKEND = 18;

    // TRIGGER values; whether the preposition joins the mention text depends on it.
    static final int T_IN = 1, T_SINCE = 2, T_DURING = 3, T_UNTIL = 4, T_THROUGHOUT = 5, T_CIRCA = 6,
            T_FROM = 7, T_BY = 8, T_OF = 9, T_BEFORE = 10, T_AFTER = 11, T_BETWEEN = 12, T_THROUGH = 13;

    // UNIT values
    static final int U_DAY = 1, U_WEEK = 2, U_MONTH = 3, U_YEAR = 4, U_WEEKEND = 5, U_DECADE = 6, U_QUARTER = 7;

    // DEICTIC values
    static final int D_LAST = 1, D_THIS = 2, D_NEXT = 3;

    // EARLIER_LATER values
    static final int EARLIER = 1, LATER = 2;

    // CONJ values
    static final int C_AND = 1, C_OR = 2, C_TO = 3;

    // SEQUENCE values: +1 / -1 relative to an anchor day
    static final int S_NEXT = 1, S_PREVIOUS = 2;

    static final DateLexicon MAIN = new DateLexicon(mainWords());

    /** Words that, directly before the date, say the preceding clause is about the future. */
    static final DateLexicon FUTURE_MARKERS = new DateLexicon(words(1,
            "will", "shall", "would", "ll", "upcoming", "scheduled", "slated", "planned", "plans", "planning",
            "expected", "expects", "due", "going", "next", "coming", "set", "hopes", "intends", "aims",
            "plan", "hope", "aim", "intend",
            "could", "might", "may"));

    /** Past-tense auxiliaries and common irregular verbs; regular "-ed" verbs are recognised by suffix. */
    static final DateLexicon PAST_MARKERS = new DateLexicon(words(1,
            "was", "were", "had", "did", "said", "began", "held", "met", "took", "came", "went", "made", "saw",
            "told", "broke", "fell", "won", "lost", "left", "gave", "fought", "led", "spoke", "wrote", "rose",
            "struck", "sent", "ago", "since", "began", "became", "brought", "caught", "built", "drew", "ran",
            "sought", "thought", "felt", "kept", "paid", "sold", "stood", "understood", "knew", "grew",
            "heard"));

    /** Past verbs that move or fix a date rather than date the event: "postponed the trial until Jan. 8",
     *  "confirmed December 17 as the date", "asked for a trial in March". The date after them may lie ahead. */
    static final DateLexicon RESCHEDULING_VERBS = new DateLexicon(words(1,
            "postponed", "adjourned", "deferred", "delayed", "rescheduled", "moved", "confirmed", "asked",
            "requested", "proposed", "pushed", "fixed", "brought", "extended"));

    /** A past form after these is a passive or an adjective, not the clause's verb: "will be held", "will stay
     *  closed through Wednesday". */
    static final DateLexicon LINKING_VERBS = new DateLexicon(words(1,
            "be", "is", "are", "been", "being", "stay", "stays", "remain", "remains", "get", "gets"));

    /** Determiners before a past form make it an adjective, not a verb: "the lost days", "a planned strike". */
    static final DateLexicon DETERMINERS = new DateLexicon(words(1,
            "the", "a", "an", "its", "their", "his", "her", "our", "my", "your", "this", "that", "these", "those"));

    /** Words in a sentence that make "the third quarter" a business quarter rather than a period of a game. */
    static final DateLexicon BUSINESS_WORDS = new DateLexicon(words(1,
            "revenue", "revenues", "sales", "profit", "profits", "earnings", "results", "income", "loss",
            "losses", "growth", "gdp", "economy", "economic", "forecast", "forecasts", "quarterly", "fiscal",
            "billion", "million", "report", "reported", "reports", "shipments", "deliveries", "output",
            "inflation", "demand", "spending", "investment", "margin", "margins", "dividend", "shares", "stock",
            "company", "companies", "bank", "market", "unemployment", "production", "orders", "guidance",
            "volumes", "prices", "costs", "outlook", "yield", "yields", "rates", "bonds", "treasury", "futures",
            "markets", "investors", "traders", "economists"));

    /** Before a bare month in business copy, these make it a time: "the first cut for June, compared with March". */
    static final DateLexicon MONTH_OBJECT_BEFORE = new DateLexicon(words(1, "for", "with", "than"));

    /** After "the" and a month, these make it a noun or part of a name, not a modifier of a dated thing ("the
     *  March for Our Lives", "the March madness"). */
    static final DateLexicon NOT_AFTER_MONTH_MODIFIER = new DateLexicon(words(1, "madness", "for", "of", "to",
            "at", "by", "with", "from", "against", "across", "into"));

    /** Words in a sentence that make "the fourth quarter" a period of a game. */
    static final DateLexicon GAME_WORDS = new DateLexicon(words(1,
            "points", "scored", "score", "scoring", "touchdown", "touchdowns", "goal", "goals", "game", "games",
            "yards", "lead", "led", "rebounds", "assists", "basket", "quarterback", "rally", "comeback", "buzzer",
            "halftime", "overtime", "period", "play", "played", "win", "won", "victory", "defeat"));

    /** Lowercase words that may follow a season word ending its phrase: "since the spring and", "the summer
     *  when", "through the winter as". */
    static final DateLexicon AFTER_SEASON_OK = new DateLexicon(words(1,
            "and", "or", "but", "when", "as", "before", "after", "until", "with", "while", "that", "because",
            "was", "were", "is", "will", "had", "has", "months", "break", "recess", "holidays", "vacation",
            "season", "term", "semester"));

    /** Words that may directly follow a year ("in 2020 the ..."); anything else lowercase after a weak trigger
     *  ("a total of 2000 people") means the number is a count, not a year. */
    static final DateLexicon AFTER_YEAR_OK = new DateLexicon(words(1,
            "and", "or", "to", "when", "as", "the", "a", "an", "but", "with", "while", "after", "before", "until",
            "through", "was", "were", "is", "are", "where", "in", "on", "at", "for", "because", "during", "had",
            "has", "have", "that", "which", "who", "he", "she", "it", "they", "we", "i", "there", "this", "its",
            "his", "her", "their", "compared", "onward", "onwards", "amid", "despite", "following", "alone",
            "versus", "vs", "against", "than", "saw", "brought", "marked", "will", "would", "could", "can", "may",
            "might", "should", "also", "respectively", "election", "elections", "season", "census", "budget",
            "report", "survey", "olympics", "championship", "war", "campaign", "vote", "levels", "figures"));

    /** Capitalised nouns after a holiday that make it part of a name: "the Good Friday Agreement". */
    static final DateLexicon HOLIDAY_NAME_AFTER = new DateLexicon(words(1,
            "agreement", "agreements", "accord", "accords", "treaty", "rising", "uprising", "massacre", "offensive",
            "act", "island", "islands", "tsunami", "bombing", "bombings", "attack", "attacks", "storm", "floods",
            "fire", "fires", "riots", "truce", "declaration", "proclamation", "film", "movie"));

    /** Verbs right after a bare holiday name that keep it a date: "Easter falls early this year". */
    static final DateLexicon HOLIDAY_VERBS = new DateLexicon(words(1,
            "falls", "fell", "comes", "came", "approaches", "arrives", "arrived", "passed"));

    /** Present-tense fixture and plan verbs: "they travel to Millwall on Tuesday", "Rovers host Stoke on
     *  Saturday", "tickets go on sale on Thursday". News narrates the past in the past tense, so a present-tense
     *  verb of this kind puts the date ahead. */
    static final DateLexicon PRESENT_FIXTURE_VERBS = new DateLexicon(words(1,
            "travel", "travels", "host", "hosts", "face", "faces", "visit", "visits", "play", "plays", "meet",
            "meets", "welcome", "welcomes", "go", "goes", "return", "returns", "resume", "resumes", "vote", "votes",
            "debate", "debates", "sit", "sits"));

    /** Capitalised words before a weekday that keep it a date ("And Wednesday", "But on"): sentence openers. */
    static final DateLexicon CAPITAL_OPENERS = new DateLexicon(words(1,
            "and", "but", "then", "so", "or", "as", "at", "when", "while", "for", "that", "until", "since", "from",
            "by", "after", "before", "early", "late", "last", "next", "this", "that", "each", "every", "until",
            "said", "says", "told", "reported", "announced", "gmt", "bst", "est", "et", "pt", "utc", "am", "pm",
            "updated", "published", "posted"));

    /** Words before a weekday that make it a sports club's name in a text that has one ("against Wednesday"). */
    static final DateLexicon CLUB_WEEKDAY_BEFORE = new DateLexicon(words(1,
            "against", "beat", "beats", "beating", "beaten", "v", "vs", "versus", "over", "host", "hosts",
            "face", "faces", "play", "plays", "visit", "visits", "to", "with"));

    /** Plural verbs after a weekday that make it a club ("Wednesday have not won"). */
    static final DateLexicon CLUB_WEEKDAY_AFTER = new DateLexicon(words(1,
            "have", "are", "were", "who", "had", "remain", "sit", "lie", "play", "host", "face", "fans",
            "manager", "boss", "striker", "defender", "midfielder", "goalkeeper", "players", "squad"));

    /** After a weekday these make it future: "Sunday and Monday are expected to be busiest", "Friday will". */
    static final DateLexicon FUTURE_AFTER = new DateLexicon(words(1,
            "will", "expected", "scheduled", "slated", "due", "planned", "set"));

    /** Present-tense verbs that put a bare weekday right after them in the coming days: "opens Thursday". */
    static final DateLexicon SCHEDULE_VERBS = new DateLexicon(words(1,
            "opens", "open", "begins", "begin", "starts", "start", "resumes", "resume", "reopens", "reopen",
            "closes", "close", "ends", "meets", "meet", "plays", "play", "hosts", "host", "visits", "faces", "face",
            "is", "are", "arrives", "arrive", "returns", "return", "kicks", "airs", "launches", "expires"));

    /** Count nouns: "in 2000 troops", "1990-2000 people" are numbers, not dates. */
    static final DateLexicon MEASURES = new DateLexicon(words(1,
            "people", "persons", "troops", "soldiers", "percent", "per", "km", "kilometres", "kilometers",
            "miles", "metres", "meters", "feet", "tons", "tonnes", "dollars", "euros", "pounds", "rubles",
            "roubles", "votes", "units", "homes", "houses", "cases", "deaths", "points", "hours", "minutes",
            "seconds", "years", "days", "weeks", "months", "decades", "residents", "civilians", "refugees",
            "men", "women", "children", "members", "workers", "employees", "jobs", "vehicles", "pieces",
            "copies", "times", "acres", "hectares", "barrels", "kg", "kilograms", "words", "pages", "mw"));

    /** Capitalised words that make a weekday part of a name: "Good Friday", "Super Tuesday". */
    static final DateLexicon WEEKDAY_NAME_BEFORE = new DateLexicon(words(1,
            "good", "black", "cyber", "super", "bloody", "ash", "holy", "maundy", "palm", "easter", "shrove",
            "fat", "giving", "manic", "small", "spy"));

    /** Capitalised words after a weekday that make it a title: "Sunday Times", "Saturday Night Live". */
    static final DateLexicon WEEKDAY_NAME_AFTER = new DateLexicon(words(1,
            "times", "telegraph", "mirror", "express", "herald", "post", "mail", "night", "sport", "star",
            "independent", "tribune", "observer", "review", "magazine", "edition", "show", "prayers", "people",
            "world", "morning", "afternoon", "evening", "today", "sun", "business", "standard", "club"));

    /** Lowercase nouns a weekday modifies when it means a kind of day, not a date: "Sunday sales". */
    static final DateLexicon WEEKDAY_NOUN_AFTER = new DateLexicon(words(1,
            "sales", "school", "schools", "service", "services", "trading", "shopping", "paper", "papers",
            "newspaper", "newspapers", "edition", "editions", "supplement", "mass", "masses", "worship", "hours",
            "opening", "openings", "closing", "closings", "market", "markets", "prayers", "sermon", "sermons",
            "mornings", "afternoons", "evenings", "nights", "league", "laws", "law", "column", "columns"));

    /** "its Sunday sales", "his Friday column": a weekday after a possessive is a kind of day. */
    static final DateLexicon POSSESSIVES = new DateLexicon(words(1,
            "its", "their", "his", "her", "our", "my", "your"));

    /** "for" before a year or month: "targets for 2024", "first planned for 2022", "its forecast for May". */
    static final DateLexicon FOR = new DateLexicon(words(1, "for"));

    /** Before "for May", these make May the month (a plan or a forecast), not Theresa May ("a blow for May"). */
    static final DateLexicon CALENDAR_TARGET_WORDS = new DateLexicon(words(1,
            "forecast", "forecasts", "target", "targets", "outlook", "guidance", "plan", "plans", "planned",
            "scheduled", "slated", "set", "due", "budget", "budgeted", "projection", "projections", "estimate",
            "estimates", "expected", "booked", "pencilled", "penciled", "earmarked", "deadline", "date", "figures",
            "data", "numbers", "sales", "orders", "contract", "contracts", "delivery", "deliveries", "tickets"));

    /** Right before a weekday span these make it a timetable, not dates: "is open Monday through Friday",
     *  "the line runs from Monday to Saturday". */
    static final DateLexicon TIMETABLE_WORDS = new DateLexicon(words(1,
            "open", "opens", "closed", "closes", "available", "runs", "run", "operates", "operate", "is", "are",
            "daily", "weekly", "hours", "staffed", "served", "serves", "works", "starts", "ends"));

    /** Before "for May" these make it a plan or forecast ahead, not a month's figures. */
    static final DateLexicon FORWARD_TARGET_WORDS = new DateLexicon(words(1,
            "forecast", "forecasts", "target", "targets", "outlook", "guidance", "plan", "plans", "planned",
            "scheduled", "slated", "set", "due", "budget", "budgeted", "projection", "projections", "estimate",
            "estimates", "expected", "booked", "pencilled", "penciled", "earmarked", "deadline"));

    /** Before a written year, these make it the origin of the thing described ("the club, founded in 1888,"),
     *  which does not date the events told after it in the sentence. */
    static final DateLexicon ORIGIN_VERBS = new DateLexicon(words(1,
            "founded", "born", "established", "formed", "created", "built", "incorporated"));

    private static final int MAX_LEN = 16;

    private final char[][] keys;
    private final int[] codes;
    private final int mask;

    private DateLexicon(Map<String, Integer> words) {
        int size = Integer.highestOneBit(Math.max(4, words.size() * 4) - 1) << 1;
        keys = new char[size][];
        codes = new int[size];
        mask = size - 1;
        for (Map.Entry<String, Integer> e : words.entrySet()) {
            char[] k = e.getKey().toCharArray();
            if (k.length > MAX_LEN) {
                throw new IllegalArgumentException("word too long: " + e.getKey());
            }
            int slot = hash(k) & mask;
            while (keys[slot] != null) {
                slot = (slot + 1) & mask;
            }
            keys[slot] = k;
            codes[slot] = e.getValue();
        }
    }

    /** Code of text[start, end) ignoring case, or 0. Allocation-free. */
    int lookup(CharSequence text, int start, int end) {
        int len = end - start;
        if (len <= 0 || len > MAX_LEN) {
            return 0;
        }
        int h = 0;
        for (int i = start; i < end; i++) {
            char c = lower(text.charAt(i));
            if (c > 127) {
                return 0; // every key is ASCII
            }
            h = 31 * h + c;
        }
        int slot = mix(h) & mask;
        while (true) {
            char[] k = keys[slot];
            if (k == null) {
                return 0;
            }
            if (k.length == len && sameIgnoringCase(k, text, start)) {
                return codes[slot];
            }
            slot = (slot + 1) & mask;
        }
    }

    boolean contains(CharSequence text, int start, int end) {
        return lookup(text, start, end) != 0;
    }

    static int kind(int code) {
        return code & ~0xFF;
    }

    static int value(int code) {
        return code & 0xFF;
    }

    private static boolean sameIgnoringCase(char[] key, CharSequence text, int start) {
        for (int i = 0; i < key.length; i++) {
            if (lower(text.charAt(start + i)) != key[i]) {
                return false;
            }
        }
        return true;
    }

    static char lower(char c) {
        if (c >= 'A' && c <= 'Z') {
            return (char) (c + 32);
        }
        return c;
    }

    private static int hash(char[] k) {
        int h = 0;
        for (char c : k) {
            h = 31 * h + c;
        }
        return mix(h);
    }

    private static int mix(int h) {
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        return h;
    }

    private static Map<String, Integer> words(int code, String... ws) {
        java.util.LinkedHashMap<String, Integer> m = new java.util.LinkedHashMap<>();
        for (String w : ws) {
            m.put(w, code);
        }
        return m;
    }

    private static Map<String, Integer> mainWords() {
        java.util.LinkedHashMap<String, Integer> m = new java.util.LinkedHashMap<>();
        String[] months = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
            "october", "november", "december"};
        for (int i = 0; i < 12; i++) {
            m.put(months[i], MONTH | (i + 1));
        }
        String[][] abbr = {{"jan"}, {"feb"}, {"mar"}, {"apr"}, {}, {"jun"}, {"jul"}, {"aug"}, {"sep", "sept"},
            {"oct"}, {"nov"}, {"dec"}};
        for (int i = 0; i < 12; i++) {
            for (String a : abbr[i]) {
                m.put(a, MONTH_ABBR | (i + 1));
            }
        }
        String[] days = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
        String[][] dayAbbr = {{"mon"}, {"tue", "tues"}, {"wed"}, {"thu", "thur", "thurs"}, {"fri"}, {"sat"},
            {"sun"}};
        for (int i = 0; i < 7; i++) {
            m.put(days[i], WEEKDAY | (i + 1));
            for (String a : dayAbbr[i]) {
                m.put(a, WEEKDAY_ABBR | (i + 1));
            }
        }
        m.put("in", TRIGGER | T_IN);
        m.put("since", TRIGGER | T_SINCE);
        m.put("during", TRIGGER | T_DURING);
        m.put("until", TRIGGER | T_UNTIL);
        m.put("till", TRIGGER | T_UNTIL);
        m.put("throughout", TRIGGER | T_THROUGHOUT);
        m.put("circa", TRIGGER | T_CIRCA);
        m.put("from", TRIGGER | T_FROM);
        m.put("by", TRIGGER | T_BY);
        m.put("of", TRIGGER | T_OF);
        m.put("before", TRIGGER | T_BEFORE);
        m.put("after", TRIGGER | T_AFTER);
        m.put("between", TRIGGER | T_BETWEEN);
        m.put("through", TRIGGER | T_THROUGH);
        m.put("on", ON);
        m.put("the", THE);
        m.put("early", MODIFIER | 1);
        m.put("mid", MODIFIER | 2);
        m.put("late", MODIFIER | 3);
        m.put("today", RELDAY | 8);
        m.put("tonight", RELDAY | 8);
        m.put("yesterday", RELDAY | 7);
        m.put("tomorrow", RELDAY | 9);
        m.put("last", DEICTIC | D_LAST);
        m.put("this", DEICTIC | D_THIS);
        m.put("next", DEICTIC | D_NEXT);
        m.put("earlier", EARLIER_LATER | EARLIER);
        m.put("later", EARLIER_LATER | LATER);
        m.put("day", UNIT | U_DAY);
        m.put("days", UNIT | U_DAY);
        m.put("week", UNIT | U_WEEK);
        m.put("weeks", UNIT | U_WEEK);
        m.put("month", UNIT | U_MONTH);
        m.put("months", UNIT | U_MONTH);
        m.put("year", UNIT | U_YEAR);
        m.put("years", UNIT | U_YEAR);
        m.put("weekend", UNIT | U_WEEKEND);
        m.put("decade", UNIT | U_DECADE);
        m.put("quarter", UNIT | U_QUARTER);
        m.put("fiscal", FISCAL);
        m.put("decades", UNIT | U_DECADE);
        m.put("morning", DAYPART | 1);
        m.put("afternoon", DAYPART | 2);
        m.put("evening", DAYPART | 3);
        m.put("night", DAYPART | 4);
        String[] numbers = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
            "twenty"};
        for (int i = 0; i < numbers.length; i++) {
            m.put(numbers[i], NUMBER | (i + 1));
        }
        m.put("thirty", NUMBER | 30);
        m.put("forty", NUMBER | 40);
        m.put("fifty", NUMBER | 50);
        m.put("sixty", NUMBER | 60);
        m.put("seventy", NUMBER | 70);
        m.put("eighty", NUMBER | 80);
        m.put("ninety", NUMBER | 90);
        m.put("hundred", NUMBER | 100);
        m.put("a", NUMBER | 1);
        m.put("an", NUMBER | 1);
        m.put("ago", AGO);
        m.put("spring", SEASON | 1);
        m.put("summer", SEASON | 2);
        m.put("autumn", SEASON | 3);
        m.put("fall", SEASON | 3);
        m.put("winter", SEASON | 4);
        m.put("and", CONJ | C_AND);
        m.put("or", CONJ | C_OR);
        m.put("to", CONJ | C_TO);
        m.put("following", SEQUENCE | S_NEXT);
        m.put("previous", SEQUENCE | S_PREVIOUS);
        m.put("preceding", SEQUENCE | S_PREVIOUS);
        m.put("every", QUANTIFIER);
        m.put("each", QUANTIFIER);
        m.put("first", QUANTIFIER);
        m.put("second", QUANTIFIER);
        m.put("third", QUANTIFIER);
        m.put("fourth", QUANTIFIER);
        m.put("past", PAST);
        m.put("christmas", HOLIDAY | H_CHRISTMAS);
        m.put("thanksgiving", HOLIDAY | H_THANKSGIVING);
        m.put("new", HOLIDAY | H_NEW);
        m.put("black", HOLIDAY | H_BLACK);
        m.put("halloween", HOLIDAY | H_HALLOWEEN);
        m.put("easter", HOLIDAY | H_EASTER);
        m.put("good", HOLIDAY | H_GOOD);
        m.put("ash", HOLIDAY | H_ASH);
        m.put("memorial", HOLIDAY | H_MEMORIAL);
        m.put("labor", HOLIDAY | H_LABOR); // US spelling: the first Monday of September ("Labour Day" varies)
        m.put("independence", HOLIDAY | H_INDEPENDENCE);
        m.put("bastille", HOLIDAY | H_BASTILLE);
        m.put("anzac", HOLIDAY | H_ANZAC);
        m.put("boxing", HOLIDAY | H_BOXING);
        m.put("armistice", HOLIDAY | H_ARMISTICE);
        m.put("veterans", HOLIDAY | H_ARMISTICE);
        m.put("remembrance", HOLIDAY | H_ARMISTICE);
        m.put("valentine", HOLIDAY | H_VALENTINE);
        return m;
    }
}
