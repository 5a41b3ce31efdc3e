package io.newsflow.enrich.topology;

import io.newsflow.topics.ReprocessHeaders;
import org.apache.kafka.streams.processor.api.ContextualFixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;

/** Passes records on unless they carry the reprocessing header (aggregates must count each article once). */
final class FirstIssueOnly<K, V> extends ContextualFixedKeyProcessor<K, V, V> {
    @Override
    public void process(FixedKeyRecord<K, V> record) {
        if (!ReprocessHeaders.isMarked(record.headers())) {
            context().forward(record);
        }
    }
}
