package io.newsflow.enrich.topology;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Metrics;
import io.newsflow.enrich.dedup.DedupResult;
import io.newsflow.enrich.dedup.DedupResultSerde;
import io.newsflow.enrich.dedup.DedupSettings;
import io.newsflow.enrich.dedup.DuplicateDetector;
import io.newsflow.enrich.deadletter.DeadLetter;
import io.newsflow.enrich.deadletter.DeadLetterRouter;
import io.newsflow.enrich.deadletter.Decoded;
import io.newsflow.enrich.deadletter.RawArticleDecoder;
import io.newsflow.enrich.tagging.ArticleEnricher;
import io.newsflow.schema.DuplicateNotice;
import io.newsflow.schema.EnrichedArticle;
import io.newsflow.schema.EntityTag;
import io.newsflow.schema.RawArticle;
import io.newsflow.schema.TrendingEntityCount;
import io.newsflow.serde.AvroSerdes;
import io.newsflow.topics.Topics;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Grouped;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.kstream.TimeWindows;
import org.apache.kafka.streams.state.WindowStore;

/**
 * The enrichment topology, built by one plain method that production ({@link EnrichmentApp}) and the
 * TopologyTestDriver tests share.
 *
 * <pre>
 * news.articles.raw (bytes) ─ decode ─┬─ not our Avro / empty ─────────────────────────────► news.articles.dlq
 * news.articles.reprocess ───┘        │  (re-issued articles, marked by a header: re-emitted, not dropped as replays)
 *                                     └─► [dedup-sequence: ONE partition, the order that defines "first seen"]
 *          ─ exact + near dedup (stores dedup-index, dedup-clock; generations of event time) ─┐
 *       replays of an article id already seen: dropped, counted                               │
 *       copies ─► DuplicateNotice ─► news.articles.duplicates                                  │
 *       originals ─► [enrich-by-article: all partitions again] ─ tag entities + dates ─┬─ failure ─► news.articles.dlq
 *                                         └─► news.articles.enriched ─ per entity, tumbling window count
 *                                                                       ─► news.entities.trending
 * </pre>
 */
public final class EnrichmentTopology {
    public static final String DEDUP_STORE = DuplicateDetector.INDEX_STORE;
    /** One partition: every copy must meet every original in one store, in one order. */
    public static final String DEDUP_REPARTITION = "dedup-sequence";
    /** Back to many partitions after dedup, so the costly tagging scales out. */
    public static final String ENRICH_REPARTITION = "enrich-by-article";
    public static final String TRENDING_STORE = "trending-entity-counts";
    public static final String TRENDING_REPARTITION = "trending-by-entity";
    public static final String ENRICH_STAGE = "enrich";

    private EnrichmentTopology() {
    }

    /** Settings the topology's shape depends on. */
    public record Settings(Duration trendingWindow, Duration trendingGrace, DedupSettings dedup) {
        public static Settings defaults() {
            return new Settings(Duration.ofHours(1), Duration.ofMinutes(10), DedupSettings.defaults());
        }

        public Settings withDedup(DedupSettings newDedup) {
            return new Settings(trendingWindow, trendingGrace, newDedup);
        }
    }

    public static Topology build(Settings settings, AvroSerdes serdes, ArticleEnricher enricher, Clock clock) {
        Serde<RawArticle> rawSerde = serdes.valueSerde(RawArticle.class);
        Serde<EnrichedArticle> enrichedSerde = serdes.valueSerde(EnrichedArticle.class);
        Serde<DuplicateNotice> noticeSerde = serdes.valueSerde(DuplicateNotice.class);
        Serde<EntityTag> entitySerde = serdes.valueSerde(EntityTag.class);
        Serde<TrendingEntityCount> trendingSerde = serdes.valueSerde(TrendingEntityCount.class);
        Counter enrichedCount = outcome("enriched");
        Counter duplicateCount = outcome("duplicate");
        Counter deadLetterCount = outcome("dead_letter");

        StreamsBuilder builder = new StreamsBuilder();
        DuplicateDetector.addStores(builder);

        KStream<String, Decoded<RawArticle>> decoded = builder
                .stream(List.of(Topics.RAW, Topics.REPROCESS),
                        Consumed.with(Serdes.String(), Serdes.ByteArray()).withName("raw-articles"))
                .mapValues(new RawArticleDecoder(Topics.RAW, rawSerde.deserializer()), Named.as("decode-raw-article"));

        KStream<String, DeadLetter> undecodable = decoded.filter((k, v) -> v.isFailed(), Named.as("undecodable"))
                .mapValues(Decoded::deadLetter);

        KStream<String, DedupResult> verdicts = decoded
                .filterNot((k, v) -> v.isFailed(), Named.as("decodable"))
                .mapValues(Decoded::value)
                .selectKey((k, article) -> article.getArticleId(), Named.as("key-by-article-id"))
                .repartition(Repartitioned.with(Serdes.String(), rawSerde).withName(DEDUP_REPARTITION)
                        .withNumberOfPartitions(1))
                .process(() -> new DuplicateDetector(settings.dedup()), Named.as("dedup"),
                        DuplicateDetector.INDEX_STORE, DuplicateDetector.CLOCK_STORE);

        verdicts.filter((k, v) -> v.isDuplicate(), Named.as("duplicates"))
                .mapValues(v -> duplicateNotice(v, clock))
                .peek((k, v) -> duplicateCount.increment())
                .to(Topics.DUPLICATES, Produced.with(Serdes.String(), noticeSerde));

        KStream<String, Decoded<EnrichedArticle>> enriched = verdicts
                .filterNot((k, v) -> v.isDuplicate(), Named.as("originals"))
                .repartition(Repartitioned.with(Serdes.String(), new DedupResultSerde()).withName(ENRICH_REPARTITION))
                .mapValues(v -> enrichSafely(enricher, v, rawSerde), Named.as("tag-entities-and-dates"));

        KStream<String, EnrichedArticle> articles = enriched.filterNot((k, v) -> v.isFailed()).mapValues(Decoded::value);
        articles.peek((k, v) -> enrichedCount.increment())
                .to(Topics.ENRICHED, Produced.with(Serdes.String(), enrichedSerde));

        undecodable.merge(enriched.filter((k, v) -> v.isFailed()).mapValues(Decoded::deadLetter))
                .peek((k, v) -> deadLetterCount.increment())
                .process(DeadLetterRouter::new, Named.as("dead-letter-router"))
                .to(Topics.DEAD_LETTER, Produced.with(Serdes.String(), Serdes.ByteArray()));

        // A re-issued article was counted when it first came; counting it again would inflate its window.
        articles.processValues(FirstIssueOnly::new, Named.as("skip-reprocessed"))
                .flatMap((id, article) -> distinctEntities(article), Named.as("entities-of-article"))
                .groupByKey(Grouped.with(TRENDING_REPARTITION, Serdes.String(), entitySerde))
                .windowedBy(TimeWindows.ofSizeAndGrace(settings.trendingWindow(), settings.trendingGrace()))
                .aggregate(() -> null,
                        (entityId, entity, count) -> TrendingEntityCount.newBuilder()
                                .setEntityId(entityId).setCanonical(entity.getCanonical()).setType(entity.getType())
                                .setWindowStart(Instant.EPOCH).setWindowEnd(Instant.EPOCH)
                                .setArticleCount(count == null ? 1 : count.getArticleCount() + 1).build(),
                        Materialized.<String, TrendingEntityCount, WindowStore<Bytes, byte[]>>as(TRENDING_STORE)
                                .withKeySerde(Serdes.String()).withValueSerde(trendingSerde))
                .toStream(Named.as("trending-updates"))
                .map((window, count) -> KeyValue.pair(window.key(), TrendingEntityCount.newBuilder(count)
                        .setWindowStart(window.window().startTime()).setWindowEnd(window.window().endTime()).build()))
                .to(Topics.TRENDING, Produced.with(Serdes.String(), trendingSerde));

        return builder.build();
    }

    private static Counter outcome(String outcome) {
        return Counter.builder("newsflow.articles.processed").tag("outcome", outcome)
                .description("Articles that reached a terminal state in the enrichment topology")
                .register(Metrics.globalRegistry);
    }

    private static List<KeyValue<String, EntityTag>> distinctEntities(EnrichedArticle article) {
        return article.getEntities().stream().map(e -> KeyValue.pair(e.getId(), e)).toList();
    }

    /** A tagger bug must not stop the stream: the article goes to the DLQ with its raw record, nothing is lost. */
    private static Decoded<EnrichedArticle> enrichSafely(ArticleEnricher enricher, DedupResult result,
                                                         Serde<RawArticle> rawSerde) {
        try {
            return Decoded.ok(enricher.enrich(result.article(), result.verdict()));
        } catch (RuntimeException e) {
            byte[] original = rawSerde.serializer().serialize(Topics.RAW, result.article());
            return Decoded.failed(new DeadLetter(result.article().getArticleId(), original, ENRICH_STAGE,
                    "tagging failed: " + e, e.getClass().getName()));
        }
    }

    private static DuplicateNotice duplicateNotice(DedupResult result, Clock clock) {
        RawArticle article = result.article();
        return DuplicateNotice.newBuilder()
                .setArticleId(article.getArticleId())
                .setDuplicateOf(result.verdict().getDuplicateOf())
                .setStatus(result.verdict().getStatus())
                .setSimilarity(result.verdict().getSimilarity())
                .setContentHash(result.verdict().getContentHash())
                .setTitle(article.getTitle())
                .setProvenance(article.getProvenance())
                .setDetectedAt(clock.instant())
                .build();
    }
}
