package io.newsflow.enrich.dedup;

import io.newsflow.content.ContentFingerprint;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The near-duplicate signature of an article body (MinHash over word shingles), in the two forms the dedup index
 * keeps:
 * <ul>
 *   <li>{@link #bandKeys()}: LSH band keys with one MinHash value per band (r = 1). Most bands come from the whole
 *       body; a few come from its lead (the first {@value #LEAD_WORDS} content words) only, because a syndicated copy cut
 *       short keeps its lead whole, so those bands match it with certainty, whatever fraction was cut.</li>
 *   <li>{@link #bits()}: a 2-bit MinHash sketch (Li and König, b-bit minwise hashing) of the whole body, 128
 *       values of 2 bits, that verifies a candidate: values agree with probability J + (1 − J) / 4. The 1-bit
 *       version (16 bytes) was measured first: its noise (σ ≈ 0.09 at J = 0) let about 1 in 1,000 unrelated
 *       articles through the containment check at 100,000 articles; 2 bits give σ ≈ 0.05 for the same hashing.</li>
 *   <li>{@link #leadSketch()}: {@value #LEAD_VALUES} MinHash values of the lead, 8 bits each, in one long (the first
 *       lead band keys are the same functions at 24 bits). Whether two leads agree decides if a short body may be
 *       judged by containment: a single lead band is too brittle for that, as an edited copy changes a few words of
 *       its lead too, and then both lead bands differ about one time in 25 (measured: the two copies the copy set
 *       missed were an edited copy and a cut copy of one story, each judged against the other).</li>
 * </ul>
 * Features are bigrams of content words (stop words dropped): changing one word breaks at most two features (a
 * 3-word shingle breaks three), and stop-word runs like "one of the" that every English text shares cannot become a
 * band key that unrelated stories collide on. Everything is seeded with fixed constants, so a signature is the same
 * in every JVM and on every replay.
 */
public final class ShingleSketch {
    /** MinHash functions whose values the sketch keeps (2 bits each: 32 bytes). */
    public static final int SKETCH_BITS = 128;
    /** Content words in the lead (about the first 100 words of a news story). */
    public static final int LEAD_WORDS = 60;
    /** MinHash values of the lead kept in {@link #leadSketch()} (8 bits each: one long). */
    public static final int LEAD_VALUES = 8;
    private static final long[] MULTIPLIERS;
    private static final long[] OFFSETS;

    static {
        SplittableRandom random = new SplittableRandom(0x6e657773666c6f77L); // "newsflow"
        int functions = SKETCH_BITS + 16;
        MULTIPLIERS = new long[functions];
        OFFSETS = new long[functions];
        for (int i = 0; i < functions; i++) {
            MULTIPLIERS[i] = random.nextLong() | 1L;
            OFFSETS[i] = random.nextLong();
        }
    }

    private static final Set<String> STOP_WORDS = Set.of(
            "a", "about", "after", "all", "also", "an", "and", "any", "are", "as", "at", "be", "been", "but", "by",
            "can", "could", "did", "do", "for", "from", "had", "has", "have", "he", "her", "his", "i", "if", "in",
            "into", "is", "it", "its", "may", "more", "no", "not", "of", "on", "one", "or", "other", "our", "out",
            "said", "says", "she", "so", "some", "than", "that", "the", "their", "them", "then", "there", "these",
            "they", "this", "those", "to", "two", "up", "us", "was", "we", "were", "what", "when", "which", "who",
            "will", "with", "would", "you", "your");

    private static final int MAX_STOP_WORD_LENGTH = STOP_WORDS.stream().mapToInt(String::length).max().orElse(0);
    private static final long[] STOP_WORD_HASHES = STOP_WORDS.stream().mapToLong(ShingleSketch::hash64).sorted().toArray();
    private static final String[] STOP_WORDS_BY_HASH = new String[STOP_WORD_HASHES.length];

    static {
        for (String word : STOP_WORDS) {
            STOP_WORDS_BY_HASH[java.util.Arrays.binarySearch(STOP_WORD_HASHES, hash64(word))] = word;
        }
    }

    private final int[] bandKeys;
    private final long[] bits;
    private final long leadSketch;
    private final int features;

    private ShingleSketch(int[] bandKeys, long[] bits, long leadSketch, int features) {
        this.bandKeys = bandKeys;
        this.bits = bits;
        this.leadSketch = leadSketch;
        this.features = features;
    }

    /** Sketches a body for the given number of whole-body and lead bands. */
    public static ShingleSketch of(String body, int bodyBands, int leadBands) {
        return ofNormalised(ContentFingerprint.normalise(body), bodyBands, leadBands);
    }

    /** Sketches a body already through {@link ContentFingerprint#normalise} (the detector needs both). */
    public static ShingleSketch ofNormalised(String normalised, int bodyBands, int leadBands) {
        if (bodyBands + leadBands > 16 || bodyBands > SKETCH_BITS) {
            throw new IllegalArgumentException("at most 16 bands");
        }
        long[] words = new long[normalised.length() / 2 + 1];
        int count = contentWordHashes(normalised, words);
        long[] all = features(words, count);
        long[] lead = features(words, Math.min(count, LEAD_WORDS));
        int[] mins = minHashes(all, 0, SKETCH_BITS);
        int[] leadMins = minHashes(lead, SKETCH_BITS, Math.max(LEAD_VALUES, leadBands));
        int[] keys = new int[bodyBands + leadBands];
        System.arraycopy(mins, 0, keys, 0, bodyBands);
        System.arraycopy(leadMins, 0, keys, bodyBands, leadBands);
        long[] bits = new long[SKETCH_BITS * 2 / 64];
        for (int i = 0; i < SKETCH_BITS; i++) {
            int at = 2 * i;
            bits[at >> 6] |= ((long) (mins[i] & 3)) << (at & 63);
        }
        long leadSketch = 0;
        for (int i = 0; i < LEAD_VALUES; i++) {
            leadSketch |= (long) (leadMins[i] & 0xFF) << (8 * i);
        }
        return new ShingleSketch(keys, bits, leadSketch, all.length);
    }

    public int[] bandKeys() {
        return bandKeys.clone();
    }

    public long[] bits() {
        return bits.clone();
    }

    /** The lead's {@value #LEAD_VALUES} MinHash values, 8 bits each. */
    public long leadSketch() {
        return leadSketch;
    }

    /**
     * How many of the two leads' {@value #LEAD_VALUES} MinHash values agree: each does with probability about the
     * leads' Jaccard similarity (plus 1/256 by chance). Leads that share nothing agree on 3 or more with p ≈ 3·10⁻⁶;
     * a lead with a few words edited (J ≈ 0.8) falls below 3 with p ≈ 0.001.
     */
    public static int leadAgreement(long a, long b) {
        long x = a ^ b;
        int agreeing = 0;
        for (int i = 0; i < LEAD_VALUES; i++) {
            if ((x >>> (8 * i) & 0xFF) == 0) {
                agreeing++;
            }
        }
        return agreeing;
    }

    /** How many features (content-word bigrams) the body has: with two sizes and J, containment can be estimated. */
    public int features() {
        return features;
    }

    /**
     * Estimated share of the smaller body's features that the larger one has (1.0 for a copy cut short), from the
     * Jaccard estimate and both sizes: |A ∩ B| = J (|A| + |B|) / (1 + J).
     */
    public static double estimateContainment(double jaccard, int featuresA, int featuresB) {
        double intersection = jaccard * (featuresA + featuresB) / (1 + jaccard);
        return Math.min(1.0, intersection / Math.max(1, Math.min(featuresA, featuresB)));
    }

    /**
     * Estimated Jaccard similarity of the two bodies' feature sets, from the 2-bit sketches (clamped to [0, 1]):
     * values agree with probability J + (1 − J) / 4.
     */
    public static double estimateJaccard(long[] a, long[] b) {
        int differing = 0;
        for (int i = 0; i < a.length; i++) {
            long x = a[i] ^ b[i];
            differing += Long.bitCount((x | x >>> 1) & 0x5555555555555555L);
        }
        return jaccardOfDiffering(differing, a.length);
    }

    /**
     * Standard error of {@link #estimateJaccard} at Jaccard {@code j}: each of the {@value #SKETCH_BITS} values agrees
     * with probability p = j + (1 − j) / 4, and the estimate is (agreeing share − 1/4) / (3/4).
     */
    public static double jaccardStandardError(double j) {
        double p = j + (1 - j) / 4;
        return Math.sqrt(p * (1 - p) / SKETCH_BITS) / 0.75;
    }

    /** The Jaccard estimate from how many 2-bit values differ among {@code words} 64-bit words of sketch. */
    static double jaccardOfDiffering(int differing, int words) {
        double matching = 1.0 - (double) differing / (words * 32);
        return Math.max(0.0, (matching - 0.25) / 0.75);
    }

    /**
     * {@link #hash64} of each content word (space-separated, stop words dropped) into {@code out}, in order; how many.
     * Straight from the normalised text: splitting it into strings and probing a set of strings was a third of the
     * signature's time. A stop word is found by its hash and confirmed by its characters, so the words are exactly
     * those of a split on spaces.
     */
    private static int contentWordHashes(String normalised, long[] out) {
        int count = 0;
        int length = normalised.length();
        int i = 0;
        while (i < length) {
            if (normalised.charAt(i) == ' ') {
                i++;
                continue;
            }
            int start = i;
            long h = 0xcbf29ce484222325L;
            for (; i < length; i++) {
                char c = normalised.charAt(i);
                if (c == ' ') {
                    break;
                }
                h ^= c;
                h *= 0x100000001b3L;
            }
            if (i - start > MAX_STOP_WORD_LENGTH || !isStopWord(normalised, start, i - start, h)) {
                out[count++] = h;
            }
        }
        return count;
    }

    /** Whether a (normalised) word is one the features skip. */
    public static boolean isStopWord(String word) {
        return STOP_WORDS.contains(word);
    }

    private static boolean isStopWord(String text, int start, int length, long hash) {
        int at = java.util.Arrays.binarySearch(STOP_WORD_HASHES, hash);
        if (at < 0) {
            return false;
        }
        String word = STOP_WORDS_BY_HASH[at];
        return word.length() == length && text.regionMatches(start, word, 0, length);
    }

    /** Hashes of adjacent content-word pairs among the first {@code count} words (the word itself if only one). */
    private static long[] features(long[] words, int count) {
        if (count == 0) {
            return new long[] {0L};
        }
        if (count == 1) {
            return new long[] {mix(words[0])};
        }
        long[] out = new long[count - 1];
        long previous = words[0];
        for (int i = 1; i < count; i++) {
            long current = words[i];
            out[i - 1] = mix(previous * 0x9E3779B97F4A7C15L + current);
            previous = current;
        }
        return out;
    }

    /**
     * Min of (a·x + b) >>> 33 over the features, for {@code count} hash functions from {@code first}. Four functions
     * per pass over the features: four independent multiply chains and no array stores in the inner loop (the
     * feature-major version was most of the dedup step's CPU time); the values are the same.
     */
    private static int[] minHashes(long[] features, int first, int count) {
        int[] mins = new int[count];
        int i = 0;
        for (; i + 4 <= count; i += 4) {
            int f0 = first + i;
            long m0 = MULTIPLIERS[f0], m1 = MULTIPLIERS[f0 + 1], m2 = MULTIPLIERS[f0 + 2], m3 = MULTIPLIERS[f0 + 3];
            long o0 = OFFSETS[f0], o1 = OFFSETS[f0 + 1], o2 = OFFSETS[f0 + 2], o3 = OFFSETS[f0 + 3];
            int a = Integer.MAX_VALUE, b = Integer.MAX_VALUE, c = Integer.MAX_VALUE, d = Integer.MAX_VALUE;
            for (long feature : features) {
                a = Math.min(a, (int) ((feature * m0 + o0) >>> 33));
                b = Math.min(b, (int) ((feature * m1 + o1) >>> 33));
                c = Math.min(c, (int) ((feature * m2 + o2) >>> 33));
                d = Math.min(d, (int) ((feature * m3 + o3) >>> 33));
            }
            mins[i] = a;
            mins[i + 1] = b;
            mins[i + 2] = c;
            mins[i + 3] = d;
        }
        for (; i < count; i++) {
            long m = MULTIPLIERS[first + i];
            long o = OFFSETS[first + i];
            int min = Integer.MAX_VALUE;
            for (long feature : features) {
                min = Math.min(min, (int) ((feature * m + o) >>> 33));
            }
            mins[i] = min;
        }
        return mins;
    }

    /** FNV-1a, 64-bit: String.hashCode's 32 bits would make distinct words collide at corpus scale. */
    static long hash64(String word) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < word.length(); i++) {
            h ^= word.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }

    /** SplitMix64 finaliser: spreads the pair hash so the multiply-shift functions above behave as independent. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
