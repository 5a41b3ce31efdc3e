package io.newsflow.ingest.publish;

import io.newsflow.schema.RawArticle;

/** What ingest did with one page: published it as a RawArticle, or dead-lettered it with the reason. */
public record IngestOutcome(String sourceName, String articleId, RawArticle article, String deadLetterReason) {
    public boolean deadLettered() {
        return deadLetterReason != null;
    }
}
