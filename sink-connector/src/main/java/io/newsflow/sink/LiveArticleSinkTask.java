package io.newsflow.sink;

import io.newsflow.registry.RestSchemaRegistryClient;
import io.newsflow.schema.EnrichedArticle;
import io.newsflow.schema.TrendingEntityCount;
import io.newsflow.serde.ConfluentAvroDeserializer;
import io.newsflow.topics.DeadLetterHeaders;
import io.newsflow.topics.PipelineVersion;
import io.newsflow.topics.Topics;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Map;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.sink.SinkRecord;
import org.apache.kafka.connect.sink.SinkTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes one JSON card per input record. Delivery is at-least-once (offsets are committed after flush), and the live
 * topics are compacted and keyed by article or entity id, so a redelivered card overwrites itself: the result is
 * effectively exactly-once for anyone reading the latest value per key.
 */
public final class LiveArticleSinkTask extends SinkTask {
    private static final Logger log = LoggerFactory.getLogger(LiveArticleSinkTask.class);

    private LiveSinkConfig config;
    private KafkaProducer<String, byte[]> producer;
    private ConfluentAvroDeserializer<EnrichedArticle> articles;
    private ConfluentAvroDeserializer<TrendingEntityCount> trending;
    /** A failed write fails the next flush, so Connect does not commit offsets past a card that was not written. */
    private final java.util.concurrent.atomic.AtomicReference<Exception> writeFailure = new java.util.concurrent.atomic.AtomicReference<>();

    @Override
    public void start(Map<String, String> props) {
        config = new LiveSinkConfig(props);
        RestSchemaRegistryClient registry = new RestSchemaRegistryClient(
                io.newsflow.registry.RegistryClientConfig.from(props));
        articles = new ConfluentAvroDeserializer<>(registry, EnrichedArticle.getClassSchema());
        trending = new ConfluentAvroDeserializer<>(registry, TrendingEntityCount.getClassSchema());
        producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, config.getString(LiveSinkConfig.BOOTSTRAP_SERVERS),
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.LINGER_MS_CONFIG, 5,
                ProducerConfig.CLIENT_ID_CONFIG, "newsflow-live-sink"),
                new StringSerializer(), new ByteArraySerializer());
    }

    @Override
    public void put(Collection<SinkRecord> records) {
        for (SinkRecord record : records) {
            String key = record.key() == null ? null : String.valueOf(record.key());
            byte[] value = (byte[]) record.value();
            if (value == null) {
                continue;
            }
            try {
                if (Topics.TRENDING.equals(record.topic())) {
                    TrendingEntityCount count = trending.deserialize(record.topic(), value);
                    send(config.getString(LiveSinkConfig.LIVE_ENTITIES_TOPIC), count.getEntityId(), LiveCards.entityCard(count));
                } else {
                    EnrichedArticle article = articles.deserialize(record.topic(), value);
                    send(config.getString(LiveSinkConfig.LIVE_ARTICLES_TOPIC), article.getArticleId(),
                            LiveCards.articleCard(article, config.getInt(LiveSinkConfig.SUMMARY_CHARS)));
                }
            } catch (RuntimeException e) {
                deadLetter(record, key, value, e);
            }
        }
    }

    private void send(String topic, String key, String json) {
        producer.send(new ProducerRecord<>(topic, key, json.getBytes(StandardCharsets.UTF_8)), (meta, error) -> {
            if (error != null) {
                writeFailure.compareAndSet(null, error);
                log.error("Could not write live card {} to {}: {}", key, topic, error.toString());
            }
        });
    }

    private void deadLetter(SinkRecord record, String key, byte[] value, RuntimeException e) {
        ProducerRecord<String, byte[]> letter = new ProducerRecord<>(Topics.DEAD_LETTER, key, value);
        DeadLetterHeaders.put(letter.headers(), DeadLetterHeaders.STAGE, "sink");
        DeadLetterHeaders.put(letter.headers(), DeadLetterHeaders.REASON, e.getMessage());
        DeadLetterHeaders.put(letter.headers(), DeadLetterHeaders.EXCEPTION, e.getClass().getName());
        DeadLetterHeaders.put(letter.headers(), DeadLetterHeaders.SOURCE_TOPIC, record.topic());
        DeadLetterHeaders.put(letter.headers(), DeadLetterHeaders.SOURCE_PARTITION, record.kafkaPartition());
        DeadLetterHeaders.put(letter.headers(), DeadLetterHeaders.SOURCE_OFFSET, record.kafkaOffset());
        producer.send(letter, (meta, error) -> {
            if (error != null) {
                writeFailure.compareAndSet(null, error);
            }
        });
        log.warn("Dead-lettered {}@{}/{}: {}", record.topic(), record.kafkaPartition(), record.kafkaOffset(), e.getMessage());
    }

    @Override
    public void flush(Map<TopicPartition, OffsetAndMetadata> offsets) {
        try {
            producer.flush();
            Exception failure = writeFailure.getAndSet(null);
            if (failure != null) {
                throw new ConnectException("A live card could not be written; offsets not committed", failure);
            }
        } catch (ConnectException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new ConnectException("Could not flush live cards", e);
        }
    }

    @Override
    public void stop() {
        if (producer != null) {
            producer.close();
        }
    }

    @Override
    public String version() {
        return PipelineVersion.current();
    }
}
