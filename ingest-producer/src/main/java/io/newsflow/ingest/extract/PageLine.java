package io.newsflow.ingest.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * One non-blank line of page text, whitespace collapsed, with the layout facts the heuristics use: whether a
 * blank line separates it from its neighbours (a "block" boundary), whether it was a bullet item, how many
 * words it has. {@link LineClassifier} fills in {@link #kind}.
 */
final class PageLine {

    enum Kind {
        /** Crawl-date banner ("Today: 21 June 2025"): never the article's date. */
        TODAY,
        READ_TIME,
        /** "Advertisement", "Loading...", "Story continues below". */
        AD,
        /** Share/social/menu words and other furniture. */
        BOILERPLATE,
        /** "Read:", "READ MORE:", "Also read" links to other stories. */
        LINK,
        /** "Previous Story" / "Next Story": the article is over. */
        PREV_NEXT,
        /** "Latest from ...", "Related", "More from ...": a list of other stories follows. */
        SIDEBAR,
        COPYRIGHT,
        /** User-agent strings, hex/numeric ids, image file names, bare URLs. */
        ID,
        /** Photo credit: "Reuters", "| Image:self", "Photo: AFP". */
        CREDIT,
        /** A line that is a date (with cue words, times, zones), not prose mentioning one. */
        DATELINE,
        BYLINE,
        /** Wire-copy credits after the story: "(Reporting by ...; Editing by ...)". Ends the article. */
        TRAILER,
        /** Bullet items and runs of short lines. */
        MENU,
        /** A sentence-like paragraph. */
        PROSE,
        /** A prose-like line that describes a photo. */
        CAPTION,
        /** About the writer, not the story: "Jane Doe covers education for the Sentinel.", "Reach Jane Doe at ...". */
        AUTHOR_NOTE,
        /** Anything else: headlines, subheads, labels, truncated teasers. */
        SHORT
    }

    final int index;
    final String text;
    /** Lower-cased text, for cheap substring checks before any regex runs. */
    final String lower;
    final boolean bullet;
    final boolean blankBefore;
    boolean blankAfter;
    final int words;
    Kind kind = Kind.SHORT;

    private PageLine(int index, String text, boolean bullet, boolean blankBefore) {
        this.index = index;
        this.text = text;
        this.lower = text.toLowerCase(Locale.ROOT);
        this.bullet = bullet;
        this.blankBefore = blankBefore;
        this.words = countWords(text);
    }

    /** Kinds that may sit between a headline and the article without being part of either. */
    boolean isMetadata() {
        switch (kind) {
            case TODAY: case READ_TIME: case AD: case ID: case CREDIT: case DATELINE: case BYLINE: case CAPTION:
            case AUTHOR_NOTE:
                return true;
            default:
                return false;
        }
    }

    boolean isEndMarker() {
        return kind == Kind.PREV_NEXT || kind == Kind.SIDEBAR || kind == Kind.TRAILER;
    }

    @Override
    public String toString() {
        return index + ":" + kind + (blankBefore ? " | " : "   ") + text;
    }

    /**
     * Splits normalized text (only '\n' line ends, no tabs or odd spaces) into non-blank lines. When the page is
     * hard-wrapped (e-mail, wire and old archive text wrapped at ~70 columns), the physical lines of a paragraph
     * are joined back into one line.
     */
    static List<PageLine> split(String text) {
        String[] physical = text.split("\n", -1);
        for (int i = 0; i < physical.length; i++) {
            physical[i] = collapse(physical[i]);
        }
        int wrapWidth = hardWrapWidth(physical);
        List<PageLine> out = new ArrayList<>(physical.length / 2 + 4);
        boolean blank = true;
        StringBuilder joined = null;
        boolean joinedBlankBefore = false;
        int lastPhysicalLength = 0;
        for (String raw : physical) {
            if (raw.isEmpty()) {
                if (joined != null) {
                    add(out, joined.toString(), joinedBlankBefore);
                    joined = null;
                }
                blank = true;
                continue;
            }
            boolean isBullet = bulletLength(raw) > 0;
            if (joined != null && wrapWidth > 0 && !isBullet && lastPhysicalLength >= wrapWidth * 0.6) {
                if (joined.length() > 1 && joined.charAt(joined.length() - 1) == '-'
                        && Character.isLetter(joined.charAt(joined.length() - 2))
                        && Character.isLowerCase(raw.charAt(0))) {
                    joined.append(raw);                    // "cease-" + "fire": keep the hyphen, no space
                } else {
                    joined.append(' ').append(raw);
                }
                lastPhysicalLength = raw.length();
                continue;
            }
            if (joined != null) {
                add(out, joined.toString(), joinedBlankBefore);
            }
            joined = new StringBuilder(raw);
            joinedBlankBefore = blank;
            lastPhysicalLength = raw.length();
            blank = false;
        }
        if (joined != null) {
            add(out, joined.toString(), joinedBlankBefore);
        }
        for (int i = 0; i < out.size(); i++) {
            out.get(i).blankAfter = i + 1 >= out.size() || out.get(i + 1).blankBefore;
        }
        return out;
    }

    private static void add(List<PageLine> out, String line, boolean blankBefore) {
        int b = bulletLength(line);
        String text = withoutEmbedLink(b > 0 ? line.substring(b).trim() : line);
        if (text.isEmpty()) {
            return;
        }
        out.add(new PageLine(out.size(), text, b > 0, blankBefore || out.isEmpty()));
    }

    /**
     * An embedded post's text ends in its picture link ("... never gave up on this. pic.twitter.com/k3Pq9X"): the link
     * is cut so the quoted sentences read as text.
     */
    static String withoutEmbedLink(String line) {
        int at = line.lastIndexOf(" pic.twitter.com/");
        if (at < 0) {
            at = line.lastIndexOf(" pic.x.com/");
        }
        if (at <= 0 || line.indexOf(' ', at + 1) >= 0) {
            return line;                                   // absent, or not the last word
        }
        return line.substring(0, at).trim();
    }

    /**
     * Column width when most long lines run straight into the next line (hard-wrapped text), else 0.
     * Unwrapped pages put a whole paragraph on one line, usually followed by a blank line.
     */
    private static int hardWrapWidth(String[] physical) {
        int longLines = 0;
        int continued = 0;
        int[] lengths = new int[physical.length];
        int n = 0;
        for (int i = 0; i < physical.length; i++) {
            int len = physical[i].length();
            if (len == 0) {
                continue;
            }
            lengths[n++] = len;
            if (len >= 40) {
                longLines++;
                if (i + 1 < physical.length && !physical[i + 1].isEmpty()) {
                    continued++;
                }
            }
        }
        if (longLines < 5 || continued * 3 < longLines) {
            return 0;
        }
        int[] sorted = Arrays.copyOf(lengths, n);
        Arrays.sort(sorted);
        int p90 = sorted[Math.min(n - 1, (int) (n * 0.9))];
        // Wrapping breaks lines mid-sentence, so most continued lines end without a full stop. A page with one
        // paragraph per line and no blank lines between also has long lines running into the next, but each ends
        // a sentence. Needed when paragraphs are only two lines long (wide wraps) or when lines are over 100 wide.
        int midSentence = 0;
        for (int i = 0; i + 1 < physical.length; i++) {
            String line = physical[i];
            if (line.length() >= 40 && !physical[i + 1].isEmpty() && !endsSentence(line)) {
                midSentence++;
            }
        }
        boolean wrapShaped = continued >= 3 && midSentence * 10 >= continued * 6;
        if (p90 <= 100) {
            return continued * 2 >= longLines || wrapShaped ? p90 : 0;
        }
        return p90 <= MAX_WRAP_WIDTH && wrapShaped ? p90 : 0;
    }

    /** Widest hard wrap recognised (terminal and archive exports run to 132 columns; some tools to 160). */
    private static final int MAX_WRAP_WIDTH = 200;

    private static boolean endsSentence(String line) {
        char last = line.charAt(line.length() - 1);
        return last == '.' || last == '!' || last == '?' || last == '"' || last == '”' || last == '\'' || last == '’'
                || last == ':' || last == ')';
    }

    /** Length of a leading bullet marker ("• ", "- ", "* ", "► "), 0 if none. */
    static int bulletLength(String s) {
        if (s.length() < 2) {
            return 0;
        }
        char c = s.charAt(0);
        boolean marker = c == '•' || c == '·' || c == '▪' || c == '◦' || c == '►' || c == '▶' || c == '‣'
                || c == '⁃' || c == '*' || c == '-' || c == '–' || c == '>' || c == '■' || c == '□' || c == '●';
        if (!marker || s.charAt(1) != ' ') {
            return 0;
        }
        return 2;
    }

    /** Trims and collapses runs of spaces (the text is already normalized to plain spaces). */
    static String collapse(String s) {
        int n = s.length();
        int start = 0;
        while (start < n && s.charAt(start) == ' ') {
            start++;
        }
        int end = n;
        while (end > start && s.charAt(end - 1) == ' ') {
            end--;
        }
        if (start == end) {
            return "";
        }
        if (s.indexOf("  ", start) < 0) {
            return start == 0 && end == n ? s : s.substring(start, end);
        }
        StringBuilder sb = new StringBuilder(end - start);
        boolean space = false;
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if (c == ' ') {
                if (!space) {
                    sb.append(c);
                }
                space = true;
            } else {
                sb.append(c);
                space = false;
            }
        }
        return sb.toString();
    }

    /** Whitespace-separated tokens with a letter or digit; CJK text counts one word per two characters. */
    static int countWords(String s) {
        int words = 0;
        int cjk = 0;
        boolean inToken = false;
        boolean tokenHasAlnum = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ') {
                if (inToken && tokenHasAlnum) {
                    words++;
                }
                inToken = false;
                tokenHasAlnum = false;
                continue;
            }
            inToken = true;
            if (c >= 0x3040 && c <= 0x9FFF || c >= 0xAC00 && c <= 0xD7AF) {
                cjk++;
            } else if (Character.isLetterOrDigit(c)) {
                tokenHasAlnum = true;
            }
        }
        if (inToken && tokenHasAlnum) {
            words++;
        }
        return words + cjk / 2;
    }
}
