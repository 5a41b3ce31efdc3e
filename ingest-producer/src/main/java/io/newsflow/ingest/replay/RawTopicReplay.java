package io.newsflow.ingest.replay;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Metrics;
import io.newsflow.ingest.publish.ReliableProducerConfig;
import io.newsflow.registry.RegistryClientConfig;
import io.newsflow.registry.RestSchemaRegistryClient;
import io.newsflow.registry.SchemaRegistryException;
import io.newsflow.schema.RawArticle;
import io.newsflow.serde.ConfluentAvroDeserializer;
import io.newsflow.topics.ReprocessHeaders;
import io.newsflow.topics.TopicReader;
import io.newsflow.topics.Topics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongConsumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Re-issues a time range of the raw log for processing again: reads {@link Topics#RAW} (committed records only, no
 * consumer group), seeks each partition to the first offset at or after the range start by timestamp, stops at the
 * range end (or at the log end as it was when the replay started, so a live ingest does not keep it running), and
 * copies each article in range, unchanged, to {@link Topics#REPROCESS} marked with {@link ReprocessHeaders}.
 * The raw log itself is never appended to: it stays the one history of what was ingested.
 * <p>
 * Records on the raw log that are not our Avro were dead-lettered when they first came; they are skipped and counted.
 * The range is by record timestamp (ingest time): the seek uses the broker's time index, and each record's own
 * timestamp is checked again, since producer timestamps need not rise with the offset.
 */
public final class RawTopicReplay implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(RawTopicReplay.class);

    private final KafkaConsumer<String, byte[]> consumer;
    private final KafkaProducer<String, byte[]> producer;
    private final ConfluentAvroDeserializer<RawArticle> deserializer;
    private final List<Exception> sendFailures = new CopyOnWriteArrayList<>();
    private final Counter reissued = Counter.builder("newsflow.replay.articles").tag("outcome", "reissued")
            .description("Raw articles re-issued for reprocessing").register(Metrics.globalRegistry);

    /** What a replay did. */
    public record Summary(long scanned, long reissued, long outsideRange, long notOurAvro, long partitions) {
    }

    public RawTopicReplay(Map<String, Object> clientConfigs) {
        Map<String, Object> consumerConfig = TopicReader.config(clientConfigs);
        consumerConfig.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 1000);
        consumerConfig.putIfAbsent(ConsumerConfig.CLIENT_ID_CONFIG, "newsflow-replay-reader");
        this.consumer = new KafkaConsumer<>(consumerConfig, new StringDeserializer(), new ByteArrayDeserializer());

        Map<String, Object> producerConfig = ReliableProducerConfig.defaults(20);
        producerConfig.putAll(clientConfigs);
        producerConfig.put(ProducerConfig.CLIENT_ID_CONFIG, "newsflow-replay");
        this.producer = new KafkaProducer<>(producerConfig, new StringSerializer(), new ByteArraySerializer());

        this.deserializer = new ConfluentAvroDeserializer<>(
                new RestSchemaRegistryClient(RegistryClientConfig.from(clientConfigs)), RawArticle.getClassSchema());
    }

    /**
     * Replays the range. {@code total} is told the number of raw records the range spans (before filtering) as soon
     * as it is known; {@code progress} gets each record scanned, for a progress bar. A dry run counts what would be
     * re-issued and writes nothing.
     */
    public Summary replay(ReplayRange range, String requestId, boolean dryRun, LongConsumer total, Runnable progress) {
        List<TopicPartition> partitions = consumer.partitionsFor(Topics.RAW, Duration.ofSeconds(30)).stream()
                .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
        consumer.assign(partitions);
        Map<TopicPartition, Long> start = boundary(partitions, range.ingestedFrom() == null ? null : range.ingestedFrom().toEpochMilli(),
                consumer.beginningOffsets(partitions));
        Map<TopicPartition, Long> logEnd = consumer.endOffsets(partitions);
        Map<TopicPartition, Long> stop = boundary(partitions, range.ingestedTo() == null ? null : range.ingestedTo().toEpochMilli(), logEnd);
        long span = 0;
        List<TopicPartition> open = new ArrayList<>();
        for (TopicPartition p : partitions) {
            consumer.seek(p, start.get(p));
            span += Math.max(0, stop.get(p) - start.get(p));
            if (start.get(p) < stop.get(p)) {
                open.add(p);
            }
        }
        total.accept(span);
        log.info("Replay {}: {} raw records in range {} on {} partitions", requestId, span, range, partitions.size());

        long scanned = 0;
        long sent = 0;
        long outside = 0;
        long undecodable = 0;
        while (!open.isEmpty()) {
            for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                TopicPartition p = new TopicPartition(record.topic(), record.partition());
                if (record.offset() >= stop.get(p)) {
                    continue;     // past the range end; the partition is closed below
                }
                scanned++;
                progress.run();
                if (!range.ingestedWithin(record.timestamp())) {
                    outside++;
                    continue;
                }
                RawArticle article;
                try {
                    article = deserializer.deserialize(record.topic(), record.value());
                } catch (SchemaRegistryException e) {
                    if (e.retriable()) {
                        throw e;     // the registry is down: stop, rather than skip every article as junk
                    }
                    article = null;
                } catch (RuntimeException e) {
                    article = null;
                }
                if (article == null) {
                    undecodable++;
                    continue;
                }
                if (!range.publishedWithin(article.getPublishedDate())) {
                    outside++;
                    continue;
                }
                sent++;
                if (dryRun) {
                    continue;
                }
                ProducerRecord<String, byte[]> copy = new ProducerRecord<>(Topics.REPROCESS, null, record.key(), record.value(),
                        record.headers());
                ReprocessHeaders.mark(copy.headers(), requestId);
                producer.send(copy, (metadata, error) -> {
                    if (error != null) {
                        sendFailures.add(error);
                    }
                });
                reissued.increment();
            }
            open.removeIf(p -> consumer.position(p) >= stop.get(p));
        }
        producer.flush();
        if (!sendFailures.isEmpty()) {
            throw new IllegalStateException(sendFailures.size() + " of " + sent + " re-issued articles could not be written to "
                    + Topics.REPROCESS + "; first error: " + sendFailures.get(0), sendFailures.get(0));
        }
        Summary summary = new Summary(scanned, sent, outside, undecodable, partitions.size());
        log.info("Replay {} done{}: {} scanned, {} re-issued to {}, {} outside the range, {} not our Avro (skipped)",
                requestId, dryRun ? " (dry run, nothing written)" : "", scanned, sent, Topics.REPROCESS, outside, undecodable);
        return summary;
    }

    /** Per partition, the first offset whose timestamp is at or after {@code millis}; {@code fallback} when none or no bound. */
    private Map<TopicPartition, Long> boundary(List<TopicPartition> partitions, Long millis, Map<TopicPartition, Long> fallback) {
        Map<TopicPartition, Long> offsets = new HashMap<>(fallback);
        if (millis == null) {
            return offsets;
        }
        Map<TopicPartition, Long> query = new HashMap<>();
        partitions.forEach(p -> query.put(p, millis));
        Map<TopicPartition, Long> logEnd = consumer.endOffsets(partitions);
        for (Map.Entry<TopicPartition, OffsetAndTimestamp> e : consumer.offsetsForTimes(query).entrySet()) {
            // No record at or after the time: the range starts (or ends) at the log end.
            long end = logEnd.get(e.getKey());
            offsets.put(e.getKey(), e.getValue() == null ? end : Math.min(end, e.getValue().offset()));
        }
        return offsets;
    }

    @Override
    public void close() {
        consumer.close();
        producer.close();
    }
}
