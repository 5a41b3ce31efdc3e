package io.newsflow.ingest.extract;

import java.util.Set;

/**
 * Says whether text is clearly English by the share of common English function words. Only "en" or null: other
 * languages are not guessed, and short or mixed text stays null rather than risk a wrong tag.
 */
final class EnglishDetector {

    private static final Set<String> FUNCTION_WORDS = Set.of("the", "of", "and", "to", "a", "in", "is", "was", "that",
            "for", "it", "with", "as", "on", "by", "at", "from", "this", "be", "are", "were", "has", "have", "had",
            "not", "which", "but", "or", "an", "their", "its", "they", "he", "she", "will", "would", "said", "been",
            "after", "who", "also", "more", "than", "his", "her", "we", "there", "about", "into", "over", "can",
            "could", "should", "these", "those", "when", "what", "while", "since", "against");
    private static final int MIN_TOKENS = 20;
    /** A few paragraphs settle it; reading a whole long article adds cost, not certainty. */
    private static final int MAX_CHARS = 2000;

    private EnglishDetector() {}

    static String detect(String text) {
        int tokens = 0;
        int hits = 0;
        int the = 0;
        int n = Math.min(text.length(), MAX_CHARS);
        int i = 0;
        StringBuilder word = new StringBuilder(16);
        while (i <= n) {
            char c = i < n ? text.charAt(i) : ' ';
            if (Character.isLetter(c) || (c == '\'' && word.length() > 0)) {
                if (word.length() < 16) {
                    word.append(Character.toLowerCase(c));
                }
            } else if (word.length() > 0) {
                tokens++;
                String w = word.length() <= 7 ? word.toString() : null;   // function words are short
                if (w != null && FUNCTION_WORDS.contains(w)) {
                    hits++;
                    if (w.equals("the")) {
                        the++;
                    }
                }
                word.setLength(0);
            }
            i++;
        }
        if (tokens < MIN_TOKENS) {
            return null;
        }
        // English prose runs at 35-50% function words; "the" alone guards against look-alike words in other languages.
        return hits >= tokens * 0.25 && the >= tokens * 0.02 ? "en" : null;
    }
}
