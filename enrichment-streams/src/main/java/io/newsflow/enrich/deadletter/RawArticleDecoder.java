package io.newsflow.enrich.deadletter;

import io.newsflow.schema.RawArticle;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.streams.kstream.ValueMapperWithKey;

/**
 * Decodes raw-topic bytes as Confluent Avro RawArticle. The topology reads the raw topic as bytes on purpose: a
 * record that is not our Avro (or has no usable body) becomes a dead letter with the reason, instead of stopping
 * the stream thread or being skipped silently by a deserialization handler.
 */
public final class RawArticleDecoder implements ValueMapperWithKey<String, byte[], Decoded<RawArticle>> {
    public static final String STAGE = "decode";
    private final String topic;
    private final Deserializer<RawArticle> deserializer;

    public RawArticleDecoder(String topic, Deserializer<RawArticle> deserializer) {
        this.topic = topic;
        this.deserializer = deserializer;
    }

    @Override
    public Decoded<RawArticle> apply(String key, byte[] bytes) {
        if (bytes == null) {
            return Decoded.failed(new DeadLetter(key, null, STAGE, "null value (tombstone) on the raw topic", null));
        }
        RawArticle article;
        try {
            article = deserializer.deserialize(topic, bytes);
        } catch (RuntimeException e) {
            return Decoded.failed(new DeadLetter(key, bytes, STAGE, e.getMessage(), e.getClass().getName()));
        }
        if (article.getBody() == null || article.getBody().isBlank()) {
            return Decoded.failed(new DeadLetter(article.getArticleId(), bytes, STAGE, "article has an empty body", null));
        }
        return Decoded.ok(article);
    }
}
