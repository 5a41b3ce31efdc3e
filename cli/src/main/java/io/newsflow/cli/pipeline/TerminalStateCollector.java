package io.newsflow.cli.pipeline;

import io.newsflow.registry.RegistryClientConfig;
import io.newsflow.registry.RestSchemaRegistryClient;
import io.newsflow.registry.SchemaRegistry;
import io.newsflow.schema.DuplicateNotice;
import io.newsflow.schema.EnrichedArticle;
import io.newsflow.serde.ConfluentAvroDeserializer;
import io.newsflow.topics.DeadLetterHeaders;
import io.newsflow.topics.TopicReader;
import io.newsflow.topics.Topics;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows the three terminal topics (enriched, duplicates, dead letters) from the beginning with read_committed,
 * so it sees only what the exactly-once topology committed, and records each article's terminal state. Reading from
 * the beginning also finds articles an earlier run already processed (their replay produces nothing new).
 */
public final class TerminalStateCollector implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(TerminalStateCollector.class);
    private static final List<String> TOPICS = List.of(Topics.ENRICHED, Topics.DUPLICATES, Topics.DEAD_LETTER);

    private final KafkaConsumer<String, byte[]> consumer;
    private final ConfluentAvroDeserializer<EnrichedArticle> enriched;
    private final ConfluentAvroDeserializer<DuplicateNotice> duplicates;
    private final Map<String, TerminalState> states = new ConcurrentHashMap<>();
    private final Thread thread;
    private volatile boolean running = true;

    public TerminalStateCollector(Map<String, Object> clientConfigs) {
        consumer = new KafkaConsumer<>(TopicReader.config(clientConfigs), new StringDeserializer(), new ByteArrayDeserializer());
        SchemaRegistry registry = new RestSchemaRegistryClient(RegistryClientConfig.from(clientConfigs));
        enriched = new ConfluentAvroDeserializer<>(registry, EnrichedArticle.getClassSchema());
        duplicates = new ConfluentAvroDeserializer<>(registry, DuplicateNotice.getClassSchema());
        TopicReader.assignFromBeginning(consumer, TOPICS);
        thread = new Thread(this::poll, "terminal-state-collector");
        thread.setDaemon(true);
        thread.start();
    }

    private void poll() {
        try {
            while (running) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    try {
                        accept(record);
                    } catch (RuntimeException e) {
                        log.warn("Skipping unreadable record {}-{}@{}: {}", record.topic(), record.partition(),
                                record.offset(), e.getMessage());
                    }
                }
            }
        } catch (WakeupException e) {
            // closing
        } finally {
            consumer.close();
        }
    }

    private void accept(ConsumerRecord<String, byte[]> record) {
        switch (record.topic()) {
            case Topics.ENRICHED -> {
                EnrichedArticle article = enriched.deserialize(record.topic(), record.value());
                states.put(article.getArticleId(), new TerminalState.Enriched(article));
            }
            case Topics.DUPLICATES -> {
                DuplicateNotice notice = duplicates.deserialize(record.topic(), record.value());
                states.put(notice.getArticleId(), new TerminalState.Duplicate(notice));
            }
            default -> {
                String id = DeadLetterHeaders.get(record.headers(), DeadLetterHeaders.ARTICLE_ID);
                String key = id != null ? id : record.key();
                if (key != null) {
                    states.put(key, new TerminalState.DeadLettered(
                            DeadLetterHeaders.get(record.headers(), DeadLetterHeaders.STAGE),
                            DeadLetterHeaders.get(record.headers(), DeadLetterHeaders.REASON)));
                }
            }
        }
    }

    public TerminalState stateOf(String articleId) {
        return states.get(articleId);
    }

    /** Waits until every id has a terminal state; returns the ids still missing when the timeout ran out. */
    public Set<String> awaitAll(Set<String> articleIds, Duration timeout, java.util.function.IntConsumer progress) {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            Set<String> missing = articleIds.stream().filter(id -> !states.containsKey(id)).collect(Collectors.toSet());
            progress.accept(articleIds.size() - missing.size());
            if (missing.isEmpty() || Instant.now().isAfter(deadline)) {
                return missing;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return missing;
            }
        }
    }

    @Override
    public void close() {
        running = false;
        consumer.wakeup();
        try {
            thread.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
