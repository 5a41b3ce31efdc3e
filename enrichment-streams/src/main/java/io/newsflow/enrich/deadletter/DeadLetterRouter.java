package io.newsflow.enrich.deadletter;

import io.newsflow.topics.DeadLetterHeaders;
import org.apache.kafka.streams.processor.api.ContextualProcessor;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns a {@link DeadLetter} into the DLQ record: original bytes as the value, the reason and origin as headers. */
public final class DeadLetterRouter extends ContextualProcessor<String, DeadLetter, String, byte[]> {
    private static final Logger log = LoggerFactory.getLogger(DeadLetterRouter.class);

    @Override
    public void process(Record<String, DeadLetter> record) {
        DeadLetter letter = record.value();
        Record<String, byte[]> out = record.withValue(letter.original());
        DeadLetterHeaders.put(out.headers(), DeadLetterHeaders.STAGE, letter.stage());
        DeadLetterHeaders.put(out.headers(), DeadLetterHeaders.REASON, letter.reason());
        DeadLetterHeaders.put(out.headers(), DeadLetterHeaders.EXCEPTION, letter.exception());
        DeadLetterHeaders.put(out.headers(), DeadLetterHeaders.ARTICLE_ID, letter.articleId());
        context().recordMetadata().ifPresent((RecordMetadata meta) -> {
            DeadLetterHeaders.put(out.headers(), DeadLetterHeaders.SOURCE_TOPIC, meta.topic());
            DeadLetterHeaders.put(out.headers(), DeadLetterHeaders.SOURCE_PARTITION, meta.partition());
            DeadLetterHeaders.put(out.headers(), DeadLetterHeaders.SOURCE_OFFSET, meta.offset());
        });
        log.warn("Dead-lettered record key={} at stage {}: {}", record.key(), letter.stage(), letter.reason());
        context().forward(out);
    }
}
