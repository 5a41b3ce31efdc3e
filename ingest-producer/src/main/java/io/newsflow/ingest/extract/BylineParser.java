package io.newsflow.ingest.extract;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads author names out of the text after "By" / "Reported by:". Accepts only what looks like people's names
 * (capitalised words, name particles, "and"), so "By the end of the day" or "By Monday" is not a byline, and
 * tells news agencies apart ("By Reuters" names the source, not an author).
 */
final class BylineParser {

    /** Where the name part of a byline ends: separators, dates, "for Outlet", "in City". */
    private static final Pattern NAME_END = Pattern.compile(
            "\\s*[|•·,;(]|\\s+[-–—/]\\s+|\\s+(?i:on|at|in|for|from|published|updated|posted|with)\\b|\\s+\\d");
    private static final Set<String> PARTICLES = Set.of("de", "da", "del", "della", "der", "den", "van", "von", "bin",
            "al", "el", "la", "le", "du", "dos", "das", "di", "ibn", "ter", "and", "&", "y", "und", "et", "e");
    private static final Set<String> NOT_NAMES = Set.of("the", "a", "an", "this", "that", "our", "his", "her", "their",
            "january", "february", "march", "april", "june", "july", "august", "september", "october", "november",
            "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
            "yesterday", "tomorrow", "now", "then", "far", "contrast", "comparison", "law", "order", "way", "all",
            "means", "far,", "itself", "themselves", "email", "phone");
    private static final Pattern AGENCY = Pattern.compile("(?i)^(?:reuters?|afp|ap|the associated press|associated press"
            + "|agence france-presse|bloomberg(?: news)?|xinhua(?: news agency)?|tass|sputnik|ians|pti|ani|anadolu(?: agency)?"
            + "|upi|united press international|dpa|efe|kyodo(?: news)?|yonhap|press trust of india|asian news international"
            + "|indo-asian news service|aa)$");

    private static final Pattern ROLE_SUFFIX = Pattern.compile(
            "(?i)\\s+(?:staff\\s+)?(?:writer|reporter|correspondent|journalist|photographer|staff)s?$");

    /** "state political reporter Jane Doe", "Chief Political Correspondent Jane Doe": the writer's role before the name. */
    private static final Pattern ROLE_PREFIX = Pattern.compile("^(?i:(?:our|the|a)\\s+)?(?:(?i:[\\p{L}-]+)\\s+){0,3}"
            + "(?i:reporter|correspondent|editor|writer|columnist|journalist|staff writer)s?\\s+(?=\\p{Lu}\\p{Ll})");

    private BylineParser() {}

    /** The author name(s) at the start of {@code rest}, or null when it is not a person's name. */
    static String name(String rest) {
        String candidate = namePart(rest);
        if (candidate == null || AGENCY.matcher(candidate).matches()) {
            return null;
        }
        return candidate;
    }

    /** The agency in a byline such as "By Reuters" or "By Jane Doe, Reuters", or null. */
    static String agency(String rest) {
        String[] parts = rest.split("\\s*[,|•·/]\\s*|\\s+[-–—]\\s+|\\s+and\\s+");
        for (String p : parts) {
            // "Associated Press Writer", "AFP correspondent": the agency with the writer's role after it
            String q = ROLE_SUFFIX.matcher(p.replaceAll("[()\\[\\].]", "").trim()).replaceFirst("");
            if (AGENCY.matcher(q).matches()) {
                return canonicalAgency(q);
            }
        }
        return null;
    }

    private static String namePart(String rest) {
        if (rest == null) {
            return null;
        }
        String r = ROLE_PREFIX.matcher(rest.trim()).replaceFirst("");
        var m = NAME_END.matcher(r);
        if (m.find()) {
            r = r.substring(0, m.start()).trim();
        }
        if (r.endsWith(".")) {
            r = r.substring(0, r.length() - 1);
        }
        if (r.isEmpty()) {
            return null;
        }
        String[] tokens = r.split(" ");
        if (tokens.length > 7) {
            return null;
        }
        int capitalised = 0;
        boolean allCaps = true;
        for (String tok : tokens) {
            String lower = tok.toLowerCase(Locale.ROOT);
            if (NOT_NAMES.contains(lower)) {
                return null;
            }
            if (PARTICLES.contains(lower)) {
                continue;
            }
            char c = tok.charAt(0);
            if (!Character.isUpperCase(c)) {
                return null;
            }
            for (int i = 1; i < tok.length(); i++) {
                char x = tok.charAt(i);
                if (!(Character.isLetter(x) || x == '\'' || x == '’' || x == '-' || x == '.')) {
                    return null;
                }
                if (Character.isLowerCase(x)) {
                    allCaps = false;
                }
            }
            capitalised++;
        }
        if (capitalised == 0) {
            return null;
        }
        if (capitalised == 1 && !AGENCY.matcher(r).matches() && tokens.length == 1 && r.length() < 3) {
            return null;
        }
        return allCaps && r.length() > 3 ? titleCase(r) : r;
    }

    private static String canonicalAgency(String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        switch (lower) {
            case "reuters": case "reuter": return "Reuters";    // "Reuter" in its 1980s datelines
            case "afp": case "agence france-presse": return "AFP";
            case "ap": case "associated press": case "the associated press": return "Associated Press";
            case "anadolu": case "anadolu agency": case "aa": return "Anadolu Agency";
            default: return s.length() <= 4 ? s.toUpperCase(Locale.ROOT) : s;
        }
    }

    /** "JANE DOE" → "Jane Doe"; wire bylines are often set in capitals. */
    private static String titleCase(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean start = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            sb.append(start ? c : Character.toLowerCase(c));
            start = c == ' ' || c == '-' || c == '\'' || c == '’';
        }
        return sb.toString();
    }
}
