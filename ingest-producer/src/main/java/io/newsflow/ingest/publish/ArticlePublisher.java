package io.newsflow.ingest.publish;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Metrics;
import io.newsflow.content.ContentFingerprint;
import io.newsflow.ingest.extract.ArticleExtractor;
import io.newsflow.ingest.extract.ExtractedArticle;
import io.newsflow.ingest.extract.UnusableInputException;
import io.newsflow.ingest.source.ArticleIdentity;
import io.newsflow.ingest.source.InputPage;
import io.newsflow.registry.RegistryClientConfig;
import io.newsflow.registry.RestSchemaRegistryClient;
import io.newsflow.schema.Provenance;
import io.newsflow.schema.RawArticle;
import io.newsflow.serde.ConfluentAvroSerializer;
import io.newsflow.topics.DeadLetterHeaders;
import io.newsflow.topics.PipelineVersion;
import io.newsflow.topics.Topics;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Extracts each page and publishes it: a RawArticle (Confluent Avro) to news.articles.raw keyed by articleId, or
 * the page bytes to news.articles.dlq with the reason when the page is unusable. One idempotent producer
 * ({@code acks=all}) writes both, so a retried send never duplicates a record.
 */
public final class ArticlePublisher implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ArticlePublisher.class);
    public static final String STAGE = "ingest";

    private final KafkaProducer<String, byte[]> producer;
    private final ConfluentAvroSerializer<RawArticle> serializer;
    private final ArticleExtractor extractor;
    private final Clock clock;
    private final List<Exception> sendFailures = new CopyOnWriteArrayList<>();
    private final Counter published = Counter.builder("newsflow.ingest.pages").tag("outcome", "published")
            .description("Pages ingested").register(Metrics.globalRegistry);
    private final Counter deadLettered = Counter.builder("newsflow.ingest.pages").tag("outcome", "dead_letter")
            .description("Pages ingested").register(Metrics.globalRegistry);
    private int rawPartitions;

    /**
     * @param configs producer configs plus the Confluent registry keys; {@code bootstrap.servers} and
     *                {@code schema.registry.url} are required, anything else overrides the defaults here
     */
    public ArticlePublisher(Map<String, Object> configs, ArticleExtractor extractor, Clock clock) {
        Map<String, Object> producerConfig = ReliableProducerConfig.defaults(5);
        producerConfig.put(ProducerConfig.CLIENT_ID_CONFIG, "newsflow-ingest");
        producerConfig.putAll(configs);
        this.producer = new KafkaProducer<>(producerConfig, new StringSerializer(), new ByteArraySerializer());
        this.serializer = new ConfluentAvroSerializer<>(new RestSchemaRegistryClient(RegistryClientConfig.from(configs)));
        this.serializer.configure(configs, false);
        this.extractor = extractor;
        this.clock = clock;
    }

    public IngestOutcome publish(InputPage page) {
        if (!page.readable()) {
            String id = ArticleIdentity.articleId(page.sourceName(), ArticleIdentity.sha256Hex(page.head()) + ":" + page.size());
            return deadLetter(page, id, page.head(), page.problem());
        }
        String pageHash = ArticleIdentity.sha256Hex(page.bytes());
        String id = ArticleIdentity.articleId(page.sourceName(), pageHash);
        ExtractedArticle extracted;
        try {
            extracted = extractor.extract(page.bytes(), page.sourceName());
        } catch (UnusableInputException e) {
            return deadLetter(page, id, page.bytes(), e.getMessage());
        } catch (RuntimeException e) {
            // An extractor bug must not lose the page or stop the run.
            return deadLetter(page, id, page.bytes(), "extraction failed: " + e);
        }
        RawArticle article = RawArticle.newBuilder()
                .setArticleId(id)
                .setTitle(extracted.title())
                .setBody(extracted.body())
                .setPublishedDate(iso(extracted.publishedDate()))
                .setUpdatedDate(iso(extracted.updatedDate()))
                .setSource(extracted.source())
                .setByline(extracted.byline())
                .setLanguage(extracted.language())
                .setReferenceDate(iso(extracted.referenceDate()))
                .setProvenance(Provenance.newBuilder()
                        .setSourceFile(page.path() == null ? null : page.sourceName())
                        .setSourceUrl(page.sourceUrl())
                        .setRawSha256(pageHash)
                        .setFetchedAt(page.fetchedAt())
                        .setIngestedAt(clock.instant())
                        .setPipelineVersion(PipelineVersion.current())
                        .build())
                .build();
        // Keyed by articleId (replays of one article meet), partitioned by content fingerprint (copies of one body
        // keep their ingest order, so the first ingested is deterministically the original).
        int partition = ContentFingerprint.partition(ContentFingerprint.of(article.getBody()), rawPartitions());
        producer.send(new ProducerRecord<>(Topics.RAW, partition, id, serializer.serialize(Topics.RAW, article)), this::onSent);
        published.increment();
        return new IngestOutcome(page.sourceName(), id, article, null);
    }

    private int rawPartitions() {
        if (rawPartitions == 0) {
            rawPartitions = producer.partitionsFor(Topics.RAW).size();
        }
        return rawPartitions;
    }

    private IngestOutcome deadLetter(InputPage page, String id, byte[] value, String reason) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topics.DEAD_LETTER, id, value);
        DeadLetterHeaders.put(record.headers(), DeadLetterHeaders.STAGE, STAGE);
        DeadLetterHeaders.put(record.headers(), DeadLetterHeaders.REASON, reason);
        DeadLetterHeaders.put(record.headers(), DeadLetterHeaders.ARTICLE_ID, id);
        DeadLetterHeaders.put(record.headers(), DeadLetterHeaders.SOURCE_FILE, page.sourceName());
        DeadLetterHeaders.put(record.headers(), DeadLetterHeaders.ORIGINAL_SIZE, page.size());
        producer.send(record, this::onSent);
        deadLettered.increment();
        log.warn("Dead-lettered {}: {}", page.sourceName(), reason);
        return new IngestOutcome(page.sourceName(), id, null, reason);
    }

    private void onSent(org.apache.kafka.clients.producer.RecordMetadata metadata, Exception error) {
        if (error != null) {
            sendFailures.add(error);
            log.error("Send failed: {}", error.toString());
        }
    }

    /** Waits until every record sent so far is acknowledged; fails if any send failed after the producer's retries. */
    public void flush() {
        producer.flush();
        if (!sendFailures.isEmpty()) {
            Exception first = sendFailures.get(0);
            throw new IllegalStateException(sendFailures.size() + " record(s) could not be written to Kafka; first: "
                    + first.getMessage(), first);
        }
    }

    private static String iso(LocalDate date) {
        return date == null ? null : date.toString();
    }

    @Override
    public void close() {
        producer.close();
    }
}
