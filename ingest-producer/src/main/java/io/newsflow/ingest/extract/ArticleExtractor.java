package io.newsflow.ingest.extract;

import java.util.Locale;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Extracts the main content of a news page (plain text as scraped, or HTML, told apart by content) from its raw
 * bytes. Stateless after construction and safe to share between threads.
 */
public final class ArticleExtractor {

    private static final Logger LOG = LoggerFactory.getLogger(ArticleExtractor.class);

    private final long maxBytes;

    /** @param maxBytes pages larger than this are rejected (reported, never silently truncated) */
    public ArticleExtractor(long maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        }
        this.maxBytes = maxBytes;
    }

    /**
     * @param sourceName the file or URL the page came from, only for log messages
     * @throws UnusableInputException with a short reason when the page is empty, binary, over the cap or holds
     *                                no article text
     */
    public ExtractedArticle extract(byte[] page, String sourceName) throws UnusableInputException {
        Objects.requireNonNull(page, "page");
        checkSize(page.length);
        PageDecoder.DecodedPage decoded = PageDecoder.decode(page);
        boolean html = HtmlArticleParser.looksLikeHtml(decoded.text());
        TextArticleParser.Parsed p = html
                ? HtmlArticleParser.parse(decoded.text())
                : TextArticleParser.parse(TextArticleParser.normalize(decoded.text()), null);
        String body = String.join("\n\n", p.paragraphs());
        ExtractedArticle article = new ExtractedArticle(p.title(), body, p.paragraphs(), p.published(), p.updated(),
                p.source(), p.byline(), LanguageDetector.detect(body), p.reference());
        if (LOG.isDebugEnabled()) {
            LOG.debug("{}: {} {} page, {} paragraphs, title={}, published={}", sourceName, decoded.encoding(),
                    html ? "HTML" : "text", article.paragraphs().size(), article.title(), article.publishedDate());
        }
        return article;
    }

    /** Lets a reader reject a file by its size before loading it. */
    public void checkSize(long byteCount) throws UnusableInputException {
        if (byteCount > maxBytes) {
            String size = humanSize(byteCount);
            String cap = humanSize(maxBytes);
            if (size.equals(cap)) {                  // 8 MB + 1 byte would read "8 MB, over the 8 MB cap"
                size = byteCount + " bytes";
                cap = maxBytes + " bytes";
            }
            throw new UnusableInputException("file is " + size + ", over the " + cap + " cap");
        }
    }

    static String humanSize(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        double value = bytes;
        String[] units = {"KB", "MB", "GB", "TB"};
        int u = -1;
        while (value >= 1024 && u < units.length - 1) {
            value /= 1024;
            u++;
        }
        String number = value >= 10
                ? Long.toString(Math.round(value))
                : String.format(Locale.ROOT, "%.1f", value).replaceFirst("\\.0$", "");
        return number + " " + units[u];
    }
}
