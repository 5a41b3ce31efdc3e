package io.newsflow.bench.quality;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Cuts paragraphs into comparable sentences: Unicode-normalised, curly quotes and dashes made plain, whitespace
 * collapsed. Two extractions of the same sentence compare equal even when one kept a paragraph split the other
 * joined. The splitter is deliberately simple (full stop, "?", "!" or "…", optional closing quote, space, then a
 * capital, digit or opening quote); labels and extractor output go through the same cuts, so its mistakes cancel.
 */
public final class BodySentences {

    private static final Pattern BOUNDARY = Pattern.compile(
            "(?<=[.!?…][\"')\\]]?)\\s+(?=[\"'(\\[]?[\\p{Lu}\\d])");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private BodySentences() {
    }

    /** Every sentence of every paragraph, normalised, in order (empty pieces dropped). */
    public static List<String> of(List<String> paragraphs) {
        List<String> out = new ArrayList<>();
        for (String p : paragraphs) {
            for (String s : BOUNDARY.split(normalize(p))) {
                if (!s.isBlank()) {
                    out.add(s.trim());
                }
            }
        }
        return out;
    }

    /** NFKC, plain quotes and dashes, single spaces, trimmed: what "the same text" means for scoring. */
    public static String normalize(String s) {
        if (s == null) {
            return null;
        }
        String t = Normalizer.normalize(s, Normalizer.Form.NFKC);
        StringBuilder sb = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            switch (c) {
                case '\u201C', '\u201D', '\u201E', '\u00AB', '\u00BB' -> sb.append('"');
                case '\u2018', '\u2019', '\u201A', '\u2032' -> sb.append('\'');
                case '\u2013', '\u2014', '\u2212' -> sb.append('-');
                case '\u00A0', '\u2009', '\u202F' -> sb.append(' ');
                case '\u00AD', '\u200B', '\uFEFF' -> { }
                default -> sb.append(c);
            }
        }
        return SPACES.matcher(sb).replaceAll(" ").trim();
    }
}
