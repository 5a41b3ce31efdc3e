package io.newsflow.ingest.extract;

import java.util.Arrays;

/**
 * Says whether text is clearly English by the share of common English function words. Only "en" or null: other
 * languages are not guessed, and short or mixed text stays null rather than risk a wrong tag.
 */
final class EnglishDetector {

    private static final String[] FUNCTION_WORDS = {"the", "of", "and", "to", "a", "in", "is", "was", "that",
        "for", "it", "with", "as", "on", "by", "at", "from", "this", "be", "are", "were", "has", "have", "had",
        "not", "which", "but", "or", "an", "their", "its", "they", "he", "she", "will", "would", "said", "been",
        "after", "who", "also", "more", "than", "his", "her", "we", "there", "about", "into", "over", "can",
        "could", "should", "these", "those", "when", "what", "while", "since", "against"};
    /** The words above packed 8 bits a letter into longs and sorted: lookups without allocating a String per word. */
    private static final long[] PACKED = pack(FUNCTION_WORDS);
    private static final long THE = packWord("the");
    private static final int MAX_WORD = 7;
    private static final int MIN_TOKENS = 20;
    /** A few paragraphs settle it; reading a whole long article adds cost, not certainty. */
    private static final int MAX_CHARS = 2000;

    private EnglishDetector() {}

    static String detect(String text) {
        int tokens = 0;
        int hits = 0;
        int the = 0;
        int n = Math.min(text.length(), MAX_CHARS);
        long word = 0;
        int len = 0;
        for (int i = 0; i <= n; i++) {
            char c = i < n ? text.charAt(i) : ' ';
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
                if (len < MAX_WORD) {
                    word = (word << 8) | (c | 0x20);
                }
                len++;
            } else if (c > 0x7F && Character.isLetter(c)) {
                len = MAX_WORD + 1;                        // non-ASCII letters: a word, never a function word
            } else if (c == '\'' && len > 0) {
                len = MAX_WORD + 1;                        // "it's", "don't": not in the list
            } else if (len > 0) {
                tokens++;
                if (len <= MAX_WORD && Arrays.binarySearch(PACKED, word) >= 0) {
                    hits++;
                    if (word == THE) {
                        the++;
                    }
                }
                word = 0;
                len = 0;
            }
        }
        if (tokens < MIN_TOKENS) {
            return null;
        }
        // English prose runs at 35-50% function words; "the" alone guards against look-alike words in other languages.
        return hits >= tokens * 0.25 && the >= tokens * 0.02 ? "en" : null;
    }

    private static long[] pack(String[] words) {
        long[] out = new long[words.length];
        for (int i = 0; i < words.length; i++) {
            out[i] = packWord(words[i]);
        }
        Arrays.sort(out);
        return out;
    }

    private static long packWord(String w) {
        long v = 0;
        for (int i = 0; i < w.length(); i++) {
            v = (v << 8) | w.charAt(i);
        }
        return v;
    }
}
