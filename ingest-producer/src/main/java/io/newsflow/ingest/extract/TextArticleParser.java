package io.newsflow.ingest.extract;

import io.newsflow.ingest.extract.PageLine.Kind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the article in the text of a page (a scraped text dump, or the block text of an HTML page).
 *
 * <p>The article body is the largest cluster of prose lines (sentences with enough words and ending punctuation),
 * where clusters are broken by "Previous Story" / "Latest from" style markers and by long runs of non-prose
 * lines. The title is the headline-like line nearest before that cluster, walking back over a dek or caption
 * that sits between them. Dates come only from datelines (lines that are a date, possibly with cue words), never
 * from prose or captions, and an uncued dateline must sit next to the title.
 */
final class TextArticleParser {

    /**
     * Result before the language is detected.
     *
     * @param reference the latest full date on the article part of the page (see {@link #referenceDate}); may be null
     */
    record Parsed(String title, List<String> paragraphs, LocalDate published, LocalDate updated,
                  String byline, String source, LocalDate reference) {}

    /** Non-prose lines in a row that end a cluster: longer than a subhead, a caption and its credit, a link. */
    private static final int MAX_GAP = 10;
    /** How far back from the article's first paragraph a headline may be found. */
    private static final int TITLE_SEARCH_LINES = 30;
    /**
     * A teaser's label ("LIVE: ...", "WATCH: ...") marks a link to other content above the headline; the page's own
     * headline carries one only when nothing else is headline-like (a live blog's title).
     */
    private static final Pattern TEASER_LABEL = Pattern.compile("(?i)^(?:live|watch|listen|video|photos|gallery|podcast"
            + "|breaking|exclusive|opinion|analysis|explainer|sponsored)\\s*:");
    /** How close (in non-blank lines) to the title an uncued dateline must be. */
    private static final int DATELINE_REACH = 6;
    private static final int MIN_BODY_WORDS = 15;
    private static final int MIN_TITLE_WORDS = 4;
    private static final int MAX_TITLE_WORDS = 25;

    /** "...reports Asian Lite News": outlets that sign their copy in the standfirst. */
    private static final Pattern REPORTS_TAGLINE = Pattern.compile(
            "(?:…|\\.{3}|[.,;:—–-])\\s*reports\\s+(\\p{Lu}[\\p{L}&'’.-]*(?:\\s+\\p{Lu}[\\p{L}&'’.-]*){0,4})\\s*\\.?$");
    /** Wire dateline: "WASHINGTON (Reuters) -", "MOSCOW, Oct 3 (AP) —". */
    private static final Pattern WIRE_DATELINE = Pattern.compile(
            "^\\p{Lu}[\\p{Lu}\\d .,'’/-]{1,60}?(?:,\\s*\\p{Lu}[\\p{L}.]*(?:\\s+\\p{Lu}[\\p{L}.]*){0,2})?"   // "NAIROBI, Kenya"
            + "(?:,?\\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?\\s+\\d{1,2})?"
            + "\\s*\\((\\p{Lu}[\\p{L}.&]*(?:\\s+\\p{Lu}[\\p{L}.&]*){0,2})\\)\\s*(?:-{1,2}|–|—|_)");
    private static final Pattern COPYRIGHT_HOLDER = Pattern.compile("(?i)(?:©|\\(c\\)|copyright)\\s*(?:©\\s*)?"
            + "(?:(?:19|20)\\d\\d(?:\\s*[-–]\\s*(?:19|20)\\d\\d)?)?\\s*[,.]?\\s*(?:by\\s+)?"
            + "(?-i:(\\p{Lu}[\\p{L}\\d&'’.-]*(?:\\s+(?:[\\p{Lu}&][\\p{L}\\d&'’.-]*|of|and|the)){0,5}))");
    private static final Pattern NOT_A_HOLDER = Pattern.compile("(?i)^(?:powered|all|rights|designed|developed|site|website"
            + "|theme|privacy|terms|copyright)\\b");
    /** The field label of archive exports: "HEADLINE: Rhine Floodwaters Recede". */
    private static final Pattern HEADLINE_LABEL = Pattern.compile("^(?:HEADLINE|Headline|TITLE|HED)\\s*:\\s*");
    private static final Pattern BY_AFTER_DATE = Pattern.compile("\\b(?:by|By|por|Por|von|par|Par)\\s+(\\S.*)$");
    private static final Pattern BARE_CUE = Pattern.compile(
            "(?i)^(?:(last\\s+updated|updated|modified)|first\\s+published|published|posted|date)(?:\\s+on)?\\s*:?$");
    /** The company's legal form after an outlet's name: "Northfield Gazette Ltd" is the Northfield Gazette. */
    private static final Pattern LEGAL_FORM = Pattern.compile(",?\\s+(?:Ltd|Limited|Inc|LLC|L\\.L\\.C|L\\.P|LP|plc|PLC|GmbH|S\\.A"
            + "|SA|AG|Corp|Corporation|Co|Pty Ltd)\\.?$");
    /** Where a copyright holder's name ends: "Northern Post Media Group. All rights reserved." */
    private static final Pattern HOLDER_END = Pattern.compile("\\.\\s|\\s+(?:All|Powered|Served|Designed)\\b");
    private static final Pattern ERROR_PAGE = Pattern.compile("(?i)\\b(?:404|page not found|not found|access denied"
            + "|forbidden|enable javascript|captcha|are you a robot|service unavailable)\\b");

    private TextArticleParser() {}

    /**
     * @param text      normalized text (see {@link #normalize})
     * @param titleHint the title when already known (HTML metadata), used to place the start of the body; may be null
     */
    static Parsed parse(String text, String titleHint) throws UnusableInputException {
        List<PageLine> lines = PageLine.split(text);
        if (lines.isEmpty()) {
            throw new UnusableInputException("no article text found");
        }
        LineClassifier.classify(lines);
        int[] main = mainCluster(lines);
        if (main == null) {
            throw noProse(lines, text);
        }
        int mainStart = main[0];
        int mainEnd = main[1];

        int titleIdx = titleHint != null ? findLine(lines, titleHint) : findTitle(lines, mainStart);
        String title = titleHint;
        if (titleIdx >= 0 && title == null) {
            title = HEADLINE_LABEL.matcher(lines.get(titleIdx).text).replaceFirst("");
        }
        if (titleIdx == mainStart) {
            // The headline reads like a sentence (a question, a quote) and opened the cluster.
            mainStart = titleIdx + 1;
            while (mainStart <= mainEnd && lines.get(mainStart).kind != Kind.PROSE) {
                mainStart++;
            }
        }
        int from = titleIdx >= 0 && titleIdx < mainStart ? titleIdx + 1 : mainStart;
        List<String> paragraphs = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String titleKey = title == null ? null : comparable(title);
        int words = 0;
        for (int i = from; i <= mainEnd; i++) {
            PageLine l = lines.get(i);
            if (l.kind == Kind.PROSE && seen.add(l.text) && (titleKey == null || !isTitleAgain(l.text, titleKey))) {
                paragraphs.add(l.text);
                words += l.words;
            }
        }
        if (words < MIN_BODY_WORDS) {
            throw new UnusableInputException("no article text found (only " + words + " words of prose)");
        }

        int end = endOfArticle(lines, mainEnd);
        int anchor = titleIdx >= 0 ? titleIdx : mainStart;
        int headerEnd = headerEnd(lines, mainStart, mainEnd);
        LocalDate crawlDate = crawlDate(lines);
        Boolean dayFirst = numericDateOrder(lines, mainStart);
        LocalDate[] dates = dates(lines, end, anchor, titleIdx >= 0, headerEnd, crawlDate, dayFirst);
        if (dates[0] == null) {
            dates[0] = cuedDateAfterTheArticle(lines, end, crawlDate, dayFirst);
        }
        if (dates[0] == null) {
            dates[0] = wireDatelineWithHeaderYear(lines, mainStart, mainEnd, crawlDate);
        }
        String byline = byline(lines, end, anchor, headerEnd);
        String source = source(lines, end, mainStart, mainEnd);
        LocalDate reference = referenceDate(lines, Math.min(anchor, mainStart), end, crawlDate, dates, seen);
        return new Parsed(title, paragraphs, dates[0], dates[1], byline, source, reference);
    }

    /** [first, last] prose line of the cluster with the most prose words, or null when there is no prose. */
    private static int[] mainCluster(List<PageLine> lines) {
        int bestStart = -1;
        int bestEnd = -1;
        double bestScore = 0;
        int start = -1;
        int last = -1;
        int words = 0;
        int gap = 0;
        boolean markerAfterProse = false;
        boolean discounted = false;
        boolean anyProse = false;
        for (int i = 0; i <= lines.size(); i++) {
            PageLine l = i < lines.size() ? lines.get(i) : null;
            boolean close = l == null;
            if (l != null && l.kind == Kind.PROSE) {
                if (start < 0) {
                    start = i;
                    words = 0;
                    discounted = markerAfterProse;
                }
                last = i;
                words += l.words;
                gap = 0;
                anyProse = true;
                if (l.words <= 40 && LineClassifier.isContributorNote(l.text)) {
                    close = true;            // "... contributed to this report." is a wire story's last paragraph
                    markerAfterProse = true;
                }
            } else if (l != null && l.isEndMarker() && start >= 0 && articleResumesAfter(lines, i)) {
                gap++;                       // an in-article "Related" box: its links are skipped, the article goes on
            } else if (l != null && l.isEndMarker()) {
                close = true;
                if (anyProse) {
                    markerAfterProse = true;
                }
            } else if (l != null && ++gap > MAX_GAP) {
                close = true;
            }
            if (close && start >= 0) {
                // Prose behind a "Latest from" header is other stories' teasers; it wins only when far larger.
                double score = discounted ? words * 0.25 : words;
                if (score > bestScore) {
                    bestScore = score;
                    bestStart = start;
                    bestEnd = last;
                }
                start = -1;
                gap = 0;
            }
        }
        return bestStart < 0 ? null : new int[] {bestStart, bestEnd};
    }

    private static final Pattern INLINE_BOX = Pattern.compile("(?i)^(?:related|recommended|read more|see also|also read"
            + "|you (?:may|might) also like)\\b");
    /** At most this many link lines in an in-article box. */
    private static final int MAX_BOX_LINKS = 5;

    /**
     * Whether the marker at {@code i} heads a box of links inside the article ("Related" and a few headlines) after
     * which the article goes on: two paragraphs in a row follow the links. Teaser lists alternate headline and
     * blurb, and "Previous Story" / "Latest from" / comment headers always end the article.
     */
    private static boolean articleResumesAfter(List<PageLine> lines, int i) {
        PageLine marker = lines.get(i);
        if (marker.kind != Kind.SIDEBAR || !INLINE_BOX.matcher(marker.text).lookingAt()) {
            return false;
        }
        int k = i + 1;
        int links = 0;
        while (k < lines.size() && lines.get(k).kind != Kind.PROSE) {
            if (++links > MAX_BOX_LINKS || lines.get(k).isEndMarker()) {
                return false;
            }
            k++;
        }
        return links >= 1 && k + 1 < lines.size() && lines.get(k + 1).kind == Kind.PROSE;
    }

    private static int findTitle(List<PageLine> lines, int mainStart) {
        int found = searchBack(lines, mainStart, MIN_TITLE_WORDS);
        if (found < 0 && isTitleCandidate(lines.get(mainStart), MIN_TITLE_WORDS)
                && !lines.get(mainStart).text.endsWith(".")) {
            return mainStart;                       // headline ending in "?" or a quote, read as prose
        }
        if (found < 0) {
            found = searchBack(lines, mainStart, 3);   // short headlines, only when nothing longer is there
        }
        return found;
    }

    /**
     * The nearest headline-like line before the body; then, walking back over metadata (dates, bylines, credits),
     * the earliest of adjacent headline-like lines: the headline comes before its dek or photo caption.
     */
    private static int searchBack(List<PageLine> lines, int mainStart, int minWords) {
        int found = -1;
        for (int i = mainStart - 1, seen = 0; i >= 0 && seen < TITLE_SEARCH_LINES; i--, seen++) {
            if (isTitleCandidate(lines.get(i), minWords) && !isTimedEntryHeading(lines, i)) {
                found = i;
                break;
            }
        }
        if (found < 0) {
            return -1;
        }
        int first = found;
        for (int j = found - 1; j >= 0; j--) {
            PageLine l = lines.get(j);
            if (l.isMetadata()) {
                continue;
            }
            if (isTitleCandidate(l, minWords) && !TEASER_LABEL.matcher(l.text).lookingAt()) {
                first = j;
                continue;
            }
            break;
        }
        return first;
    }

    /** A live blog's entry heading sits under the entry's time ("16:42" / "Council confirms ..."); the page's headline does not. */
    private static boolean isTimedEntryHeading(List<PageLine> lines, int i) {
        return i > 0 && LineClassifier.isBareTime(lines.get(i - 1).text);
    }

    static boolean isTitleCandidate(PageLine l, int minWords) {
        if (l.bullet || l.words < minWords || l.words > MAX_TITLE_WORDS) {
            return false;
        }
        String t = l.text;
        char lastChar = t.charAt(t.length() - 1);
        boolean sentenceLike = l.kind == Kind.PROSE && endsLikeHeadline(t);
        if (l.kind != Kind.SHORT && !sentenceLike) {
            return false;
        }
        if (lastChar == '.' || lastChar == ',' || lastChar == ';' || lastChar == ':' || lastChar == '…'
                || lastChar == '-' || lastChar == '|') {
            return false;
        }
        int separators = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '|' || c == '>' || c == '»' || c == '/' || c == '•' || c == '·' || c == '›' || c == '[') {
                separators++;
            } else if ((c == '–' || c == '—' || c == '-') && i > 0 && i + 1 < t.length()
                    && t.charAt(i - 1) == ' ' && t.charAt(i + 1) == ' ') {
                separators++;                       // "Gazette – News – Transport"
            }
        }
        if (separators >= 2) {
            return false;                           // breadcrumb or menu: "Home > World > Europe"
        }
        int firstLetter = 0;
        while (firstLetter < t.length() && !Character.isLetterOrDigit(t.charAt(firstLetter))) {
            firstLetter++;
        }
        if (firstLetter >= t.length() || firstLetter > 2) {
            return false;
        }
        char c = t.charAt(firstLetter);
        return Character.isUpperCase(c) || Character.isDigit(c) || !Character.isLetter(c);
    }

    /** "Will the truce hold?", "Erdogan calls for “permanent solution”" — but not "... we will win.”" */
    private static boolean endsLikeHeadline(String t) {
        int i = t.length() - 1;
        while (i > 0 && "\"”’'»".indexOf(t.charAt(i)) >= 0) {
            i--;
        }
        char c = t.charAt(i);
        return c == '?' || c == '!' || Character.isLetterOrDigit(c);
    }

    private static int findLine(List<PageLine> lines, String hint) {
        String want = comparable(hint);
        for (PageLine l : lines) {
            if (comparable(l.text).equals(want)) {
                return l.index;
            }
        }
        for (PageLine l : lines) {
            if (l.kind == Kind.PROSE) {
                continue;                               // a paragraph that merely starts like the title
            }
            String have = comparable(l.text);
            if (have.length() >= want.length() * 0.6 && have.length() >= 12
                    && (want.startsWith(have) || have.startsWith(want))) {
                return l.index;
            }
        }
        return -1;
    }

    private static boolean isTitleAgain(String line, String titleKey) {
        return line.length() <= titleKey.length() * 2 + 10 && comparable(line).equals(titleKey);
    }

    private static String comparable(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                sb.append(Character.toLowerCase(c));
            }
        }
        return sb.toString();
    }

    /** Most words of a standfirst written as sentences, above the byline and date. */
    private static final int MAX_DEK_WORDS = 45;

    /**
     * Where the article's header (headline, dek, byline, date) ends: normally the first paragraph; but when that
     * paragraph is a short dek followed by a byline or dateline, the header runs on to the next paragraph.
     */
    private static int headerEnd(List<PageLine> lines, int mainStart, int mainEnd) {
        if (lines.get(mainStart).words > MAX_DEK_WORDS) {
            return mainStart;
        }
        boolean byOrDate = false;
        for (int i = mainStart + 1; i <= mainEnd && i <= mainStart + 4; i++) {
            PageLine l = lines.get(i);
            if (l.kind == Kind.PROSE) {
                return byOrDate ? i : mainStart;
            }
            if (l.kind == Kind.DATELINE || l.kind == Kind.BYLINE) {
                byOrDate = true;
            } else if (!l.isMetadata() && l.kind != Kind.SHORT) {
                return mainStart;
            }
        }
        return mainStart;
    }

    /** "LYON, France, Feb 6 (AFP) -": the month and day a wire dateline gives. */
    private static final Pattern WIRE_MONTH_DAY = Pattern.compile(
            "^\\p{Lu}[\\p{L}\\d .,'’/-]{1,60}?,\\s*(\\p{L}{3,9})\\.?\\s+(\\d{1,2})\\s*\\(");

    /**
     * Whether the page writes numeric dates day first (true) or month first (false), null when it does not show:
     * from a slash date that can only be read one way (21/07/2022), else from the wire dateline's "Feb 6" matching
     * an ambiguous 06/02/2024 in the header.
     */
    private static Boolean numericDateOrder(List<PageLine> lines, int mainStart) {
        for (PageLine l : lines) {
            Boolean order = DateExpressions.slashOrder(l.text);
            if (order != null) {
                return order;
            }
        }
        for (int i = mainStart; i < lines.size(); i++) {
            if (lines.get(i).kind != Kind.PROSE) {
                continue;
            }
            Matcher m = WIRE_MONTH_DAY.matcher(lines.get(i).text);
            int month = m.find() ? DateExpressions.monthNumber(m.group(1)) : -1;
            if (month < 0) {
                return null;
            }
            int day = Integer.parseInt(m.group(2));
            for (int k = 0; k < mainStart; k++) {
                Boolean order = DateExpressions.slashOrderFor(lines.get(k).text, month, day);
                if (order != null) {
                    return order;
                }
            }
            return null;
        }
        return null;
    }

    /** Index of the first "Previous Story" / "Latest from" marker after the body, or the line count. */
    private static int endOfArticle(List<PageLine> lines, int mainEnd) {
        for (int i = mainEnd + 1; i < lines.size(); i++) {
            if (lines.get(i).isEndMarker()) {
                return i;
            }
        }
        return lines.size();
    }

    private static LocalDate crawlDate(List<PageLine> lines) {
        for (PageLine l : lines) {
            if (l.kind == Kind.TODAY) {
                return DateExpressions.first(l.text);
            }
        }
        return null;
    }

    /**
     * {published, updated}. A date with a "Published"/"Updated" cue counts anywhere before the end of the article
     * (some templates print it at the bottom); an uncued dateline only next to the title, which keeps site-header
     * dates, crawl dates, copyright years, captions and the events in the text out.
     */
    private static LocalDate[] dates(List<PageLine> lines, int end, int anchor, boolean haveTitle, int mainStart,
                                     LocalDate crawlDate, Boolean dayFirst) {
        LocalDate published = null;
        int publishedDistance = Integer.MAX_VALUE;
        LocalDate uncued = null;
        int uncuedDistance = Integer.MAX_VALUE;
        LocalDate updated = null;
        int updatedDistance = Integer.MAX_VALUE;
        for (int i = 0; i < end; i++) {
            PageLine l = lines.get(i);
            LocalDate wire = i < mainStart ? DateExpressions.wireHeaderDate(l.text) : null;
            if (wire != null) {
                // An old wire header is the filing date by construction, as good as a "Published" cue.
                int distance = Math.abs(i - anchor);
                if ((crawlDate == null || !wire.isAfter(crawlDate)) && distance < publishedDistance) {
                    published = wire;
                    publishedDistance = distance;
                }
                continue;
            }
            if (l.words > 25 || (l.kind != Kind.DATELINE && l.kind != Kind.BYLINE && l.kind != Kind.SHORT)) {
                continue;
            }
            List<DateExpressions.Found> found = DateExpressions.findAll(l.text, dayFirst);
            if (found.isEmpty() || !DateExpressions.isDateline(l.text, found, 6)) {
                continue;
            }
            DateExpressions.Cue lineCue = i > 0 ? bareCue(lines.get(i - 1).text) : DateExpressions.Cue.NONE;
            int distance = Math.abs(i - anchor);
            boolean nearTitle = haveTitle ? distance <= DATELINE_REACH && i < mainStart
                    : i < mainStart && mainStart - i <= DATELINE_REACH + 2;
            boolean strictDateline = l.kind == Kind.DATELINE || DateExpressions.isDateline(l.text, found, 3);
            for (DateExpressions.Found f : found) {
                if (crawlDate != null && f.date().isAfter(crawlDate)) {
                    continue;
                }
                DateExpressions.Cue cue = f.cue() == DateExpressions.Cue.NONE && f == found.get(0) ? lineCue : f.cue();
                switch (cue) {
                    case PUBLISHED:
                        if (distance < publishedDistance) {
                            published = f.date();
                            publishedDistance = distance;
                        }
                        break;
                    case UPDATED:
                        if (distance < updatedDistance) {
                            updated = f.date();
                            updatedDistance = distance;
                        }
                        break;
                    default:
                        if (nearTitle && strictDateline && distance < uncuedDistance) {
                            uncued = f.date();
                            uncuedDistance = distance;
                        }
                }
            }
        }
        if (published == null) {
            published = uncued;
        }
        if (published != null && updated != null && updated.isBefore(published)) {
            updated = null;
        }
        return new LocalDate[] {published, updated};
    }

    /**
     * "Published February 8th, 2024 at 11:05" printed under the related stories, after the article's end marker: a
     * dateline with an explicit "Published"/"Posted" cue names this page's date even there (related items carry
     * uncued dates). Used only when nothing before the end said it.
     */
    private static LocalDate cuedDateAfterTheArticle(List<PageLine> lines, int end, LocalDate crawlDate, Boolean dayFirst) {
        for (int i = end; i < lines.size(); i++) {
            PageLine l = lines.get(i);
            if (l.words > 12 || l.kind == Kind.LINK || l.kind == Kind.COPYRIGHT) {
                continue;
            }
            List<DateExpressions.Found> found = DateExpressions.findAll(l.text, dayFirst);
            if (found.size() == 1 && found.get(0).cue() == DateExpressions.Cue.PUBLISHED
                    && DateExpressions.isDateline(l.text, found, 3)
                    && (crawlDate == null || !found.get(0).date().isAfter(crawlDate))) {
                return found.get(0).date();
            }
        }
        return null;
    }

    /** A full date written as digits, alone or inside an archive's document id ("1985-07-05-0419", "19980505-AFP"). */
    private static final Pattern DIGIT_DATE = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})-?(\\d{2})-?(\\d{2})(?!\\d)");

    /**
     * An archived wire story: its dateline gives month and day only ("HARARE, July 5 (Reuter) -", or an archive's
     * "DATELINE: DHAKA, May 3" field), and the archive's header carries the year: a full date, often inside a document
     * id ("1985-07-05-0419", "19980505-AFP"), a short numeric date ("03/05/91"), or only the year ("Associated Press,
     * 1976"). A header date counts only when it agrees with the dateline's month and day; a bare year only when it is
     * the one year the header names.
     */
    private static LocalDate wireDatelineWithHeaderYear(List<PageLine> lines, int mainStart, int mainEnd, LocalDate crawlDate) {
        if (mainStart > mainEnd) {
            return null;
        }
        int[] monthDay = datelineMonthDay(lines, mainStart);
        if (monthDay == null) {
            return null;
        }
        int month = monthDay[0];
        int day = monthDay[1];
        Set<Integer> years = new java.util.TreeSet<>();
        for (int i = 0; i < mainStart; i++) {
            PageLine l = lines.get(i);
            if (l.kind == Kind.TODAY || l.kind == Kind.COPYRIGHT) {
                continue;
            }
            Matcher full = DIGIT_DATE.matcher(l.text);
            while (full.find()) {
                if (Integer.parseInt(full.group(2)) == month && Integer.parseInt(full.group(3)) == day) {
                    return notAfter(LocalDate.of(Integer.parseInt(full.group(1)), month, day), crawlDate);
                }
            }
            Matcher slash = SHORT_NUMERIC_DATE.matcher(l.text);
            while (slash.find()) {
                int a = Integer.parseInt(slash.group(1));
                int b = Integer.parseInt(slash.group(2));
                if ((a == day && b == month) || (a == month && b == day)) {
                    int y = Integer.parseInt(slash.group(3));
                    int year = slash.group(3).length() == 4 ? y : (y >= 40 ? 1900 + y : 2000 + y);
                    return notAfter(LocalDate.of(year, month, day), crawlDate);
                }
            }
            Matcher year = HEADER_YEAR.matcher(l.text);
            while (year.find()) {
                years.add(Integer.parseInt(year.group(1)));
            }
        }
        if (years.size() == 1) {
            return notAfter(LocalDate.of(years.iterator().next(), month, day), crawlDate);
        }
        return null;
    }

    /** Month and day of the story's dateline: the first paragraph's wire dateline, or an archive's "DATELINE:" field. */
    private static int[] datelineMonthDay(List<PageLine> lines, int mainStart) {
        String first = lines.get(mainStart).text;
        Matcher dateline = WIRE_DATELINE.matcher(first);
        String text = dateline.find() ? first.substring(0, dateline.end()) : null;
        for (int i = Math.max(0, mainStart - 8); text == null && i < mainStart; i++) {
            if (lines.get(i).text.regionMatches(true, 0, "DATELINE:", 0, 9)) {
                text = lines.get(i).text;
            }
        }
        if (text == null) {
            return null;
        }
        Matcher md = DATELINE_MONTH_DAY.matcher(text);
        if (!md.find()) {
            return null;
        }
        int month = DateExpressions.month(md.group(1));
        int day = Integer.parseInt(md.group(2));
        return day >= 1 && day <= 31 ? new int[] {month, day} : null;
    }

    private static LocalDate notAfter(LocalDate date, LocalDate crawlDate) {
        return crawlDate == null || !date.isAfter(crawlDate) ? date : null;
    }

    private static final Pattern DATELINE_MONTH_DAY = Pattern.compile("\\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec"
            + "|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)[A-Za-z]*\\.?\\s+(\\d{1,2})\\b");
    private static final Pattern SHORT_NUMERIC_DATE = Pattern.compile("(?<![\\d/])(\\d{1,2})/(\\d{1,2})/(\\d{2}|\\d{4})(?![\\d/])");
    private static final Pattern HEADER_YEAR = Pattern.compile("(?<![\\d-])((?:19|20)\\d{2})(?![\\d-])");

    /** Line kinds that belong to other stories or to the site, whose dates say nothing about this article. */
    private static final Set<Kind> NOT_THE_ARTICLE = Set.of(Kind.TODAY, Kind.LINK, Kind.SIDEBAR, Kind.PREV_NEXT,
            Kind.COPYRIGHT, Kind.MENU, Kind.AD, Kind.BOILERPLATE, Kind.ID);

    /**
     * The latest full date shown on the article part of the page but outside its body text, from the title (or
     * first paragraph) to the end marker: photo captions, datelines, the stated dates. It lets a page that states
     * no publication date still anchor weekdays and year-less dates (a caption "... November 14, 2020"). Body
     * paragraphs are left out because the date tagger reads those itself and trusts them less (a coup "on February
     * 1, 2021" is an event, not the day of writing); so are lines of other stories (links, sidebars, menus), the
     * crawl date, the site's own lines, and anything after the crawl date.
     */
    private static LocalDate referenceDate(List<PageLine> lines, int from, int end, LocalDate crawlDate,
                                           LocalDate[] stated, Set<String> bodyParagraphs) {
        LocalDate latest = null;
        for (LocalDate d : stated) {
            latest = later(latest, d, crawlDate);
        }
        for (int i = from; i < end; i++) {
            PageLine l = lines.get(i);
            if (NOT_THE_ARTICLE.contains(l.kind) || bodyParagraphs.contains(l.text)) {
                continue;
            }
            for (DateExpressions.Found f : DateExpressions.findAll(l.text)) {
                latest = later(latest, f.date(), crawlDate);
            }
        }
        return latest;
    }

    private static LocalDate later(LocalDate latest, LocalDate d, LocalDate crawlDate) {
        if (d == null || crawlDate != null && d.isAfter(crawlDate)) {
            return latest;
        }
        return latest == null || d.isAfter(latest) ? d : latest;
    }

    /** A cue word on a line of its own, above the date ("Published" / "17 October 2020"). */
    private static DateExpressions.Cue bareCue(String line) {
        Matcher m = BARE_CUE.matcher(line);
        if (!m.matches()) {
            return DateExpressions.Cue.NONE;
        }
        return m.group(1) != null ? DateExpressions.Cue.UPDATED : DateExpressions.Cue.PUBLISHED;
    }

    private static String byline(List<PageLine> lines, int end, int anchor, int mainStart) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (int i = 0; i < end; i++) {
            PageLine l = lines.get(i);
            String name;
            if (l.kind == Kind.BYLINE || l.kind == Kind.TRAILER) {
                name = BylineParser.name(LineClassifier.bylineRest(l.text));
            } else if (l.kind == Kind.DATELINE) {
                Matcher m = BY_AFTER_DATE.matcher(l.text);     // "Posted on April 9, 2021 by Dana Whitfield"
                name = m.find() ? BylineParser.name(m.group(1)) : null;
            } else if (l.kind == Kind.SHORT && l.words <= 16 && DateExpressions.mayContainDate(l.text)) {
                name = bylineAfterDateline(l.text);              // "Publicado em 14/03/2023 - 15:20 Por Ana Souza - Repórter"
            } else {
                continue;
            }
            int distance = Math.abs(i - anchor);
            if (name != null && distance < bestDistance) {
                best = name;
                bestDistance = distance;
            }
        }
        return best != null ? best : bareNameByline(lines, anchor, mainStart);
    }

    /**
     * The name in a dateline that runs on into a byline with a role and place: the part before "by"/"por" must be a
     * dateline on its own, so a headline or sentence with a date and "by" in it is not read.
     */
    private static String bylineAfterDateline(String text) {
        Matcher m = BY_AFTER_DATE.matcher(text);
        if (!m.find()) {
            return null;
        }
        String datePart = text.substring(0, m.start());
        List<DateExpressions.Found> found = DateExpressions.findAll(datePart);
        return !found.isEmpty() && DateExpressions.isDateline(datePart, found, 0) ? BylineParser.name(m.group(1)) : null;
    }

    /**
     * A byline without "By": a line that is only a person's name (two to four capitalised words), directly above or
     * below the article's dateline, between the headline and the body ("Tomás Ferreira" / "Thursday 7 October 2010").
     */
    private static String bareNameByline(List<PageLine> lines, int anchor, int mainStart) {
        for (int i = anchor + 1; i < mainStart; i++) {
            PageLine l = lines.get(i);
            if (l.kind != Kind.SHORT || l.words < 2 || l.words > 4 || l.bullet) {
                continue;
            }
            boolean besideDateline = neighbourKind(lines, i, -1) == Kind.DATELINE || neighbourKind(lines, i, 1) == Kind.DATELINE;
            String name = besideDateline ? BylineParser.name(l.text) : null;
            if (name != null && name.length() == l.text.length() && isNameShaped(l.text)) {
                return name;
            }
        }
        return null;
    }

    /**
     * Kind of the nearest line in direction {@code step}, passing over what may sit between a writer's name and the
     * date: their e-mail address, a bio line.
     */
    private static Kind neighbourKind(List<PageLine> lines, int i, int step) {
        for (int k = i + step; k >= 0 && k < lines.size(); k += step) {
            Kind kind = lines.get(k).kind;
            if (kind != Kind.ID && kind != Kind.AUTHOR_NOTE) {
                return kind;
            }
        }
        return null;
    }

    /** Each word a capital and then lower-case letters ("Tomás", "O'Neill", "Smith-Jones"), or a name particle. */
    private static boolean isNameShaped(String text) {
        for (String w : text.split(" ")) {
            if (w.length() < 2 || !Character.isUpperCase(w.charAt(0)) || !Character.isLowerCase(w.charAt(w.length() - 1))) {
                if (!w.equals("de") && !w.equals("van") && !w.equals("von") && !w.equals("da") && !w.equals("al")) {
                    return false;
                }
            }
        }
        return true;
    }

    private static String source(List<PageLine> lines, int end, int mainStart, int mainEnd) {
        for (int i = 0; i < end; i++) {
            PageLine l = lines.get(i);
            if ((l.kind == Kind.PROSE || l.kind == Kind.SHORT) && l.text.contains("reports ")) {
                Matcher m = REPORTS_TAGLINE.matcher(l.text);
                if (m.find()) {
                    return m.group(1);
                }
            }
        }
        for (int i = mainStart; i <= mainEnd; i++) {
            PageLine l = lines.get(i);
            if (l.kind == Kind.PROSE) {
                Matcher m = WIRE_DATELINE.matcher(l.text);
                if (m.find()) {
                    String agency = BylineParser.agency(m.group(1));
                    return agency != null ? agency : m.group(1);
                }
                break;                                     // a wire dateline opens the first paragraph only
            }
        }
        for (int i = 0; i < end; i++) {
            PageLine l = lines.get(i);
            if (l.kind == Kind.BYLINE) {
                String agency = BylineParser.agency(LineClassifier.bylineRest(l.text));
                if (agency != null) {
                    return agency;
                }
            }
        }
        // The site's own copyright notice, in the footer after the article.
        for (int i = mainEnd + 1; i < lines.size(); i++) {
            PageLine l = lines.get(i);
            if (l.kind == Kind.COPYRIGHT) {
                Matcher m = COPYRIGHT_HOLDER.matcher(l.text);
                if (m.find() && !NOT_A_HOLDER.matcher(m.group(1)).find()) {
                    String holder = HOLDER_END.split(m.group(1), 2)[0].replaceAll("[.,]+$", "").trim();
                    String agency = BylineParser.agency(holder);      // "The Associated Press" → "Associated Press"
                    return agency != null ? agency : LEGAL_FORM.matcher(holder).replaceFirst("");
                }
            }
        }
        return null;
    }

    private static UnusableInputException noProse(List<PageLine> lines, String text) {
        if (ERROR_PAGE.matcher(text.length() > 4000 ? text.substring(0, 4000) : text).find() && lines.size() < 40) {
            return new UnusableInputException("no article text found (error or blocked page)");
        }
        if (lines.size() >= 3) {
            return new UnusableInputException("no article text found (only navigation)");
        }
        return new UnusableInputException("no article text found");
    }

    /**
     * One pass: line ends to '\n', tabs and odd spaces (NBSP, thin, ideographic) to ' ', invisible characters
     * (zero-width, soft hyphen, BOM, replacement char) and stray control characters removed.
     */
    static String normalize(String s) {
        int n = s.length();
        int i = 0;
        while (i < n && isKept(s.charAt(i))) {
            i++;
        }
        if (i == n) {
            return s;                                  // the common case: nothing to change
        }
        char[] out = new char[n];
        s.getChars(0, i, out, 0);
        int k = i;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (isKept(c)) {
                out[k++] = c;
                continue;
            }
            switch (c) {
                case '\r':
                    if (i + 1 < n && s.charAt(i + 1) == '\n') {
                        continue;
                    }
                    out[k++] = '\n';
                    break;
                case '\t': case '\u000B': case '\u00A0': case '\u2007': case '\u202F': case '\u3000': case '\u205F':
                    out[k++] = ' ';
                    break;
                case '\f': case '\u2028': case '\u2029': case '\u0085':
                    out[k++] = '\n';
                    break;
                default:
                    if (c >= '\u2000' && c <= '\u200A') {
                        out[k++] = ' ';
                    }
                    // zero-width characters, soft hyphen, BOM, replacement and control characters: dropped
            }
        }
        return new String(out, 0, k);
    }

    /** Characters that pass through unchanged. */
    private static boolean isKept(char c) {
        if (c >= 0x20 && c < 0x7F || c == '\n') {
            return true;
        }
        if (c < 0xA0) {
            return false;                              // controls, CR, tab, C1
        }
        return !(c == '\u00A0' || c == '\u00AD' || c >= '\u2000' && c <= '\u200D' || c == '\u2028' || c == '\u2029'
                || c == '\u202F' || c == '\u205F' || c == '\u2060' || c == '\u3000' || c == '\uFEFF' || c == '\uFFFD');
    }

}
