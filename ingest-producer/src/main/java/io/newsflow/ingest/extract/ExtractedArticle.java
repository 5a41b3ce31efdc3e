package io.newsflow.ingest.extract;

import java.time.LocalDate;
import java.util.List;

/**
 * The main content of one news page.
 *
 * @param title         the headline, or null when none could be told apart from navigation
 * @param body          {@code paragraphs} joined by a blank line ("\n\n"); never null or blank
 * @param paragraphs    the article's prose paragraphs, in page order; never empty
 * @param publishedDate the date the page states as its publication date, or null when it states none
 * @param updatedDate   the date the page states as last updated, kept apart from {@code publishedDate}; may be null
 * @param source        the outlet, when the page names it; may be null
 * @param byline        the author(s) as written, without "By"; may be null
 * @param language      ISO 639-1 code ("en", "es", "de", "fr", "it", "pt", "nl", "ru") when clear, otherwise null
 * @param referenceDate the latest full date on the article part of the page outside the body text (photo
 *                      captions, datelines, the stated dates; not the crawl date, copyright lines or other
 *                      stories), for anchoring relative dates when the page states no publication date; may be null
 */
public record ExtractedArticle(String title, String body, List<String> paragraphs,
                               LocalDate publishedDate, LocalDate updatedDate,
                               String source, String byline, String language, LocalDate referenceDate) {

    /** An article without a reference date. */
    public ExtractedArticle(String title, String body, List<String> paragraphs, LocalDate publishedDate,
                            LocalDate updatedDate, String source, String byline, String language) {
        this(title, body, paragraphs, publishedDate, updatedDate, source, byline, language, null);
    }

    public ExtractedArticle {
        paragraphs = List.copyOf(paragraphs);
        if (body == null) {
            body = String.join("\n\n", paragraphs);
        }
    }
}
