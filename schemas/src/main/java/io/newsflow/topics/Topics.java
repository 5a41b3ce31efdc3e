package io.newsflow.topics;

import java.util.List;
import java.util.Map;

/**
 * The one place for topic names and their configs. Names are a contract: downstream services subscribe to them.
 */
public final class Topics {
    private Topics() {
    }

    /** RawArticle records from ingest-producer; infinite retention because it is the replay log. */
    public static final String RAW = "news.articles.raw";
    /**
     * RawArticle records to process again (reprocessing after a tagger upgrade, or a time-range replay), each marked
     * with {@link ReprocessHeaders#REQUEST}: the streams app re-emits the verdict and tags of an article it has
     * already seen instead of dropping it as a replay. Kept a week; the history itself stays in {@link #RAW}.
     */
    public static final String REPROCESS = "news.articles.reprocess";
    /** EnrichedArticle records, key = articleId, Avro in the Confluent wire format. */
    public static final String ENRICHED = "news.articles.enriched";
    /** DuplicateNotice records, key = the duplicate's articleId. */
    public static final String DUPLICATES = "news.articles.duplicates";
    /** Original bytes plus {@link DeadLetterHeaders} saying what failed and why. */
    public static final String DEAD_LETTER = "news.articles.dlq";
    /** TrendingEntityCount records, key = entity id, one per tumbling window. */
    public static final String TRENDING = "news.entities.trending";
    /** Flat JSON article cards for dashboards, compacted, key = articleId. */
    public static final String LIVE_ARTICLES = "news.live.articles";
    /** Flat JSON entity counts for dashboards, compacted, key = entity id. */
    public static final String LIVE_ENTITIES = "news.live.entities";

    /** The Confluent TopicNameStrategy subject for a topic's values. */
    public static String valueSubject(String topic) {
        return topic + "-value";
    }

    /** Every topic the pipeline owns, with the configs it is created with. */
    public static List<TopicSpec> all(int partitions, short replicationFactor) {
        Map<String, String> forever = Map.of("retention.ms", "-1", "retention.bytes", "-1");
        Map<String, String> week = Map.of("retention.ms", String.valueOf(7L * 24 * 3600 * 1000));
        Map<String, String> month = Map.of("retention.ms", String.valueOf(30L * 24 * 3600 * 1000));
        Map<String, String> compacted = Map.of("cleanup.policy", "compact", "min.compaction.lag.ms", "60000");
        return List.of(
                new TopicSpec(RAW, partitions, replicationFactor, forever),
                new TopicSpec(REPROCESS, partitions, replicationFactor, week),
                new TopicSpec(ENRICHED, partitions, replicationFactor, forever),
                new TopicSpec(DUPLICATES, partitions, replicationFactor, forever),
                new TopicSpec(DEAD_LETTER, partitions, replicationFactor, month),
                new TopicSpec(TRENDING, partitions, replicationFactor, week),
                new TopicSpec(LIVE_ARTICLES, partitions, replicationFactor, compacted),
                new TopicSpec(LIVE_ENTITIES, partitions, replicationFactor, compacted));
    }

    /** A topic to create: name, partition count, replication factor and topic-level configs. */
    public record TopicSpec(String name, int partitions, short replicationFactor, Map<String, String> configs) {
    }
}
