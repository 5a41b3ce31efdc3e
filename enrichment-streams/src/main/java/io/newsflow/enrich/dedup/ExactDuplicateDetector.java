package io.newsflow.enrich.dedup;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Metrics;
import io.newsflow.schema.DedupStatus;
import io.newsflow.schema.DedupVerdict;
import io.newsflow.schema.RawArticle;
import org.apache.kafka.streams.processor.api.ContextualProcessor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Exact dedup on records keyed by content fingerprint (so every copy of a body meets in one partition and one
 * store, whatever partition it was ingested on). The first article seen with a fingerprint is the original; a later
 * article with the same fingerprint is its EXACT_DUPLICATE; the original arriving again (a replay of the raw log)
 * is dropped, so replays never create new downstream records. Output is re-keyed by articleId.
 */
public final class ExactDuplicateDetector extends ContextualProcessor<String, RawArticle, String, DedupResult> {
    private final String storeName;
    private final Counter replayed = Counter.builder("newsflow.articles.replayed")
            .description("Articles already processed that arrived again (replays); dropped").register(Metrics.globalRegistry);
    private KeyValueStore<String, String> originals;

    public ExactDuplicateDetector(String storeName) {
        this.storeName = storeName;
    }

    @Override
    public void init(ProcessorContext<String, DedupResult> context) {
        super.init(context);
        originals = context.getStateStore(storeName);
    }

    @Override
    public void process(Record<String, RawArticle> record) {
        String fingerprint = record.key();
        RawArticle article = record.value();
        String original = originals.get(fingerprint);
        if (original == null) {
            originals.put(fingerprint, article.getArticleId());
            forward(record, article, DedupVerdict.newBuilder().setStatus(DedupStatus.UNIQUE).setDuplicateOf(null)
                    .setSimilarity(0.0).setContentHash(fingerprint).build());
        } else if (original.equals(article.getArticleId())) {
            replayed.increment();
        } else {
            forward(record, article, DedupVerdict.newBuilder().setStatus(DedupStatus.EXACT_DUPLICATE)
                    .setDuplicateOf(original).setSimilarity(1.0).setContentHash(fingerprint).build());
        }
    }

    private void forward(Record<String, RawArticle> record, RawArticle article, DedupVerdict verdict) {
        context().forward(record.withKey(article.getArticleId()).withValue(new DedupResult(article, verdict)));
    }
}
