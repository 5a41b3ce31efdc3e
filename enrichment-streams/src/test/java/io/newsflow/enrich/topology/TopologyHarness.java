package io.newsflow.enrich.topology;

import io.newsflow.enrich.dates.DateTagger;
import io.newsflow.enrich.entities.EntityTagger;
import io.newsflow.enrich.tagging.ArticleEnricher;
import io.newsflow.registry.InMemorySchemaRegistry;
import io.newsflow.schema.DuplicateNotice;
import io.newsflow.schema.EnrichedArticle;
import io.newsflow.schema.TrendingEntityCount;
import io.newsflow.serde.AvroSerdes;
import io.newsflow.topics.Topics;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;

/**
 * The production topology under TopologyTestDriver with an in-memory registry, a fixed clock and its own state
 * directory (the default /tmp/kafka-streams is shared by every build on the machine, and RocksDB locks it).
 */
public final class TopologyHarness implements AutoCloseable {
    public final AvroSerdes serdes = new AvroSerdes(new InMemorySchemaRegistry());
    public final TopologyTestDriver driver;
    public final TestInputTopic<String, byte[]> raw;
    public final TestInputTopic<String, byte[]> reprocess;
    public final TestOutputTopic<String, EnrichedArticle> enriched;
    public final TestOutputTopic<String, DuplicateNotice> duplicates;
    public final TestOutputTopic<String, byte[]> deadLetters;
    public final TestOutputTopic<String, TrendingEntityCount> trending;

    public TopologyHarness(String applicationId, Instant now, Path stateDir) {
        Clock clock = Clock.fixed(now, ZoneOffset.UTC);
        var topology = EnrichmentTopology.build(EnrichmentTopology.Settings.defaults(), serdes,
                new ArticleEnricher(EntityTagger.withBundledGazetteer(), new DateTagger(), clock), clock);
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        driver = new TopologyTestDriver(topology, props);
        raw = driver.createInputTopic(Topics.RAW, Serdes.String().serializer(), Serdes.ByteArray().serializer());
        reprocess = driver.createInputTopic(Topics.REPROCESS, Serdes.String().serializer(), Serdes.ByteArray().serializer());
        enriched = driver.createOutputTopic(Topics.ENRICHED, Serdes.String().deserializer(),
                serdes.valueSerde(EnrichedArticle.class).deserializer());
        duplicates = driver.createOutputTopic(Topics.DUPLICATES, Serdes.String().deserializer(),
                serdes.valueSerde(DuplicateNotice.class).deserializer());
        deadLetters = driver.createOutputTopic(Topics.DEAD_LETTER, Serdes.String().deserializer(),
                Serdes.ByteArray().deserializer());
        trending = driver.createOutputTopic(Topics.TRENDING, Serdes.String().deserializer(),
                serdes.valueSerde(TrendingEntityCount.class).deserializer());
    }

    @Override
    public void close() {
        driver.close();
    }
}
