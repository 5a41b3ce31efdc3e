package io.newsflow.enrich.dedup;

import io.newsflow.schema.DedupVerdict;
import io.newsflow.schema.RawArticle;

/** An article with its dedup verdict, passed from the dedup stage to enrichment or to the duplicates topic. */
public record DedupResult(RawArticle article, DedupVerdict verdict) {
    public boolean isDuplicate() {
        return verdict.getDuplicateOf() != null;
    }
}
