package io.newsflow.ingest.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Extracts the article from an HTML page: metadata from meta tags and JSON-LD, the body from the {@code <article>}
 * (or the element holding most paragraph text) with navigation, asides, figures and share/related widgets removed.
 * The remaining block text goes through {@link TextArticleParser}, so HTML and text pages share one set of
 * boilerplate and caption rules.
 */
final class HtmlArticleParser {

    private static final Pattern HTML_TAG = Pattern.compile("(?i)<(?:html|head|body|div|p|article|meta|title|span|a|br"
            + "|section|header|h[1-6]|ul|li|script|style|link|table|!doctype)\\b[^>]{0,500}>");
    private static final Set<String> BLOCK_TAGS = Set.of("p", "div", "section", "article", "header", "footer", "main",
            "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "tr",
            "td", "th", "hr", "figure", "address", "details", "summary", "aside", "nav", "form", "center");
    private static final String NON_CONTENT = "script, style, noscript, template, iframe, svg, canvas, form, button,"
            + " input, select, textarea, nav, aside, footer, figure, figcaption, picture, video, audio, object, embed,"
            + " [role=navigation], [role=complementary], [role=contentinfo], [hidden], [aria-hidden=true]";
    /** class/id words of widgets that sit inside articles: share bars, related links, ads, captions. */
    private static final Pattern WIDGET = Pattern.compile("(?:^|[\\s_-])(?:share|sharing|social|related|recommend\\w*"
            + "|newsletter|subscribe|subscription|promo\\w*|advert\\w*|ads?|sponsor\\w*|sidebar|comments?|breadcrumbs?"
            + "|cookie\\w*|consent|popup|modal|caption|credit|tags?|most-popular|trending|outbrain|taboola|read-more"
            + "|more-stories|toolbar|widget|signup|paywall)(?:$|[\\s_-])");
    private static final Pattern BODY_CLASS = Pattern.compile("(?i)article[-_]?body|articlebody|story[-_]?body"
            + "|entry[-_]content|post[-_]content|article[-_]content|story[-_]content|article__body|post[-_]body");
    private static final Pattern LD_PUBLISHED = Pattern.compile("\"datePublished\"\\s*:\\s*\"([^\"]{8,40})\"");
    private static final Pattern LD_MODIFIED = Pattern.compile("\"dateModified\"\\s*:\\s*\"([^\"]{8,40})\"");
    private static final Pattern LD_AUTHOR = Pattern.compile(
            "\"author\"\\s*:\\s*\\[?\\s*\\{[^{}]*?\"name\"\\s*:\\s*\"([^\"]{2,80})\"");
    private static final Pattern LD_PUBLISHER = Pattern.compile(
            "\"publisher\"\\s*:\\s*\\{[^{}]*?\"name\"\\s*:\\s*\"([^\"]{2,80})\"");
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|–—-]\\s+|\\s+::\\s+");
    /** Each candidate container is measured in full; a cap keeps nested look-alikes from making that quadratic. */
    private static final int MAX_CANDIDATES = 40;
    private static final String[] PUBLISHED_META = {"article:published_time", "og:article:published_time",
        "og:published_time", "datePublished", "pubdate", "publishdate", "publish-date", "publish_date",
        "publication_date", "dc.date.issued", "dcterms.created", "dcterms.date", "parsely-pub-date", "sailthru.date",
        "article.published", "date", "pdate", "originalpublicationdate", "dc.date", "displaydate"};
    private static final String[] UPDATED_META = {"article:modified_time", "og:updated_time", "dateModified",
        "last-modified", "dcterms.modified"};

    private HtmlArticleParser() {}

    /** True when the text is markup: starts like an HTML document or carries several HTML tags early on. */
    static boolean looksLikeHtml(String text) {
        int n = Math.min(text.length(), 8192);
        int i = 0;
        while (i < n && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        if (text.indexOf('<', i) < 0 || text.indexOf('<', i) >= n) {
            return false;                                 // most text pages: no markup at all
        }
        String head = text.substring(i, n);
        String lower = head.length() > 64 ? head.substring(0, 64).toLowerCase(Locale.ROOT) : head.toLowerCase(Locale.ROOT);
        if (lower.startsWith("<!doctype html") || lower.startsWith("<html")) {
            return true;
        }
        Matcher m = HTML_TAG.matcher(head);
        int tags = 0;
        while (m.find()) {
            if (++tags >= 3) {
                return true;
            }
        }
        return false;
    }

    static TextArticleParser.Parsed parse(String html) throws UnusableInputException {
        Document doc = Jsoup.parse(html);
        Map<String, String> meta = metaTags(doc);
        StringBuilder ld = new StringBuilder();
        for (Element s : doc.select("script[type=application/ld+json]")) {
            ld.append(s.data()).append('\n');
        }
        String siteName = firstNonBlank(meta(meta, "og:site_name"), meta(meta, "application-name"),
                group(LD_PUBLISHER, ld));
        LocalDate published = firstDate(doc, meta, PUBLISHED_META, LD_PUBLISHED, ld, "datePublished");
        LocalDate updated = firstDate(doc, meta, UPDATED_META, LD_MODIFIED, ld, "dateModified");
        String byline = metaByline(doc, meta, ld, siteName);

        Element container = chooseContainer(doc);
        String title = title(doc, meta, container, siteName);
        if (siteName == null) {
            siteName = siteNameAroundHeadline(doc.title(), title);
        }
        if (published == null) {
            Element time = doc.selectFirst("time[pubdate][datetime]");
            if (time == null) {
                time = ownTime(container);
            }
            if (time != null) {
                published = DateExpressions.parseMachineDate(time.attr("datetime"));
            }
        }
        TextArticleParser.Parsed fromText;
        try {
            fromText = TextArticleParser.parse(blockText(clean(container)), title);
        } catch (UnusableInputException e) {
            if (container == doc.body()) {
                throw e;
            }
            // The chosen element was a teaser or an empty shell; try the whole page.
            fromText = TextArticleParser.parse(blockText(clean(doc.body())), title);
        }
        if (published == null) {
            published = fromText.published();
        }
        if (updated == null) {
            updated = fromText.updated();
        }
        if (byline == null) {
            byline = fromText.byline();
        }
        if (published == null || updated == null || byline == null) {
            // The headline block (dateline, byline) may sit outside the element holding the paragraphs.
            TextArticleParser.Parsed header = headerAboveContainer(doc, container, title);
            if (header != null) {
                published = published != null ? published : header.published();
                updated = updated != null ? updated : header.updated();
                byline = byline != null ? byline : header.byline();
            }
        }
        return new TextArticleParser.Parsed(
                firstNonBlank(title, fromText.title()),
                fromText.paragraphs(),
                published,
                updated,
                byline,
                firstNonBlank(siteName, fromText.source()),
                latest(fromText.reference(), published, updated));
    }

    /**
     * When the page's h1 is the headline and lies outside the chosen container, the text of their nearest common
     * ancestor read as a page: its dateline and byline sit between the headline and the body. Null when the headline
     * is inside the container (already read) or nothing usable is found.
     */
    private static TextArticleParser.Parsed headerAboveContainer(Document doc, Element container, String title) {
        if (title == null || container.selectFirst("h1") != null) {
            return null;
        }
        Element h1 = doc.selectFirst("h1");
        if (h1 == null || !h1.text().trim().equals(title)) {
            return null;
        }
        Set<Element> containerLine = new java.util.HashSet<>(container.parents());
        Element scope = h1.parent();
        while (scope != null && !containerLine.contains(scope)) {
            scope = scope.parent();
        }
        if (scope == null) {
            return null;
        }
        try {
            return TextArticleParser.parse(blockText(clean(scope)), title);
        } catch (UnusableInputException e) {
            return null;
        }
    }

    /**
     * The site's name from the document title around the headline: "Headline – The Millbrook Ledger",
     * "Headline | Science | The Continental" (the last part), "County News | Headline". Null when the document title
     * does not contain the headline or what is left is not a short name.
     */
    static String siteNameAroundHeadline(String documentTitle, String headline) {
        if (documentTitle == null || headline == null || headline.isBlank()) {
            return null;
        }
        String docTitle = documentTitle.trim();
        int at = docTitle.indexOf(headline.trim());
        if (at < 0) {
            return null;
        }
        String before = docTitle.substring(0, at).trim();
        String after = docTitle.substring(at + headline.trim().length()).trim();
        String rest = !after.isEmpty() ? after : before;
        if (rest.isEmpty() || !after.isEmpty() && !before.isEmpty()) {
            return null;
        }
        // "– The Millbrook Ledger" after the headline: its last part; "County News |" before it: its first part.
        List<String> parts = new ArrayList<>();
        for (String p : TITLE_SEPARATOR.split(" " + rest + " ")) {
            String trimmed = p.replaceAll("^[\\s|–—:-]+|[\\s|–—:-]+$", "");
            if (!trimmed.isEmpty()) {
                parts.add(trimmed);
            }
        }
        String name = parts.isEmpty() ? null : after.isEmpty() ? parts.get(0) : parts.get(parts.size() - 1);
        int words = name == null ? 0 : PageLine.countWords(name);
        return words >= 1 && words <= 6 && Character.isUpperCase(name.charAt(0)) ? name : null;
    }

    /** The latest of the text's reference date and the metadata dates; nulls ignored. */
    private static LocalDate latest(LocalDate... dates) {
        LocalDate out = null;
        for (LocalDate d : dates) {
            if (d != null && (out == null || d.isAfter(out))) {
                out = d;
            }
        }
        return out;
    }

    /**
     * The first {@code <time datetime>} that dates the article itself: not one inside a list item, an aside or a
     * related/more-stories widget (those date other stories), and not one after the body's first paragraph.
     */
    private static Element ownTime(Element container) {
        Element firstParagraph = container.selectFirst("p");
        for (Element time : container.select("time[datetime]")) {
            boolean other = false;
            for (Element a = time.parent(); a != null && a != container.parent(); a = a.parent()) {
                String attrs = (a.className() + " " + a.id()).toLowerCase(Locale.ROOT);
                if (a.normalName().equals("li") || a.normalName().equals("aside")
                        || attrs.length() > 1 && (WIDGET.matcher(attrs).find() || attrs.contains("more"))) {
                    other = true;
                    break;
                }
            }
            if (other) {
                continue;
            }
            if (firstParagraph != null && firstParagraph.siblingIndex() >= 0
                    && comesAfter(time, firstParagraph) && PageLine.countWords(firstParagraph.text()) >= 15) {
                return null;                       // below the first paragraph of prose: not the article's dateline
            }
            return time;
        }
        return null;
    }

    /** Whether {@code a} comes after {@code b} in document order. */
    private static boolean comesAfter(Element a, Element b) {
        for (Element e : b.ownerDocument() == null ? List.<Element>of() : b.ownerDocument().getAllElements()) {
            if (e == a) {
                return false;
            }
            if (e == b) {
                return true;
            }
        }
        return false;
    }

    /** The {@code <article>} with most paragraph text, else a body-classed element, else the densest parent of {@code <p>}s. */
    private static Element chooseContainer(Document doc) {
        Element body = doc.body();
        Element best = null;
        int bestLength = 0;
        int tried = 0;
        for (Element a : doc.select("article, [itemprop=articleBody]")) {
            if (++tried > MAX_CANDIDATES) {
                break;
            }
            int len = paragraphTextLength(a);
            if (len > bestLength) {
                best = a;
                bestLength = len;
            }
        }
        if (best != null && bestLength >= 200) {
            return best;
        }
        tried = 0;
        for (Element e : body.getAllElements()) {
            String attrs = e.className() + " " + e.id();
            if (attrs.length() > 1 && BODY_CLASS.matcher(attrs).find() && ++tried <= MAX_CANDIDATES) {
                int len = paragraphTextLength(e);
                if (len > bestLength) {
                    best = e;
                    bestLength = len;
                }
            }
        }
        if (best != null && bestLength >= 200) {
            return best;
        }
        Element main = doc.selectFirst("main, [role=main]");
        if (main != null && paragraphTextLength(main) >= 200) {
            return main;
        }
        // Score each parent by the text of its direct <p> children: the article body holds most of them.
        Element densest = null;
        int densestLength = 0;
        Map<Element, Integer> byParent = new HashMap<>();
        for (Element p : body.select("p")) {
            Element parent = p.parent();
            if (parent == null) {
                continue;
            }
            int len = byParent.merge(parent, p.text().length(), Integer::sum);
            if (len > densestLength) {
                densest = parent;
                densestLength = len;
            }
        }
        return densest != null && densestLength >= 200 ? densest : body;
    }

    private static int paragraphTextLength(Element e) {
        int len = 0;
        for (Element p : e.select("p")) {
            len += p.text().length();
        }
        return len;
    }

    /** A cleaned copy: the page's own tree stays intact for the metadata reads and the whole-page fallback. */
    private static Element clean(Element container) {
        Element copy = container.clone();
        copy.select(NON_CONTENT).remove();
        if (container.ownerDocument() != null && container == container.ownerDocument().body()) {
            copy.select("header").remove();
        }
        Map<Node, Integer> textLength = textLengths(copy);
        int total = textLength.getOrDefault(copy, 0);
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node == copy || !(node instanceof Element)) {
                    return FilterResult.CONTINUE;
                }
                Element e = (Element) node;
                String attrs = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
                // A wrapper named "has-sidebar" can hold the whole article: never drop most of the text.
                if (attrs.length() > 1 && WIDGET.matcher(attrs).find() && textLength.getOrDefault(e, 0) < total / 2) {
                    return FilterResult.REMOVE;
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, copy);
        return copy;
    }

    /** Text length under every element, in one post-order pass (no re-reading of nested subtrees). */
    private static Map<Node, Integer> textLengths(Element root) {
        Map<Node, Integer> out = new IdentityHashMap<>();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
            }

            @Override
            public void tail(Node node, int depth) {
                int own = node instanceof TextNode ? ((TextNode) node).text().length() : out.getOrDefault(node, 0);
                Node parent = node.parentNode();
                if (parent != null && node != root) {
                    out.merge(parent, own, Integer::sum);
                }
            }
        }, root);
        return out;
    }

    /** Text with block elements on lines of their own and a blank line between blocks. */
    private static String blockText(Element root) {
        StringBuilder sb = new StringBuilder(4096);
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode) {
                    sb.append(((TextNode) node).text());
                } else if (node instanceof Element) {
                    String tag = ((Element) node).normalName();
                    if (tag.equals("br")) {
                        sb.append('\n');
                    } else if (BLOCK_TAGS.contains(tag)) {
                        sb.append("\n\n");
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element && BLOCK_TAGS.contains(((Element) node).normalName())) {
                    sb.append("\n\n");
                }
            }
        }, root);
        return TextArticleParser.normalize(sb.toString());
    }

    private static String title(Document doc, Map<String, String> meta, Element container, String siteName) {
        Element h1 = container.selectFirst("h1");
        if (h1 != null && usableTitle(h1.text())) {
            return h1.text().trim();
        }
        String og = firstNonBlank(meta(meta, "og:title"), meta(meta, "twitter:title"));
        if (og != null) {
            return stripSiteName(og, siteName);
        }
        h1 = doc.selectFirst("h1");
        if (h1 != null && usableTitle(h1.text())) {
            return h1.text().trim();
        }
        String t = doc.title();
        return t == null || t.isBlank() ? null : stripSiteName(t, siteName);
    }

    private static boolean usableTitle(String t) {
        int words = PageLine.countWords(t);
        return words >= 2 && words <= 40;
    }

    /** "Headline | Outlet" → "Headline": drops trailing parts that are the site name or a short label. */
    private static String stripSiteName(String title, String siteName) {
        String[] parts = TITLE_SEPARATOR.split(title.trim());
        if (parts.length == 1) {
            return title.trim();
        }
        String longest = parts[0];
        for (String p : parts) {
            if (p.length() > longest.length()) {
                longest = p;
            }
        }
        if (siteName != null && parts[parts.length - 1].equalsIgnoreCase(siteName.trim())) {
            return title.substring(0, title.lastIndexOf(parts[parts.length - 1])).replaceAll("\\s*[|–—:-]+\\s*$", "").trim();
        }
        // "Headline | Outlet" or "Outlet :: Headline": a short part at either end is the site's name or a section.
        return PageLine.countWords(parts[parts.length - 1]) <= 4 || PageLine.countWords(parts[0]) <= 4
                ? longest.trim() : title.trim();
    }

    private static LocalDate firstDate(Document doc, Map<String, String> meta, String[] names, Pattern ldPattern, CharSequence ld, String itemprop) {
        for (String name : names) {
            LocalDate d = DateExpressions.parseMachineDate(meta(meta, name));
            if (d != null) {
                return d;
            }
        }
        Element e = doc.selectFirst("[itemprop=" + itemprop + "]");
        if (e != null) {
            String v = firstNonBlank(e.attr("datetime"), e.attr("content"), e.text());
            LocalDate d = DateExpressions.parseMachineDate(v);
            if (d != null) {
                return d;
            }
        }
        return DateExpressions.parseMachineDate(group(ldPattern, ld));
    }

    private static String metaByline(Document doc, Map<String, String> meta, CharSequence ld, String siteName) {
        List<String> candidates = new ArrayList<>();
        candidates.add(meta(meta, "author"));
        candidates.add(meta(meta, "article:author"));
        candidates.add(meta(meta, "parsely-author"));
        candidates.add(meta(meta, "byl"));
        candidates.add(group(LD_AUTHOR, ld));
        // Most specific first: a byline box also holds the writer's role and the date.
        for (String selector : new String[] {"[itemprop=author] [itemprop=name]", "[itemprop=author]", "[rel=author]",
            ".author", ".byline"}) {
            Element e = doc.selectFirst(selector);
            if (e != null) {
                candidates.add(e.hasAttr("content") ? e.attr("content") : e.text());
            }
        }
        for (String c : candidates) {
            if (c == null || c.isBlank() || c.contains("://") || c.equalsIgnoreCase(siteName)) {
                continue;
            }
            String rest = LineClassifier.bylineRest(c.trim());
            String name = BylineParser.name(rest != null ? rest : c.trim());
            if (name != null) {
                return name;
            }
        }
        return null;
    }

    /** content of each meta tag by lower-cased property/name/itemprop; the first tag of a name wins. */
    private static Map<String, String> metaTags(Document doc) {
        Map<String, String> out = new HashMap<>();
        for (Element e : doc.getElementsByTag("meta")) {
            String content = e.attr("content").trim();
            if (content.isEmpty()) {
                continue;
            }
            for (String key : new String[] {e.attr("property"), e.attr("name"), e.attr("itemprop")}) {
                if (!key.isEmpty()) {
                    out.putIfAbsent(key.toLowerCase(Locale.ROOT), content);
                }
            }
        }
        return out;
    }

    private static String meta(Map<String, String> meta, String name) {
        return meta.get(name.toLowerCase(Locale.ROOT));
    }

    private static String group(Pattern p, CharSequence s) {
        Matcher m = p.matcher(s);
        return m.find() ? m.group(1).trim() : null;
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.trim();
            }
        }
        return null;
    }
}
