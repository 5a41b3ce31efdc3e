package io.newsflow.enrich.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits an article once into word and punctuation tokens with character offsets. Possessive 's is its own
 * token ("Armenia's" → Armenia + 's); initials and dotted acronyms keep their periods ("E.", "U.S."); hyphens
 * are tokens, so "Russia-brokered" still yields Russia.
 */
final class Tokenizer {
    private Tokenizer() {
    }

    /** Abbreviations whose period is not a sentence end. */
    private static final Set<String> ABBREVIATIONS = Set.of("Mr", "Mrs", "Ms", "Dr", "St", "Gen", "Lt", "Col", "Sen",
            "Rep", "Gov", "Jr", "Sr", "Prof", "Rev", "Sgt", "Capt", "Maj", "Adm", "Mt", "Ft", "Cpl", "Pvt", "Cmdr",
            "Insp", "Supt", "Brig", "Inc", "Corp", "Ltd", "Co", "Bros", "No", "vs", "Gens", "Reps", "Sens", "Messrs");

    static Token[] tokenize(String s) {
        List<Token> out = new ArrayList<>(s.length() / 5 + 8);
        int n = s.length();
        boolean blankLineParagraphs = hasBlankLine(s);
        int paragraph = 0;
        int newlines = 0;
        boolean space = true;
        boolean sentencePending = true;
        List<Integer> lineStarts = new ArrayList<>();
        lineStarts.add(0);
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0') {
                if (c == '\n') newlines++;
                space = true;
                i++;
                continue;
            }
            boolean newlineBefore = newlines > 0 && !out.isEmpty();
            if (newlineBefore) {
                if (!blankLineParagraphs || newlines >= 2) paragraph++;
                sentencePending = true;
                lineStarts.add(out.size());
            }
            newlines = 0;
            Token t;
            if (Character.isLetterOrDigit(c)) {
                int j = wordEnd(s, i);
                t = new Token(s.substring(i, j), i, j, true);
                i = j;
            } else if ((c == '\'' || c == '’') && i + 1 < n && (s.charAt(i + 1) == 's' || s.charAt(i + 1) == 'S')
                    && (i + 2 >= n || !Character.isLetter(s.charAt(i + 2))) && !out.isEmpty() && !space) {
                t = new Token(s.substring(i, i + 2), i, i + 2, false);
                i += 2;
            } else if (c == '.' && i + 2 < n && s.charAt(i + 1) == '.' && s.charAt(i + 2) == '.') {
                t = new Token("…", i, i + 3, false);
                i += 3;
            } else {
                t = new Token(String.valueOf(c), i, i + 1, false);
                i++;
            }
            t.spaceBefore = space;
            t.lineStart = newlineBefore;
            t.paragraph = paragraph;
            if (t.word && sentencePending) {
                t.sentenceStart = true;
                sentencePending = false;
            } else if (!t.word && isSentenceEnd(t.text)) {
                sentencePending = true;
            }
            space = false;
            out.add(t);
        }
        Token[] tokens = out.toArray(new Token[0]);
        lineStarts.add(tokens.length);
        for (int l = 0; l + 1 < lineStarts.size(); l++) markHeadline(tokens, lineStarts.get(l), lineStarts.get(l + 1));
        return tokens;
    }

    private static int wordEnd(String s, int i) {
        int n = s.length();
        int j = i + 1;
        while (j < n) {
            char d = s.charAt(j);
            if (Character.isLetterOrDigit(d) || Character.getType(d) == Character.NON_SPACING_MARK) {
                j++;
            } else if ((d == '\'' || d == '’') && j + 1 < n && Character.isLetter(s.charAt(j + 1))
                    && !isPossessive(s, j)) {
                j++; // O'Brien, d'Ivoire
            } else {
                break;
            }
        }
        // "A/S", the Danish and Norwegian company form, is one word so that it can end a company's name
        if (j - i == 1 && s.charAt(i) == 'A' && j + 1 < n && s.charAt(j) == '/' && s.charAt(j + 1) == 'S'
                && (j + 2 >= n || !Character.isLetterOrDigit(s.charAt(j + 2)))) {
            return j + 2;
        }
        if (j < n && s.charAt(j) == '.') {
            if (j - i == 1 && Character.isUpperCase(s.charAt(i))) {
                j++; // an initial, or the first letter of U.S. / D.C.
                while (j + 1 < n && Character.isLetter(s.charAt(j)) && s.charAt(j + 1) == '.') j += 2;
            } else if (ABBREVIATIONS.contains(s.substring(i, j))) {
                j++;
            }
        }
        return j;
    }

    private static boolean isPossessive(String s, int apostrophe) {
        int n = s.length();
        char next = s.charAt(apostrophe + 1);
        return (next == 's' || next == 'S') && (apostrophe + 2 >= n || !Character.isLetter(s.charAt(apostrophe + 2)));
    }

    private static boolean isSentenceEnd(String p) {
        return p.equals(".") || p.equals("!") || p.equals("?") || p.equals("…") || p.equals(":");
    }

    private static boolean hasBlankLine(String s) {
        int nl = -1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n') {
                if (nl >= 0) return true;
                nl = i;
            } else if (!Character.isWhitespace(c)) {
                nl = -1;
            }
        }
        return false;
    }

    /**
     * A line where nearly every longer word is capitalised and that does not end like a sentence is a headline
     * or menu entry: capitals carry no signal there.
     */
    private static void markHeadline(Token[] t, int from, int to) {
        int last = to - 1;
        while (last > from && !t[last].word && (t[last].text.equals("\"") || t[last].text.equals("”")
                || t[last].text.equals("’") || t[last].text.equals("'") || t[last].text.equals(")"))) last--;
        if (last >= from && (t[last].is(".") || t[last].is("!") || t[last].is("?")
                || (t[last].word && t[last].text.endsWith(".")))) return;
        // "(Reporting by X in Frankfurt; Editing by Y)": a line in brackets is a note (a wire credit), not a headline
        if (to - 1 > from && t[from].is("(") && t[to - 1].is(")")) return;
        int longWords = 0;
        int capitalised = 0;
        for (int i = from; i < to; i++) {
            if (!t[i].word || t[i].text.length() < 4 || Character.isDigit(t[i].text.charAt(0))) continue;
            longWords++;
            if (t[i].cap) capitalised++;
        }
        if (longWords >= 3 && capitalised * 5 >= longWords * 4) {
            for (int i = from; i < to; i++) t[i].headline = true;
        }
    }
}
