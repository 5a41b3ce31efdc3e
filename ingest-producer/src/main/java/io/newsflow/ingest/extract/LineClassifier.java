package io.newsflow.ingest.extract;

import io.newsflow.ingest.extract.PageLine.Kind;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Assigns a {@link Kind} to each line. Rules are written for news pages in general (menus, share bars, link
 * lines, credits and captions look alike across outlets), cheapest checks first: most patterns are anchored and
 * only tried on short lines, so long prose lines cost a handful of character tests.
 */
final class LineClassifier {

    static final int MIN_PROSE_WORDS = 4;
    /** Bullet items are menus unless they are clearly sentences. */
    static final int MIN_BULLET_PROSE_WORDS = 8;

    private static final Pattern TODAY = Pattern.compile("(?i)^today\\s*[:,\\-–]");
    private static final Pattern READ_TIME = Pattern.compile(
            "(?i)^(?:\\d+\\s*(?:mins?|minutes?)(?:\\s+(?:to\\s+)?read)?|(?:estimated\\s+)?read(?:ing)?\\s+time\\b.*)$");
    /** Whole-line furniture, compared as a normalized key (see {@link #key}): a set lookup, not a regex per phrase. */
    private static final Set<String> AD_PHRASES = Set.of("advertisement", "advertising", "advert", "ad", "sponsored",
            "sponsored content", "promoted", "paid content", "paid post", "story continues", "story continues below",
            "story continues below advertisement", "continue reading", "continue reading below",
            "continue reading the main story", "scroll to continue", "scroll down to continue",
            "scroll to continue with content", "scroll down to continue with content", "loading", "please wait",
            "skip ad", "skip this ad", "anzeige", "werbung", "publicidad", "publicité", "pubblicità");
    private static final Set<String> FURNITURE_PHRASES = Set.of("share", "shares", "share this", "share this article",
            "share this story", "share this page", "share this post", "share article", "share story", "share page",
            "share post", "tweet", "tweet this", "print", "print this", "print this page", "print this article", "email",
            "e-mail", "mail", "whatsapp", "telegram", "facebook", "twitter", "x", "linkedin", "reddit", "pinterest",
            "pin it", "pocket", "tumblr", "flipboard", "messenger", "sms", "copy link", "copy the link", "copy url",
            "link copied", "save", "saved", "bookmark", "comment", "comments off", "+1", "like", "follow", "follow us",
            "subscribe", "subscribe now", "sign up", "sign in", "login", "log in", "logout", "log out", "register",
            "menu", "main menu", "search", "close", "open", "home", "news", "skip to content", "skip to main content",
            "skip to navigation", "jump to content", "jump to main content", "go to top", "go totop", "gototop",
            "back to top", "top", "toggle navigation", "open menu", "close menu", "font size", "text size", "listen",
            "listen to this article", "listen to the article", "listen to this story", "listen to the story", "audio",
            "view comments", "show comments", "hide comments", "more", "see more", "show more", "load more", "view all",
            "see all", "click here", "watch", "watch live", "live", "video", "photos", "gallery", "podcast",
            "newsletter", "rss", "cookie", "cookies", "accept", "ok", "got it", "reject", "settings", "translate",
            // live-blog controls
            "key events", "key event", "pinned post", "pinned", "report a typo", "report an error");
    /** Words of share bars and page tool strips, for {@link #isControlStrip}. */
    private static final Set<String> CONTROL_WORDS = Set.of("share", "facebook", "twitter", "x", "email", "e-mail",
            "mail", "copy", "link", "url", "bookmark", "save", "comments", "comment", "print", "whatsapp", "telegram",
            "linkedin", "reddit", "pinterest", "messenger", "flipboard", "tweet", "sms", "gift", "listen", "follow",
            "like", "bluesky", "threads", "instagram", "youtube", "tiktok", "more", "options", "close",
            // "Share this article f t in Email": the words around the buttons and the icons' letters
            "this", "article", "story", "post", "page", "on", "via", "f", "t", "in", "li", "p", "wa", "viber",
            "✉", "🔗", "⤴", "↗", "🖨");
    /** An obituary's closing line, unpunctuated: "Jane Doe, teacher: born 3 March 1931; died 13 January 2018". */
    private static final Pattern OBITUARY_DATES = Pattern.compile("(?i)\\bborn\\b[^;]{3,80}\\d{4}\\s*;\\s*died\\b[^;]{3,80}\\d{4}\\b");
    private static final Pattern CONTROL_SEPARATORS = Pattern.compile("[\\s|•·/,]+");
    private static final Pattern COUNT_BRACKETS = Pattern.compile("^[(\\[]+|[)\\]:]+$");
    private static final Set<String> PREV_NEXT_PHRASES = prevNextPhrases();
    /**
     * Pagination of a multi-page article ("Page 1 of 2", "Next page ›", "1 2 3 Next Page »"): furniture, but not the
     * end of the article, whose next page or part may follow on the same scrape.
     */
    private static final Pattern PAGINATION = Pattern.compile("(?i)^(?:(?:page\\s+\\d+\\s+of\\s+\\d+|(?:\\d+\\s+){1,9})"
            + "(?:[|»›>\\s]*(?:next|previous|prev)(?:\\s+page)?)?|(?:next|previous|prev)\\s+page|continued on (?:next )?page"
            + "(?:\\s+\\d+)?|continue to page\\s+\\d+)[\\s»›>.]*$");
    /** First words of a sidebar header; the regex below runs only on lines that start with one. */
    private static final String[] SIDEBAR_STARTS = {"latest", "related", "recommended", "you ", "most ", "top ",
        "trending", "popular", "what ", "comment", "leave ", "post ", "join ", "other ", "in other", "editor", "more ",
        "about ", "read next", "up next",
        "0", "1", "2", "3", "4", "5", "6", "7", "8", "9"};
    private static final String[] SOCIAL_STARTS = {"facebook", "twitter", "youtube", "instagram", "linkedin",
        "whatsapp", "telegram", "pinterest", "reddit", "tiktok", "email", "rss", "vk", "threads", "bluesky",
        "flipboard", "messenger"};
    private static final String[] CREDIT_STARTS = {"|", "photo", "image", "picture", "pic", "video", "file", "credit",
        "source", "courtesy", "illustration", "graphic", "representa", "reuters", "afp", "ap", "associated", "getty",
        "epa", "anadolu", "aa", "xinhua", "tass", "sputnik", "ria ", "ians", "pti", "ani", "bloomberg", "shutterstock",
        "istock", "alamy", "screen", "handout", "wikimedia", "unsplash", "pixabay"};
    private static final String[] LINK_STARTS = {"read", "more", "also", "see also", "related", "recommended",
        "must read", "don", "suggested", "watch", "listen", "click here", "trending", "top story", "in pictures",
        "you may also", "full story"};
    private static final String[] CAPTION_STARTS = {"image caption", "caption", "photo caption", "pictured", "above",
        "top photo"};
    private static final String[] TAG_STARTS = {"tag", "topic", "filed under", "categor", "keywords", "labels"};
    /** Several social-network names in a row, often glued together by the scraper ("FacebookTwitterYouTube"). */
    private static final Pattern SOCIAL_RUN = Pattern.compile("(?i)^(?:(?:facebook|twitter|youtube|instagram|linkedin"
            + "|whatsapp|telegram|pinterest|reddit|tiktok|email|rss|vk|threads|bluesky|flipboard|messenger)\\s*[|,/·•]?\\s*){2,}$");
    /** "Updated 2 hours ago", "5 mins ago": date information that names no date. */
    private static final Pattern RELATIVE_TIME = Pattern.compile("(?i)^(?:(?:last\\s+)?updated|published|posted)?\\s*:?\\s*"
            + "(?:\\d+|an?|one|few)\\s+(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\\s+ago$|^just now$");
    /**
     * "Associated Press writer Jane Doe contributed from Sacramento.": a contributor note closing a wire story. It is
     * the story's last paragraph as the agency sends it (readers and annotators count the people in it), unlike
     * Reuters' "(Reporting by ...; Editing by ...)" trailer.
     */
    private static final Pattern CONTRIBUTOR_NOTE = Pattern.compile("(?i)\\b(?:writers?|reporters?|correspondents?"
            + "|journalists?|staff|photographers?)\\b.{0,120}\\bcontributed\\b(?:\\s+(?:to\\s+)?(?:this\\s+)?(?:report|reporting"
            + "|story|article))?(?:\\s+(?:from|in)\\s+[^.]{1,60})?\\.?$");
    private static final Pattern TRAILER = Pattern.compile("(?i)^\\((?:reporting|writing|editing|additional reporting|compiled"
            + "|produced|edited)\\s+by\\b|^(?:reporting|writing)\\s+by\\s+[^.]*;\\s*(?:editing|additional reporting)\\s+by\\b");
    /** Words of site navigation; a line made of them is a menu, however it is laid out. */
    private static final Set<String> NAV_WORDS = Set.of("home", "about", "archive", "archives",
            "contact", "news", "sport", "sports", "business", "world", "politics", "opinion", "culture", "lifestyle",
            "entertainment", "tech", "technology", "science", "health", "travel", "video", "videos", "podcast",
            "podcasts", "subscribe", "login", "search", "menu", "weather", "local", "national", "blog",
            "shop", "jobs", "events", "advertise", "privacy", "terms", "careers", "newsletter", "newsletters", "photos",
            "gallery", "live", "markets", "economy", "education", "environment", "features", "sections", "topics",
            "us", "more", "radio", "tv", "magazine", "arts", "books", "food", "style", "money", "auto", "autos",
            "real", "estate", "obituaries", "classifieds", "sign", "register", "account", "help", "faq", "policy",
            "cookie", "cookies", "accessibility", "sitemap", "rss", "e-paper", "epaper", "print", "edition",
            "africa", "asia", "europe", "americas", "middle", "east", "uk", "latest", "trending", "&");
    /** Site notices written as sentences: cookie consent, newsletter pitches, browser warnings. */
    private static final Pattern SITE_NOTICE = Pattern.compile("(?i)\\b(?:(?:we|partners|(?:web)?site) uses? cookies"
            + "|verwenden cookies|utilizamos cookies|utilisons des cookies|read our privacy (?:notice|policy)"
            + "|(?:you've|you have) consented to|by (?:signing up|subscribing),? you agree"
            + "|use of cookies|cookie (?:policy|settings|preferences)|accept (?:all )?cookies|(?:sign up|subscribe)\\b.{0,60}"
            + "\\bnewsletter|delivered (?:straight |directly )?to your inbox|enable javascript|javascript is disabled"
            + "|your browser (?:does not|doesn't) support|ad ?blocker"
            // who pays for the journalism: "The Local Democracy Reporting Service is funded by the BBC"
            // (journalism nouns only: "the bridge project was funded by a federal grant" is news)
            + "|\\b(?:reporting|journalism|coverage|newsroom|this (?:story|article|report|series|content)|(?:this|our) reporter)"
            + "\\b[^.]{0,80}\\b(?:is|are|was|were)\\s+(?:(?:partly|partially|jointly|generously|part)\\s+)?(?:funded|supported"
            + "|sponsored|paid for|made possible|underwritten|produced with (?:support|funding))\\s+(?:by|from)"
            // opinion disclaimers, tip appeals, closed comment threads
            + "|views expressed\\b|do not necessarily (?:reflect|represent)|(?:have|got) a (?:news |story )?tip\\b"
            + "|comments (?:are|have been) (?:closed|disabled|turned off))");
    private static final Pattern TAGS = Pattern.compile("(?i)^(?:tags?|topics?|filed under|categor(?:y|ies)|keywords|labels)\\s*:");
    private static final Pattern LINK = Pattern.compile("(?i)^(?:read|read more|more|read also|also read|see also|related"
            + "|related (?:story|stories|article|articles|news|coverage|content)|recommended|must read|don'?t miss|suggested"
            + "|watch|watch also|also watch|listen|click here|also see|trending|top story|in pictures"
            + "|you may also like|read next|read the full story|full story|more on this)\\s*[:>»|]");
    private static final Pattern LINK_NO_COLON = Pattern.compile("(?i)^(?:also read|read more|read also|see also|also see"
            + "|also watch|must read)\\b\\s*\\S");
    private static final Pattern SIDEBAR = Pattern.compile("(?i)^(?:latest(?:\\s+(?:from|news|stories|articles|posts"
            + "|headlines|updates))?|related(?:\\s+(?:articles?|stories|news|posts|content|coverage|topics|reading"
            + "|links|videos?|items))?|recommended(?:\\s+(?:for you|stories|articles|reading|videos?))?"
            + "|you\\s+(?:may|might)\\s+(?:also\\s+)?(?:like|be interested(?: in)?|enjoy)|(?:most|top)\\s+(?:read|popular|viewed"
            + "|shared|e-?mailed|commented|watched|stories|news|headlines)|trending(?:\\s+(?:now|stories|news|today))?|popular\\s+(?:posts|stories|now|articles)"
            + "|what\\s+to\\s+read\\s+next|comments?|\\d+\\s+comments?|leave\\s+a\\s+(?:comment|reply)|post\\s+a\\s+comment"
            + "|join\\s+the\\s+(?:conversation|discussion)|other\\s+stories|in\\s+other\\s+news|editor'?s\\s+picks?"
            + "|more\\s+(?:stories|news|articles|headlines|videos|like\\s+this|to\\s+read|top\\s+stories|for\\s+you)"
            // an author bio box and "read next" lists come after the article
            + "|about\\s+the\\s+(?:authors?|reporters?|writers?)|read\\s+next|up\\s+next)"
            + "(?:\\s+(?:articles|stories|posts|videos))?(?:\\s*[-–—:|>»(]\\s*.{0,40})?$");
    /**
     * Field labels of news-archive exports (LexisNexis, Factiva): "SECTION: ...", "LENGTH: 412 words", "LOAD-DATE:
     * ...". LOAD-DATE is the archive's date, not the article's. HEADLINE, BYLINE and DATELINE fields are read as
     * what they label.
     */
    private static final Pattern ARCHIVE_FIELD = Pattern.compile("^(?:SECTION|LENGTH|LANGUAGE|LOAD-DATE|BODY|DOCUMENT-TYPE"
            + "|PUBLICATION-TYPE|GRAPHIC|JOURNAL-CODE|ACC-NO|DISTRIBUTION|CORRECTION-DATE|TYPE|SERIES|NOTES|HIGHLIGHT"
            + "|SUBJECT|ORGANIZATION|PERSON|CITY|STATE|COUNTRY|GEOGRAPHIC|INDUSTRY|TICKER|URL|WORD COUNT|DOCUMENT)\\s*:");
    /** "Latest from Top News", "More from Reuters": header of a list of other stories. */
    private static final Pattern MORE_FROM = Pattern.compile("(?i)^(?:more|latest)\\s+(?:from|on|in|about)\\s+\\S+(?:\\s+\\S+){0,3}$");
    private static final Pattern COPYRIGHT = Pattern.compile("(?i)\\bcopyright\\b|all rights reserved|\\(c\\)\\s*(?:19|20)\\d\\d");
    /** A publisher's legal footer: company registration, registered office. */
    private static final Pattern COMPANY_REGISTRATION = Pattern.compile("(?i)\\bregistered\\s+in\\s+(?:england(?:\\s+(?:and|&)\\s+wales)?"
            + "|scotland|wales|northern ireland|ireland)\\s*(?:[.,;:|]|no\\b|number\\b|with\\b|$)"
            + "|\\bregistered\\s+(?:office|number|no\\.?\\s*\\d)|\\bcompany\\s+registration\\b");
    private static final Pattern USER_AGENT = Pattern.compile("(?i)mozilla/\\d|applewebkit|\\(khtml|compatible;|\\bbot/\\d|crawler|\\+https?://");
    private static final Pattern IMAGE_FILE = Pattern.compile("(?i)\\S+\\.(?:jpe?g|png|gif|webp|svg|bmp|tiff?|avif|heic)(?:\\?\\S*)?$");
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");
    /** A time of day alone on a line ("16:42", "9.05am", "4:30 PM EST"): a live blog's entry stamp. */
    private static final Pattern BARE_TIME = Pattern.compile("(?i)\\d{1,2}[:.]\\d{2}\\s*(?:[ap]\\.?m\\.?)?(?:\\s*(?-i:[A-Z]{2,4}))?");
    private static final Pattern URL = Pattern.compile("(?i)^(?:https?://|www\\.)\\S+$");
    private static final Pattern CREDIT = Pattern.compile("(?i)^(?:\\|\\s*)?(?:"
            + "(?:photo|image|picture|photograph|pic|video|file photo|credit|credits|source|courtesy|illustration|graphic"
            + "|representational image|representative image)s?(?:\\s+(?:credit|source|courtesy|by))?\\s*[:/|,\\-–]\\s*.{1,60}"
            + "|(?:photos?|images?|pictures?)\\s+(?:by|courtesy(?: of)?)\\s+.{1,40}"
            + "|(?:reuters|afp|ap|ap photo|associated press|getty(?: images)?|epa(?:-efe)?|anadolu(?: agency)?|aa|xinhua|tass"
            + "|sputnik|ria novosti|ians|pti|ani|bloomberg|shutterstock|istock(?:photo)?|alamy|file|file photo"
            + "|representational image|representative image|screengrab|screenshot|handout|wikimedia commons|unsplash|pixabay)"
            + "(?:\\s*(?:/|via|photo|images?|file|\\|)\\s*.{0,40})?)\\s*[.)]?$");
    /** "Image caption, ...", "Pictured: ..." ("Above, ..." would also start "Above all, the deal must hold."). */
    private static final Pattern CAPTION_PREFIX = Pattern.compile(
            "(?i)^(?:(?:image caption|caption|photo caption)\\s*[:,]|(?:pictured|above|top photo)\\s*:)");
    /** A caption label on its own line ("Image caption,"), with the caption text on the next line. */
    private static final Pattern CAPTION_LABEL = Pattern.compile("(?i)^(?:image caption|caption|photo caption)\\s*[:,]?$");
    private static final Pattern INLINE_CREDIT = Pattern.compile("\\b(?:REUTERS|AFP|AP Photo|Getty Images|EPA|AA|XINHUA)\\s*/\\s*\\p{Lu}"
            + "|(?i:\\((?:photo|image|picture|file photo)s?(?:\\s+credit)?\\s*[:/])|(?i:\\(AP Photo\\b)|\\bFILE PHOTO\\b"
            + "|(?i:\\bphoto)\\s*:\\s*\\p{Lu}");
    /**
     * A photo credit in brackets closing a caption: "(Getty Images)", "(AFP via Getty Images)", "(Photo: J. Doe)",
     * "(Jane Doe/The Canadian Press)".
     */
    private static final Pattern TRAILING_CREDIT = Pattern.compile("(?i)\\((?:[^()]{0,60}?(?:/|\\bvia\\s+))?(?:getty(?: images)?"
            + "|alamy(?: live news)?|shutterstock|istock(?:photo)?|ap photo[^()]{0,40}|afp|epa(?:-efe)?|pa(?: wire| media| images)?"
            + "|reuters|supplied|handout|file(?: photo)?|(?:photo|image|picture|photograph)s?(?:\\s+credit)?\\s*[:/][^()]{1,60}"
            + "|courtesy(?:\\s+of)?\\s+[^()]{2,60}"
            // "(Jane Doe/The Canadian Press)": a photographer's name, a slash, the outlet
            + "|(?-i:\\p{Lu}[\\p{L}.'’-]+(?:\\s+\\p{Lu}[\\p{L}.'’-]+){1,3}\\s*/\\s*\\p{Lu}[^()/]{1,50}))"
            + "\\)\\s*\\.?$");
    /** A caption often ends in the photo's place and date: "... in Moscow, Russia October 19, 2020." */
    private static final Pattern PHOTO_DATE_END = Pattern.compile("(?i)(\\S+)\\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
            + "[a-z]*\\.?\\s+\\d{1,2},?\\s+(?:19|20)\\d\\d\\s*[.”\"]*$");
    private static final Pattern DETERMINER = Pattern.compile("(?i)the|a|an|this|that|these|those|its|their|his|her|our");
    private static final Pattern PREPOSITION = Pattern.compile("(?i)^(?:on|since|until|till|by|from|to|through|before|after|of|in|"
            + "between|and|or|than|as|at|during|around|about|last|next|every|until)$");
    /** Present-tense verbs typical of photo descriptions ("A resident walks past ..."). */
    private static final Pattern CAPTION_VERB = Pattern.compile("(?i)\\b(?:stands?|walks?|sits?|holds?|gestures?|poses?|arrives?"
            + "|looks? on|waves?|reacts?|rides?|carries|flees?|is seen|are seen|gathers?|shakes? hands|inspects?|wears?"
            + "|wearing|weeps?|mourns?|smiles?|greets?|kneels?|prays?|lights?|rests?|lies|pictured|queues?|waits?|cheers?"
            + "|repairs?|clears?|cleans?|inspects?|removes?|marches|march|sorts?|watch(?:es)?|surveys?|boards?)\\b");
    private static final Pattern BYLINE = Pattern.compile("(?i)^\\(?(?:byline\\s*:\\s*)?(?:(?:reported|written|posted|authored|story|words|compiled"
            + "|reporting|writing|additional reporting|text)\\s+by|by|authors?|por|von|par)\\b\\s*[:\\-–—]?\\s*(\\S.*)$");
    private static final Pattern AGENCY_BYLINE = Pattern.compile("^(\\p{Lu}[^|,–—]{2,60}?)\\s*(?:[|,]|\\s[-–—])\\s*([\\p{L} .-]{2,40})$");
    /** A byline without "By": "Sophie Grant, Local Democracy Reporter", "Zoë Lambert, Business Editor". */
    private static final Pattern ROLE_BYLINE = Pattern.compile("^(\\p{Lu}[\\p{L}'’.-]+(?:\\s+\\p{Lu}[\\p{L}'’.-]+){1,3})\\s*[,|–—-]\\s*"
            + "(?:[\\p{L}&]+\\s+){0,3}(?i:reporter|correspondent|editor|writer|columnist|journalist|staff writer|contributor)s?$");

    /**
     * A sentence telling readers how to reach the writer: "Reach Dana Redbird at ...", "Contact her at ...",
     * "Contact the reporter: 555-0100".
     */
    private static final Pattern CONTACT_NOTE = Pattern.compile("(?:^|[.!?]\\s+)(?:(?i:you can|readers can)\\s+)?"
            + "(?i:reach|contact|e-?mail|follow|write to)\\s+(?:(?i:him|her|them|me|us|the (?:author|reporter|writer|columnist))"
            + "|\\p{Lu}[\\p{L}'’.-]+(?:\\s+\\p{Lu}[\\p{L}'’.-]+){0,3})(?:\\s+(?i:at|on|via|by)\\b|\\s*:)"
            + "|(?i:\\b(?:can|may) be (?:reached|contacted|emailed)\\s+(?:at|on|via|by)\\b)");
    /** "Margaret Osei is a former head teacher", "Jolene Harper covers": a name, then what the person is or does. */
    private static final Pattern AUTHOR_BIO = Pattern.compile("\\p{Lu}[\\p{L}'’.-]+(?:\\s+\\p{Lu}[\\p{L}'’.-]+){1,3}"
            + "\\s+(?:is|was|has been|covers|writes|reports|joined)\\b");
    /** Words of a journalist's bio; a person in the story "is a farmer", the writer "writes a column". */
    private static final Pattern JOURNALISM_WORK = Pattern.compile("(?i)\\b(?:columns?|columnist|covers|writes|reporter"
            + "|correspondent|editor|journalist|contributor|freelance|author of|reports on|joined the)\\b");

    private LineClassifier() {}

    static void classify(List<PageLine> lines) {
        for (PageLine line : lines) {
            line.kind = kindOf(line);
        }
        markCaptions(lines);
        markMenuRuns(lines);
        markUnpunctuatedParagraphs(lines);
        markSentenceBullets(lines);
    }

    /** Fewest words of a bullet sentence kept as prose next to other sentence bullets ("Rent can rise once a year."). */
    private static final int MIN_LISTED_SENTENCE_WORDS = 4;

    /**
     * A short bullet item that is a full sentence (capital start, full stop, lower-case words) belongs to a list in
     * the article when a neighbouring bullet is prose: menus and tag lists do not end their items in full stops.
     */
    static void markSentenceBullets(List<PageLine> lines) {
        int n = lines.size();
        for (int i = 0; i < n; i++) {
            PageLine l = lines.get(i);
            if (!l.bullet || l.kind == Kind.PROSE || (l.kind != Kind.MENU && l.kind != Kind.SHORT)
                    || l.words < MIN_LISTED_SENTENCE_WORDS || !l.text.endsWith(".") || !Character.isUpperCase(l.text.charAt(0))
                    || l.text.endsWith("...")) {
                continue;
            }
            boolean prosePrev = i > 0 && lines.get(i - 1).bullet && lines.get(i - 1).kind == Kind.PROSE;
            boolean proseNext = i + 1 < n && lines.get(i + 1).bullet && lines.get(i + 1).kind == Kind.PROSE;
            if (prosePrev || proseNext) {
                l.kind = Kind.PROSE;
            }
        }
    }

    /**
     * A paragraph whose final full stop the scraper lost still reads as running text: long, mostly lower-case words
     * (not a Title Case headline), and it sits between paragraphs of the article. Such lines become prose.
     */
    /** More paragraphs in a row without a full stop than this is not a lost stop but something else (a list, captions). */
    private static final int MAX_UNPUNCTUATED_RUN = 3;

    static void markUnpunctuatedParagraphs(List<PageLine> lines) {
        int n = lines.size();
        for (int i = 0; i < n; i++) {
            if (!isUnpunctuatedParagraph(lines.get(i))) {
                continue;
            }
            int before = i - 1;
            while (before >= 0 && lines.get(before).isMetadata()) {
                before--;
            }
            int after = i + 1;
            int run = 1;
            while (after < n && (lines.get(after).isMetadata() || isUnpunctuatedParagraph(lines.get(after)))) {
                run += lines.get(after).isMetadata() ? 0 : 1;
                after++;
            }
            boolean proseBefore = before >= 0 && lines.get(before).kind == Kind.PROSE;
            boolean proseAfter = after < n && lines.get(after).kind == Kind.PROSE;
            // The article's last paragraph cut off mid-sentence (a copy cut short): prose before it, none after.
            boolean cutShortEnd = run == 1 && isCutShortParagraph(lines.get(i));
            if (run <= MAX_UNPUNCTUATED_RUN && proseBefore && (proseAfter || cutShortEnd)) {
                lines.get(i).kind = Kind.PROSE;
            }
        }
    }

    private static boolean isUnpunctuatedParagraph(PageLine l) {
        if (l.kind != Kind.SHORT || l.bullet || l.words < 12) {
            return false;
        }
        String t = l.text;
        char last = t.charAt(t.length() - 1);
        if (last == ':' || last == '…' || t.endsWith("...") || last == '|' || last == ',') {
            return false;
        }
        int lastStop = t.lastIndexOf(". ");
        if (lastStop > 0 && PageLine.countWords(t.substring(lastStop + 2)) <= 3) {
            return false;                                     // a sentence and a credit run together: "... 2023. Reuters"
        }
        int lowerStarts = 0;
        int words = 0;
        for (String w : t.split(" ")) {
            if (w.isEmpty() || !Character.isLetter(w.charAt(0))) {
                continue;
            }
            words++;
            if (Character.isLowerCase(w.charAt(0))) {
                lowerStarts++;
            }
        }
        return words > 0 && lowerStarts * 2 >= words && Character.isUpperCase(t.charAt(0));
    }

    static Kind kindOf(PageLine line) {
        String t = line.text;
        String lower = line.lower;
        int words = line.words;
        if (words == 0) {
            return Kind.BOILERPLATE;                            // only symbols: "* * *", "|", "»"
        }
        char first = t.charAt(0);
        if ((first == 'T' || first == 't') && TODAY.matcher(t).lookingAt()) {
            return Kind.TODAY;
        }
        if (t.indexOf('©') >= 0 || (words <= 40 && (lower.contains("copyright") || lower.contains("rights reserved")
                || lower.contains("(c)")) && COPYRIGHT.matcher(t).find())) {
            return Kind.COPYRIGHT;
        }
        if (words <= 40 && lower.contains("regist") && COMPANY_REGISTRATION.matcher(t).find()) {
            return Kind.COPYRIGHT;      // the publisher's legal footer: "Registered in England and Wales. No. 123"
        }
        if (t.indexOf(' ') < 0 || words <= 3) {
            Kind id = idKind(t);
            if (id != null) {
                return id;
            }
        }
        if (!endsSentence(t) && mayBeUserAgent(lower) && USER_AGENT.matcher(t).find()) {
            return Kind.ID;
        }
        if ((first == '(' || first == 'R' || first == 'W' || first == 'r' || first == 'w') && TRAILER.matcher(t).lookingAt()) {
            return Kind.TRAILER;
        }
        if (words <= 40 && isContributorNote(t)) {
            return Kind.PROSE;          // part of the wire story as sent, whatever its length
        }
        if (words <= 3 && Character.isDigit(first) && isBareTime(t)) {
            return Kind.DATELINE;
        }
        if (words <= 12) {
            if ((Character.isDigit(first) || lower.startsWith("read") || lower.startsWith("estimated"))
                    && READ_TIME.matcher(t).matches()) {
                return Kind.READ_TIME;
            }
            if ((lower.endsWith(" ago") || lower.equals("just now")) && RELATIVE_TIME.matcher(t).matches()) {
                return Kind.DATELINE;
            }
            String key = key(lower);
            if (AD_PHRASES.contains(key)) {
                return Kind.AD;
            }
            if (PREV_NEXT_PHRASES.contains(key)) {
                return Kind.PREV_NEXT;
            }
            if ((lower.startsWith("page") || lower.startsWith("next") || lower.startsWith("prev")
                    || lower.startsWith("continue") || Character.isDigit(first)) && PAGINATION.matcher(key).matches()) {
                return Kind.BOILERPLATE;
            }
            if (Character.isUpperCase(first) && t.indexOf(':') > 0 && ARCHIVE_FIELD.matcher(t).lookingAt()) {
                return Kind.BOILERPLATE;
            }
            if (!endsSentence(t) && words <= 8 && startsWithAny(lower, SIDEBAR_STARTS)
                    && (SIDEBAR.matcher(t).matches() || MORE_FROM.matcher(t).matches())) {
                return Kind.SIDEBAR;
            }
            if (FURNITURE_PHRASES.contains(key) || isFurnitureWithTail(key) || isToggle(key, words) || isControlStrip(key, words)
                    || (t.length() <= 200 && startsWithAny(lower, SOCIAL_STARTS) && SOCIAL_RUN.matcher(t).matches())) {
                return Kind.BOILERPLATE;
            }
            if (words <= 8 && startsWithAny(lower, CREDIT_STARTS) && CREDIT.matcher(t).matches()) {
                return Kind.CREDIT;
            }
            if ("bwrpasctv(".indexOf(Character.toLowerCase(first)) >= 0 && isByline(t)) {   // first letters of BYLINE
                return Kind.BYLINE;
            }
            if (words <= 9 && (t.indexOf(',') > 0 || t.indexOf('|') > 0 || t.indexOf(" - ") > 0 || t.indexOf(" – ") > 0
                    || t.indexOf(" — ") > 0) && (ROLE_BYLINE.matcher(t).matches() || isAgencyByline(t))) {
                return Kind.BYLINE;
            }
        }
        if ((lower.contains("cookie") || lower.contains("newsletter") || lower.contains("inbox")
                || lower.contains("privacy") || lower.contains("consent") || lower.contains("you agree")
                || lower.contains("javascript") || lower.contains("browser") || lower.contains("blocker")
                || (words <= 50 && (lower.contains("funded") || lower.contains("supported") || lower.contains("sponsored")
                        || lower.contains("paid for") || lower.contains("made possible") || lower.contains("underwritten")
                        || lower.contains("produced with") || lower.contains("views expressed")
                        || lower.contains("necessarily") || lower.contains(" tip") || lower.contains("comments "))))
                && SITE_NOTICE.matcher(t).find()) {
            return Kind.BOILERPLATE;
        }
        if (words <= 60 && isAuthorNote(t, lower)) {
            return Kind.AUTHOR_NOTE;
        }
        if (startsWithAny(lower, TAG_STARTS) && TAGS.matcher(t).lookingAt()) {
            return Kind.BOILERPLATE;
        }
        if (startsWithAny(lower, LINK_STARTS) && (LINK.matcher(t).lookingAt()
                || (words <= 20 && !endsSentence(t) && LINK_NO_COLON.matcher(t).lookingAt()))) {
            return Kind.LINK;
        }
        if (words <= 25 && DateExpressions.mayContainDate(t)) {
            List<DateExpressions.Found> dates = DateExpressions.findAll(t);
            if (!dates.isEmpty() && DateExpressions.isDateline(t, dates, endsSentence(t) ? 1 : 3)) {
                return Kind.DATELINE;
            }
            if (!dates.isEmpty() && isDatedLink(t, dates.get(dates.size() - 1))) {
                return Kind.LINK;
            }
        }
        if (startsWithAny(lower, CAPTION_STARTS) && CAPTION_PREFIX.matcher(t).lookingAt()) {
            return Kind.CAPTION;
        }
        if (isProse(line)) {
            return Kind.PROSE;
        }
        return line.bullet || isNavigation(t, words) ? Kind.MENU : Kind.SHORT;
    }

    static boolean isBareTime(String t) {
        return t.length() <= 16 && BARE_TIME.matcher(t).matches();
    }

    /**
     * A headline with its date after a separator and no full stop: "Lumora opens plant in Arizona - June 14, 2023",
     * "Promo: Oil steadies | Aug 23, 2023". Pages list other stories like this; an article sentence ends in a stop.
     */
    static boolean isDatedLink(String t, DateExpressions.Found last) {
        if (endsSentence(t) || last.start() < 12) {
            return false;
        }
        int end = t.length();
        while (end > last.end() && " )].".indexOf(t.charAt(end - 1)) >= 0) {
            end--;
        }
        if (end != last.end()) {
            return false;                                      // the date does not close the line
        }
        int i = last.start() - 1;
        while (i >= 0 && t.charAt(i) == ' ') {
            i--;
        }
        return i > 0 && "-–—|•·(".indexOf(t.charAt(i)) >= 0 && t.charAt(i - 1) == ' ';
    }

    /**
     * Lower-cased line without the decoration around furniture words: leading arrows, trailing arrows, colons,
     * dots and ellipses ("Next Story »" → "next story", "Loading..." → "loading").
     */
    static String key(String lower) {
        int start = 0;
        int end = lower.length();
        while (start < end && "«‹<← ".indexOf(lower.charAt(start)) >= 0) {
            start++;
        }
        while (end > start && " .…:!»›>→".indexOf(lower.charAt(end - 1)) >= 0) {
            end--;
        }
        return lower.substring(start, end);
    }

    /** "Share on Facebook", "Follow us on Twitter", "Translate »": furniture with a short tail. */
    private static boolean isFurnitureWithTail(String key) {
        return ((key.startsWith("share on ") || key.startsWith("share via ") || key.startsWith("share with "))
                && key.length() <= 30)
                || (key.startsWith("follow us on ") && key.length() <= 45)
                || (key.startsWith("translate") && key.length() <= 22);
    }

    /**
     * A strip of page controls flattened into one line: "Facebook X Email Copy link", "Share Comments (84) Bookmark",
     * "Print | Email | Save". Every word is a control word (counts like "(84)" aside) and there are at least two.
     * A headline always carries some other word ("Share prices fall"), so it never matches.
     */
    static boolean isControlStrip(String key, int words) {
        if (words < 2 || words > 10) {
            return false;
        }
        int controls = 0;
        for (String word : CONTROL_SEPARATORS.split(key)) {
            String w = COUNT_BRACKETS.matcher(word).replaceAll("");
            if (w.isEmpty() || w.chars().allMatch(Character::isDigit)) {
                continue;                                   // "(84)": a comment count
            }
            if (!CONTROL_WORDS.contains(w)) {
                return false;
            }
            controls++;
        }
        return controls >= 2;
    }

    /** A page control: "Show key events only", "Hide replies", "Expand all" (a verb of display, no sentence). */
    private static boolean isToggle(String key, int words) {
        return words <= 5 && (key.startsWith("show ") || key.startsWith("hide ") || key.startsWith("expand ")
                || key.startsWith("collapse ")) && key.indexOf('.') < 0;
    }

    private static Set<String> prevNextPhrases() {
        Set<String> out = new HashSet<>();
        for (String a : new String[] {"previous", "prev", "next", "older", "newer"}) {
            out.add(a);
            for (String b : new String[] {"story", "article", "post", "entry", "item", "news"}) {
                out.add(a + " " + b);
            }
        }
        return Set.copyOf(out);
    }

    private static boolean startsWithAny(String lower, String[] prefixes) {
        for (String p : prefixes) {
            if (lower.startsWith(p)) {
                return true;
            }
        }
        return false;
    }

    private static Kind idKind(String t) {
        if (URL.matcher(t).matches() || EMAIL.matcher(t).matches()) {
            return Kind.ID;
        }
        if (IMAGE_FILE.matcher(t).matches()) {
            return Kind.ID;
        }
        if (t.indexOf(' ') >= 0) {
            return null;
        }
        int digits = 0;
        int hex = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            }
            if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F') || c == '-' || c == '_') {
                hex++;
            }
        }
        if (digits == t.length()) {
            return Kind.ID;                                      // "1", "3628718165"
        }
        // Hashes, UUIDs, CMS image ids ("a24038ea-37d6-..._w800_h450"): long, digit-bearing, hex-heavy tokens.
        if (t.length() >= 12 && digits >= 4 && hex >= t.length() * 0.75) {
            return Kind.ID;
        }
        return null;
    }

    /**
     * A note about the writer rather than the story: how to reach them ("Reach Dana Redbird at ...", "Contact her
     * at ...", "She can be reached at ...") or a bio sentence that opens with a name and says what the person writes
     * ("Jolene Harper covers education for the Sentinel.", "Margaret Osei ... writes a monthly column").
     */
    static boolean isAuthorNote(String t, String lower) {
        if ((lower.contains("reach") || lower.contains("contact") || lower.contains("mail") || lower.contains("follow")
                || lower.contains("write to")) && CONTACT_NOTE.matcher(t).find()) {
            return true;
        }
        return AUTHOR_BIO.matcher(t).lookingAt() && JOURNALISM_WORK.matcher(t).find();
    }

    static boolean isByline(String t) {
        Matcher m = BYLINE.matcher(t);
        return m.matches() && (BylineParser.name(m.group(1)) != null || BylineParser.agency(m.group(1)) != null);
    }

    /** The text after "By"/"Reported by:" of a byline line, or null. */
    static String bylineRest(String t) {
        Matcher m = BYLINE.matcher(t);
        if (m.matches()) {
            return m.group(1);
        }
        Matcher r = ROLE_BYLINE.matcher(t);
        if (r.matches()) {
            return r.group(1);
        }
        return isAgencyByline(t) ? t : null;
    }

    /** "Sarah Whitmore | Reuters", "Jane Doe, AFP": a person's name, a separator, then a news agency. */
    static boolean isAgencyByline(String t) {
        Matcher m = AGENCY_BYLINE.matcher(t);
        return m.matches() && BylineParser.name(m.group(1)) != null && BylineParser.agency(m.group(2)) != null;
    }

    /** The wire story's closing contributor note: body, and the last of it ({@link TextArticleParser} stops there). */
    static boolean isContributorNote(String t) {
        return t.contains("contributed") && CONTRIBUTOR_NOTE.matcher(t).find();
    }

    /** Words of running text a line needs before a missing full stop no longer makes it a heading or a menu. */
    private static final int MIN_CUT_SHORT_WORDS = 25;

    /**
     * A paragraph whose last sentence was cut off (a syndicated copy cut short, a scrape truncated mid-sentence): far
     * longer than any headline, mostly lower-case running words, and not a teaser's ellipsis. Taken as prose only
     * right after the article's prose ({@link #markUnpunctuatedParagraphs}): a sidebar teaser cut short follows its
     * own headline instead.
     */
    private static boolean isCutShortParagraph(PageLine line) {
        if (line.words < MIN_CUT_SHORT_WORDS || line.bullet) {
            return false;
        }
        String t = line.text;
        if (t.endsWith("...") || t.endsWith("…") || t.endsWith("|")) {
            return false;
        }
        int lower = 0;
        int words = 0;
        boolean atWordStart = true;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == ' ') {
                atWordStart = true;
            } else if (atWordStart) {
                atWordStart = false;
                words++;
                if (Character.isLowerCase(c)) {
                    lower++;
                }
            }
        }
        return lower * 2 >= words;
    }

    static boolean isProse(PageLine line) {
        int min = line.bullet ? MIN_BULLET_PROSE_WORDS : MIN_PROSE_WORDS;
        if (line.words < min) {
            return false;
        }
        String t = line.text;
        if (line.words <= 8 && t.contains(" | ")) {
            return false;               // "MASTHEAD | Washington, D.C.": a site's or writer's label, not a sentence
        }
        if (isQuestionSubhead(line)) {
            return false;
        }
        if (!endsSentence(t)) {
            return (t.endsWith(":") && line.words >= 10)      // "The statement read:" before a quote
                    || (t.indexOf(';') > 0 && OBITUARY_DATES.matcher(t).find());
        }
        // A teaser cut short ("... launching an attack on…") is not the article's own sentence.
        if (t.endsWith("...") || t.endsWith("…")) {
            return false;
        }
        for (int i = 0; i < t.length(); i++) {
            if (Character.isLowerCase(t.charAt(i))) {
                return true;
            }
        }
        return line.words >= 8;                               // all-caps wire copy
    }

    /**
     * A finished sentence signed with a short bracket: "... police said. (Reuters)", "... in Devon. (Getty Images)".
     * Whether it is a paragraph or a caption is decided by {@link #markCaptions}.
     */
    private static boolean endsWithSignature(String t) {
        int n = t.length();
        if (n < 8 || t.charAt(n - 1) != ')') {
            return false;
        }
        int open = t.lastIndexOf('(');
        return open >= 2 && n - open <= 40 && t.charAt(open - 1) == ' ' && ".!?".indexOf(t.charAt(open - 2)) >= 0;
    }

    /** Most words of a question that serves as a sub-heading ("What changes on Monday?"). */
    private static final int MAX_SUBHEAD_QUESTION_WORDS = 7;

    /**
     * A short question on its own line, with no quotation, comma or label: an explainer's sub-heading, not a
     * paragraph. (An interview's "Q: ..." and a quoted question stay prose.)
     */
    static boolean isQuestionSubhead(PageLine line) {
        String t = line.text;
        if (line.words > MAX_SUBHEAD_QUESTION_WORDS || line.bullet || !t.endsWith("?")) {
            return false;
        }
        for (int i = 0; i < t.length() - 1; i++) {
            char c = t.charAt(i);
            if (c == ',' || c == ':' || c == '"' || c == '“' || c == '”' || c == '.' || c == '?' || c == '!') {
                return false;
            }
        }
        return Character.isUpperCase(t.charAt(0));
    }

    /** Ends like a sentence: . ! ? (also CJK), optionally followed by closing quotes/brackets. */
    static boolean endsSentence(String t) {
        if (endsWithSignature(t)) {
            return true;
        }
        int i = t.length() - 1;
        int closers = 0;
        while (i >= 0 && closers < 3) {
            char c = t.charAt(i);
            if (c == '"' || c == '”' || c == '’' || c == '\'' || c == '»' || c == ')' || c == ']' || c == '“') {
                i--;
                closers++;
            } else {
                break;
            }
        }
        if (i < 0) {
            return false;
        }
        char c = t.charAt(i);
        if (c == '.' || c == '!' || c == '?' || c == '…' || c == '。' || c == '！' || c == '？') {
            return true;
        }
        // A closing quote right after a word ends a quoted sentence in a paragraph, but also ends many headlines
        // (Erdogan calls for "permanent solution"), so only long lines count.
        return closers > 0 && c != ')' && t.charAt(t.length() - 1) != ')' && t.charAt(t.length() - 1) != ']'
                && Character.isLetter(c) && PageLine.countWords(t) >= 12;
    }

    /**
     * Marks photo captions: prose-like lines that travel with a credit line or repeat elsewhere on the page, or
     * that show at least two weaker signs (a credit line just before, ending in a place and date, present-tense
     * photo verbs). Their dates must never be taken for the article's, and they are not body text.
     */
    static void markCaptions(List<PageLine> lines) {
        int n = lines.size();
        for (int i = 0; i < n; i++) {
            PageLine line = lines.get(i);
            if (line.kind != Kind.PROSE && line.kind != Kind.SHORT) {
                continue;
            }
            if (i > 0 && CAPTION_LABEL.matcher(lines.get(i - 1).text).matches()) {
                line.kind = Kind.CAPTION;
                continue;
            }
            if (line.words < 5) {
                continue;
            }
            if (mayHaveInlineCredit(line) && INLINE_CREDIT.matcher(line.text).find()) {
                line.kind = Kind.CAPTION;
                continue;
            }
            if (line.words <= 45 && (line.text.endsWith(")") || line.text.endsWith(")."))) {
                int open = line.text.lastIndexOf('(');
                if (open > 0 && TRAILING_CREDIT.matcher(line.text).region(open, line.text.length()).matches()
                        && !(isAgencyOnly(line.text.substring(open)) && isReporting(line))) {
                    line.kind = Kind.CAPTION;                    // "A beaver swims near a lodge. (Getty Images)"
                    continue;
                }
            }
            // "caption\nReuters" with no blank line between: the credit belongs to this line.
            if (i + 1 < n && !line.blankAfter && lines.get(i + 1).kind == Kind.CREDIT) {
                line.kind = Kind.CAPTION;
                continue;
            }
            int signs = 0;
            if (i > 0 && lines.get(i - 1).kind == Kind.CREDIT && lines.get(i - 1).blankBefore) {
                signs++;
            }
            if (repeatedNearby(lines, i)) {
                signs++;
            }
            if (endsWithPhotoDate(line.text)) {
                signs++;
            }
            if (signs > 0 && CAPTION_VERB.matcher(line.text).find()) {
                signs++;
            }
            if (signs < 2 && looksLikePhotoDescription(line)) {
                signs = 2;
            }
            if (signs >= 2) {
                line.kind = Kind.CAPTION;
            }
        }
        // A caption shown twice (under the photo and in a gallery/lightbox) takes its copies with it.
        Set<String> captions = new HashSet<>();
        for (PageLine c : lines) {
            if (c.kind == Kind.CAPTION) {
                captions.add(c.text);
            }
        }
        if (!captions.isEmpty()) {
            for (PageLine other : lines) {
                if (other.kind == Kind.PROSE && captions.contains(other.text)) {
                    other.kind = Kind.CAPTION;
                }
            }
        }
    }

    private static final Pattern AGENCY_ONLY = Pattern.compile("(?i)\\(\\s*(?:reuters|afp|ap|epa(?:-efe)?|pa)\\s*\\)\\s*\\.?");

    /** "(Reuters)" alone, without "Photo:", "/" or "via": the agency may be signing the text, not a photo. */
    private static boolean isAgencyOnly(String bracket) {
        return AGENCY_ONLY.matcher(bracket).matches();
    }

    /**
     * Reported text rather than a picture's description: speech or attribution verbs, or more than one sentence.
     * A short paragraph "... the ministry said on Tuesday. (Reuters)" is the agency signing its story.
     */
    private static boolean isReporting(PageLine line) {
        String lower = line.lower;
        if (lower.contains(" said") || lower.contains(" says") || lower.contains(" told") || lower.contains("according to")
                || lower.contains(" announced") || line.text.indexOf('"') >= 0 || line.text.indexOf('“') >= 0) {
            return true;
        }
        int stop = line.text.indexOf(". ");
        return stop > 0 && stop < line.text.lastIndexOf('(') - 2;
    }

    /**
     * The shape of a photo description, credit or not: one sentence of at most 30 words, no quotation or speech,
     * opening with who is pictured and a present-tense photo verb within its first five words ("A utility worker
     * repairs a downed line ...", "Residents clear fallen branches ...").
     */
    static boolean looksLikePhotoDescription(PageLine line) {
        String t = line.text;
        if (line.words > 30 || line.words < 6 || !t.endsWith(".") || t.indexOf('"') >= 0 || t.indexOf('“') >= 0
                || line.lower.contains(" said") || line.lower.contains(" says") || line.lower.contains(" told")) {
            return false;
        }
        int stop = t.indexOf(". ");
        if (stop >= 0 && stop < t.length() - 2) {
            return false;                                          // more than one sentence
        }
        String[] w = t.split(" ", 7);
        for (int k = 1; k < Math.min(w.length, 6); k++) {
            if (CAPTION_VERB.matcher(w[k].toLowerCase(Locale.ROOT)).matches()) {
                if (k == 1 && DETERMINER.matcher(w[0]).matches()) {
                    continue;                                  // "The board also agreed": a noun, not "boards"
                }
                String subject = String.join(" ", Arrays.copyOfRange(w, 0, k));
                return subject.indexOf(',') < 0 && Character.isUpperCase(t.charAt(0));
            }
        }
        return false;
    }

    private static boolean mayBeUserAgent(String lower) {
        return lower.contains("mozilla") || lower.contains("webkit") || lower.contains("khtml")
                || lower.contains("compatible;") || lower.contains("bot/") || lower.contains("crawler")
                || lower.contains("+http");
    }

    private static boolean mayHaveInlineCredit(PageLine line) {
        return line.text.indexOf('/') >= 0 || line.lower.contains("photo") || line.lower.contains("image")
                || line.lower.contains("picture");
    }

    /** The same line within a few lines: a caption shown twice (photo and lightbox), or a pull quote. */
    private static boolean repeatedNearby(List<PageLine> lines, int i) {
        String t = lines.get(i).text;
        for (int k = Math.max(0, i - 4); k <= Math.min(lines.size() - 1, i + 4); k++) {
            if (k != i && lines.get(k).text.equals(t)) {
                return true;
            }
        }
        return false;
    }

    static boolean endsWithPhotoDate(String t) {
        if (!endsWithYear(t)) {
            return false;                                         // cheap test first: almost all prose fails it
        }
        int from = Math.max(0, t.length() - 48);
        Matcher m = PHOTO_DATE_END.matcher(t);
        m.region(from, t.length());
        if (!m.find()) {
            return false;
        }
        String before = m.group(1);
        if (before.endsWith(",")) {
            return true;                                          // "..., November 14, 2020."
        }
        return Character.isUpperCase(before.charAt(0)) && !PREPOSITION.matcher(before).matches();
    }

    private static boolean endsWithYear(String t) {
        int i = t.length() - 1;
        while (i >= 0 && (t.charAt(i) == '.' || t.charAt(i) == '"' || t.charAt(i) == '”' || t.charAt(i) == ' ')) {
            i--;
        }
        if (i < 3) {
            return false;
        }
        for (int k = i - 3; k <= i; k++) {
            if (t.charAt(k) < '0' || t.charAt(k) > '9') {
                return false;
            }
        }
        return true;
    }

    /** Three or more short lines in one block, mostly not metadata, are a menu even without bullets. */
    private static void markMenuRuns(List<PageLine> lines) {
        int n = lines.size();
        int i = 0;
        while (i < n) {
            int j = i;
            int metadata = 0;
            while (j < n && (j == i || !lines.get(j).blankBefore) && isMenuLike(lines.get(j))) {
                if (lines.get(j).isMetadata()) {
                    metadata++;
                }
                j++;
            }
            int run = j - i;
            if (run >= 3 && metadata * 3 < run) {
                for (int k = i; k < j; k++) {
                    if (lines.get(k).kind == Kind.SHORT) {
                        lines.get(k).kind = Kind.MENU;
                    }
                }
            }
            i = Math.max(j, i + 1);
        }
    }

    private static boolean isMenuLike(PageLine l) {
        return l.words <= 8 && l.kind != Kind.PROSE && l.kind != Kind.CAPTION;
    }

    /** Mostly navigation words: "Home About Archive Contact", "Home | Politics | World". */
    static boolean isNavigation(String t, int words) {
        if (words > 12) {
            return false;
        }
        int nav = 0;
        int total = 0;
        for (String w : t.split("[\\s|/•·»>]+")) {
            if (w.isEmpty()) {
                continue;
            }
            total++;
            if (NAV_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
                nav++;
            }
        }
        return total > 0 && nav * 10 >= total * 7 && (total >= 2 || nav == total);
    }
}
