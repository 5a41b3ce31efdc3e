package io.newsflow.ingest.extract;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Names the language of article text: "en" by {@link EnglishDetector} (the common case, allocation-free), else
 * the language among a few European ones whose commonest function words make up a clear share of the first words
 * of the text. Short or mixed text stays null rather than risk a wrong tag.
 */
final class LanguageDetector {

    private static final Map<String, Set<String>> FUNCTION_WORDS = Map.of(
            "es", Set.of("el", "la", "los", "las", "de", "del", "que", "y", "en", "un", "una", "por", "con", "para",
                    "se", "su", "sus", "al", "es", "ha", "han", "como", "pero", "más", "este", "esta", "según"),
            "de", Set.of("der", "die", "das", "und", "ist", "nicht", "ein", "eine", "den", "dem", "des", "mit", "sich",
                    "auf", "für", "von", "zu", "im", "auch", "es", "wird", "wurde", "hat", "sie", "nach", "bei"),
            "fr", Set.of("le", "la", "les", "des", "du", "un", "une", "et", "est", "que", "qui", "dans", "pour", "pas",
                    "sur", "au", "aux", "avec", "par", "ce", "cette", "il", "elle", "ont", "été", "selon"),
            "it", Set.of("il", "lo", "la", "gli", "le", "di", "del", "della", "che", "e", "è", "un", "una", "per",
                    "con", "non", "sono", "nel", "nella", "alla", "ha", "anche", "come", "dei", "delle"),
            "pt", Set.of("o", "os", "as", "de", "do", "da", "dos", "das", "que", "e", "em", "um", "uma", "para", "com",
                    "não", "por", "no", "na", "ao", "foi", "são", "mais", "seu", "sua"),
            "nl", Set.of("de", "het", "een", "en", "van", "is", "dat", "op", "te", "in", "voor", "met", "zijn", "niet",
                    "ook", "aan", "er", "bij", "werd", "om", "door", "naar", "heeft"),
            "ru", Set.of("и", "в", "во", "не", "на", "что", "с", "со", "по", "к", "а", "это", "как", "из", "о", "об",
                    "у", "за", "от", "для", "его", "её", "ее", "он", "она", "они", "был", "была", "были", "уже", "также"));
    private static final int MIN_TOKENS = 20;
    private static final int MAX_TOKENS = 300;

    private LanguageDetector() {}

    static String detect(String text) {
        String en = EnglishDetector.detect(text);
        if (en != null) {
            return en;
        }
        String[] tokens = text.length() > 3000 ? text.substring(0, 3000).split("[^\\p{L}]+") : text.split("[^\\p{L}]+");
        int n = 0;
        Map<String, int[]> hits = new java.util.HashMap<>();
        for (String t : tokens) {
            if (t.isEmpty()) {
                continue;
            }
            if (++n > MAX_TOKENS) {
                break;
            }
            String w = t.toLowerCase(Locale.ROOT);
            for (Map.Entry<String, Set<String>> e : FUNCTION_WORDS.entrySet()) {
                if (e.getValue().contains(w)) {
                    hits.computeIfAbsent(e.getKey(), k -> new int[1])[0]++;
                }
            }
        }
        if (n < MIN_TOKENS) {
            return null;
        }
        String best = null;
        int bestHits = 0;
        int second = 0;
        for (Map.Entry<String, int[]> e : hits.entrySet()) {
            int h = e.getValue()[0];
            if (h > bestHits) {
                second = bestHits;
                bestHits = h;
                best = e.getKey();
            } else if (h > second) {
                second = h;
            }
        }
        // Function words are ~30-50% of running text; a close second means related languages we cannot tell apart.
        return bestHits >= Math.min(n, MAX_TOKENS) * 0.2 && bestHits >= second * 1.3 ? best : null;
    }
}
