package io.newsflow.enrich.entities;

/** One token of an article, with the flags the tagger's rules read; built once per text by {@link Tokenizer}. */
final class Token {
    final String text;
    final String key;      // NameFolding.fold(text)
    final int start;
    final int end;
    final boolean word;    // letters/digits; false for punctuation
    final boolean cap;     // starts with an upper-case letter
    final boolean allCaps; // two or more letters, all upper case ("NATO", "U.S.")
    final boolean initial; // "E." in "Stephen E. Biegun"
    boolean sentenceStart; // first word of a sentence or line: its capital letter says nothing
    boolean headline;      // on a title-cased line: capitals say nothing there either
    boolean spaceBefore;
    boolean lineStart;     // first token after a line break: names never run across lines
    int paragraph;

    Token(String text, int start, int end, boolean word) {
        this.text = text;
        this.start = start;
        this.end = end;
        this.word = word;
        this.key = word ? NameFolding.fold(text) : text;
        char c0 = text.charAt(0);
        this.cap = word && Character.isUpperCase(c0);
        int letters = 0;
        boolean lower = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (!Character.isUpperCase(c)) lower = true;
            }
        }
        this.allCaps = word && letters >= 2 && !lower;
        this.initial = word && letters == 1 && cap && text.length() == 2 && text.charAt(1) == '.';
    }

    boolean is(String punct) {
        return !word && text.equals(punct);
    }

    @Override
    public String toString() {
        return text;
    }
}
