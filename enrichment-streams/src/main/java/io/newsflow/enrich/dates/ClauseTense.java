package io.newsflow.enrich.dates;

import static io.newsflow.enrich.dates.DateScan.isLetter;
import static io.newsflow.enrich.dates.DateScan.isLowerLetter;
import static io.newsflow.enrich.dates.DateScan.isSpace;
import static io.newsflow.enrich.dates.DateScan.letterRunStart;
import static io.newsflow.enrich.dates.DateScan.skipSpacesBack;

/**
 * The tense of the clause a date sits in, read from a few words before it. The nearest marker wins:
 * "would regain control on Sunday" is future, "said on Saturday" past, "will be held on Saturday" future
 * (a participle after "be" is a passive, so the words before it decide).
 */
final class ClauseTense {

    static final int NONE = 0, PAST = 1, FUTURE = 2;

    /** How many words before a mention decide its tense. */
    private static final int WINDOW_WORDS = 12;
    /** How many words after a mention {@link #futureAfter} reads. */
    private static final int AFTER_WORDS = 4;

    private ClauseTense() {
    }

    static int before(String t, int start) {
        int p = start;
        int words = 0;
        boolean deadline = false;
        boolean endPoint = false;
        while (p > 0 && words < WINDOW_WORDS) {
            char c = t.charAt(p - 1);
            if ((c == '.' && !(p >= 2 && p < t.length() && DateScan.isDigit(t.charAt(p - 2))
                    && DateScan.isDigit(t.charAt(p)))) || c == '!' || c == '?' || c == ';' || c == '\n' || c == '"'
                    || c == '\u201C' || c == '\u201D' || c == '(' || c == ')') {
                break; // a sentence end, but not the point in "1.8 million"
            }
            if (!isLetter(c)) {
                p--;
                continue;
            }
            int ws = letterRunStart(t, p - 1);
            words++;
            if (words == 1 && p - ws == 2 && t.charAt(ws) == 'b' && t.charAt(ws + 1) == 'y') {
                // "by Friday", "by December 1": a deadline, future unless the clause is past ("had fled by March 15")
                deadline = true;
                p = ws;
                continue;
            }
            if (isLowerLetter(t.charAt(ws)) && isEndPointWord(t, ws, p)) {
                // "open until Friday" lies ahead, but "went on until almost midnight on Thursday" is past: the
                // verb before the end point decides, and only with none does the end point look ahead
                endPoint = true;
                p = ws;
                continue;
            }
            if (isLowerLetter(t.charAt(ws))) {
                if (DateLexicon.RESCHEDULING_VERBS.contains(t, ws, p) && !afterDeterminer(t, ws)
                        && !afterWord(t, ws, "be")) {
                    // ("will be asked to file them by June": a passive after a modal, the modal decides)
                    return NONE; // "postponed the trial until Jan. 8": the date may lie ahead
                }
                if (words == 1 && DateLexicon.SCHEDULE_VERBS.contains(t, ws, p)) {
                    return FUTURE; // "the tournament opens Thursday", "the final is Sunday": a schedule
                }
                if (words <= 6 && DateLexicon.PRESENT_FIXTURE_VERBS.contains(t, ws, p) && !afterDeterminer(t, ws)
                        && !afterTo(t, ws)) {
                    return FUTURE; // "they travel to Millwall on Tuesday", "tickets go on sale on Thursday"
                }
                if (DateLexicon.FUTURE_MARKERS.contains(t, ws, p) && !afterComparison(t, ws)) {
                    // "set", "due", "going" only with "to": "set their houses on fire on Saturday" is past
                    if (isModal(t, ws, p) && (nextWordIs(t, p, "not") || nextWordIs(t, p, "have"))) {
                        // "could not be reached Tuesday", "may have died on Sunday": not ahead; read on
                    } else if (!needsTo(t, ws, p) || nextWordIsTo(t, p) || (words == 1 && p - ws == 3
                            && t.startsWith("due", ws))) {
                        // "due to" anywhere, or "due" right before the date: "with the data due Friday"
                        return FUTURE;
                    }
                } else if ((DateLexicon.PAST_MARKERS.contains(t, ws, p) || looksLikePastParticiple(t, ws, p))
                        && !afterBe(t, ws) && (!afterDeterminer(t, ws) || afterRelativeThat(t, ws, p))) {
                    return PAST;
                }
            }
            p = ws;
        }
        return deadline || endPoint ? FUTURE : NONE;
    }

    /** "until", "till", "through": the end of a span. */
    private static boolean isEndPointWord(String t, int s, int e) {
        int len = e - s;
        return (len == 5 && t.startsWith("until", s)) || (len == 4 && t.startsWith("till", s))
                || (len == 7 && t.startsWith("through", s));
    }

    /** "a meeting that went on", "the crowd that was there": an irregular past verb after a relative "that"
     *  (a "-ed" form after "that" may be an adjective: "that planned strike"). */
    private static boolean afterRelativeThat(String t, int s, int e) {
        if (!DateLexicon.PAST_MARKERS.contains(t, s, e)) {
            return false;
        }
        int p = skipSpacesBack(t, s);
        return p >= 4 && t.startsWith("that", p - 4) && (p == 4 || !isLetter(t.charAt(p - 5)));
    }

    /** "than expected", "as expected", "than planned": a comparison, not a plan for the future. */
    private static boolean afterComparison(String t, int s) {
        int p = skipSpacesBack(t, s);
        if (p == s || p < 2) {
            return false;
        }
        int ws = letterRunStart(t, p);
        return (p - ws == 4 && t.startsWith("than", ws)) || (p - ws == 2 && t.startsWith("as", ws));
    }

    /** Words after a mention that make its clause future when nothing before it decided: "Sunday and Monday
     *  are expected to be the busiest days". Looks at most {@value #AFTER_WORDS} words ahead, within the sentence. */
    static boolean futureAfter(String t, int end) {
        int p = end;
        int n = t.length();
        int words = 0;
        while (p < n && words < AFTER_WORDS) {
            char c = t.charAt(p);
            if (c == '.' || c == '!' || c == '?' || c == ';' || c == '\n' || c == ',') {
                return false;
            }
            if (!isLetter(c)) {
                p++;
                continue;
            }
            int we = p;
            while (we < n && isLetter(t.charAt(we))) {
                we++;
            }
            words++;
            if (isLowerLetter(c) && DateLexicon.FUTURE_AFTER.contains(t, p, we)) {
                return true;
            }
            p = we;
        }
        return false;
    }

    /** The word before position s is "be", "is", "are", "been" or a linking verb: "will be held", "is expected
     *  to be signed", "unless a deal is reached", "will stay closed" (a passive or an adjective, so the words
     *  before it decide). */
    private static boolean afterBe(String t, int s) {
        int p = skipSpacesBack(t, s);
        if (p == s || p < 2) {
            return false;
        }
        int ws = letterRunStart(t, p);
        return DateLexicon.LINKING_VERBS.contains(t, ws, p);
    }

    /** The word before position s is word. */
    private static boolean afterWord(String t, int s, String word) {
        int p = skipSpacesBack(t, s);
        int ws = p - word.length();
        return p < s && ws >= 0 && t.startsWith(word, ws) && (ws == 0 || !isLetter(t.charAt(ws - 1)));
    }

    /** The word before position s is "to" or a modal/auxiliary that leaves tense to the words before it: "had to
     *  travel", "did not face" (only an infinitive or a negated past, not a present-tense fixture). */
    private static boolean afterTo(String t, int s) {
        int p = skipSpacesBack(t, s);
        if (p == s || p == 0 || !isLetter(t.charAt(p - 1))) {
            return false;
        }
        int ws = letterRunStart(t, p - 1);
        int len = p - ws;
        return (len == 2 && t.startsWith("to", ws)) || (len == 3 && (t.startsWith("did", ws) || t.startsWith("not", ws)))
                || (len == 5 && t.startsWith("didn", ws));
    }

    /** The word before position s is a determiner: "the lost days", "a planned strike" (adjectives). */
    private static boolean afterDeterminer(String t, int s) {
        int p = skipSpacesBack(t, s);
        if (p == s || p == 0 || !isLetter(t.charAt(p - 1))) {
            return false;
        }
        int ws = letterRunStart(t, p - 1);
        return DateLexicon.DETERMINERS.contains(t, ws, p);
    }

    private static boolean needsTo(String t, int s, int e) {
        int len = e - s;
        return (len == 3 && (t.startsWith("set", s) || t.startsWith("due", s) || t.startsWith("aim", s)))
                || (len == 5 && t.startsWith("going", s)) || (len == 4 && (t.startsWith("plan", s)
                || t.startsWith("hope", s))) || (len == 6 && t.startsWith("intend", s));
    }

    /** "could", "might", "may": ahead ("could last into Tuesday") unless "not" or "have" follows. */
    private static boolean isModal(String t, int s, int e) {
        int len = e - s;
        return (len == 5 && (t.startsWith("could", s) || t.startsWith("might", s)))
                || (len == 3 && t.startsWith("may", s));
    }

    private static boolean nextWordIs(String t, int e, String word) {
        int q = e;
        while (q < t.length() && isSpace(t.charAt(q))) {
            q++;
        }
        int we = q + word.length();
        return q > e && we <= t.length() && t.startsWith(word, q) && (we == t.length() || !isLetter(t.charAt(we)));
    }

    private static boolean nextWordIsTo(String t, int e) {
        int q = e;
        while (q < t.length() && isSpace(t.charAt(q))) {
            q++;
        }
        return q > e && q + 2 <= t.length() && t.charAt(q) == 't' && t.charAt(q + 1) == 'o'
                && (q + 2 == t.length() || !isLetter(t.charAt(q + 2)));
    }

    /** "signed", "erupted"; not "need", "speed", "proceed". */
    private static boolean looksLikePastParticiple(String t, int s, int e) {
        return e - s >= 5 && t.charAt(e - 1) == 'd' && t.charAt(e - 2) == 'e' && t.charAt(e - 3) != 'e';
    }
}
