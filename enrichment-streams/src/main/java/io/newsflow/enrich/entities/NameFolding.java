package io.newsflow.enrich.entities;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Spelling-insensitive keys for names: gazetteer aliases and article tokens are compared through these, so
 * "Ağdam", "Agdam" and "AGDAM" meet, and the vowel skeleton lets transliterations meet ("Shusha"/"Shushi").
 */
final class NameFolding {
    private NameFolding() {
    }

    /** Lower case, diacritics removed, dotless i / schwa / ligatures spelled out, periods dropped ("U.S." = "us"). */
    static String fold(CharSequence s) {
        int n = s.length();
        boolean ascii = true;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x80) {
                ascii = false;
                break;
            }
        }
        StringBuilder b = new StringBuilder(n);
        if (ascii) {
            for (int i = 0; i < n; i++) {
                char c = s.charAt(i);
                if (c == '.') continue;
                b.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
            }
            return b.toString();
        }
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            switch (c) {
                case 'ı' -> b.append('i');
                case 'ə', 'Ə' -> b.append('a');
                case 'ł', 'Ł' -> b.append('l');
                case 'ø', 'Ø' -> b.append('o');
                case 'æ', 'Æ' -> b.append("ae");
                case 'œ', 'Œ' -> b.append("oe");
                case 'ß' -> b.append("ss");
                case 'đ', 'Đ', 'ð' -> b.append('d');
                case 'þ' -> b.append("th");
                case 'ħ' -> b.append('h');
                case '’', 'ʼ', 'ʻ', '‘' -> b.append('\'');
                case '.' -> { }
                default -> b.append(c);
            }
        }
        String decomposed = Normalizer.normalize(b, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK) out.append(c);
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    /**
     * Consonant skeleton of a folded name with each vowel run as '*' and common romanisation digraphs merged:
     * Aghdam/Agdam → "*gd*m", Kalbajar/Kelbajar → "k*lb*j*r", Shusha/Shushi → "s*s*". Only used for places in
     * place context, and only when it picks out a single candidate.
     */
    static String skeleton(String folded) {
        StringBuilder b = new StringBuilder(folded.length());
        int n = folded.length();
        for (int i = 0; i < n; i++) {
            char c = folded.charAt(i);
            if (c < 'a' || c > 'z') continue;
            char next = i + 1 < n ? folded.charAt(i + 1) : 0;
            char out = c;
            if (next == 'h' && (c == 'g' || c == 'k' || c == 's' || c == 'c' || c == 'z' || c == 'p' || c == 't')) {
                out = switch (c) {
                    case 'g' -> 'g';
                    case 'k' -> 'h';
                    case 's' -> 's';
                    case 'c' -> 'c';
                    case 'z' -> 'j';
                    case 'p' -> 'f';
                    default -> 't';
                };
                i++;
            } else if (c == 'x') {
                out = 'h';
            } else if (c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y') {
                out = '*';
            }
            int len = b.length();
            if (len > 0 && b.charAt(len - 1) == out) continue; // doubled letters and vowel runs collapse
            b.append(out);
        }
        return b.toString();
    }

    /** Stable id part: "Nagorno-Karabakh" → "nagorno-karabakh", "Washington D.C." → "washington-d-c". */
    static String slug(String canonical) {
        String f = fold(canonical.replace('.', ' '));
        StringBuilder b = new StringBuilder(f.length());
        boolean dash = false;
        for (int i = 0; i < f.length(); i++) {
            char c = f.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (dash && b.length() > 0) b.append('-');
                b.append(c);
                dash = false;
            } else {
                dash = true;
            }
        }
        return b.toString();
    }
}
