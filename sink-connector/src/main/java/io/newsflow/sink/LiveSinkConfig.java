package io.newsflow.sink;

import io.newsflow.topics.Topics;
import java.util.Map;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;

/** Connector settings, validated by Connect before the connector starts (bad values are refused with a reason). */
public final class LiveSinkConfig extends AbstractConfig {
    public static final String BOOTSTRAP_SERVERS = "live.bootstrap.servers";
    public static final String SCHEMA_REGISTRY_URL = "schema.registry.url";
    public static final String LIVE_ARTICLES_TOPIC = "live.articles.topic";
    public static final String LIVE_ENTITIES_TOPIC = "live.entities.topic";
    public static final String SUMMARY_CHARS = "live.summary.chars";

    public static final ConfigDef CONFIG_DEF = new ConfigDef()
            .define(BOOTSTRAP_SERVERS, Type.STRING, ConfigDef.NO_DEFAULT_VALUE, new ConfigDef.NonEmptyString(),
                    Importance.HIGH, "Kafka cluster the live topics are on (host:port,...)")
            .define(SCHEMA_REGISTRY_URL, Type.STRING, ConfigDef.NO_DEFAULT_VALUE, new ConfigDef.NonEmptyString(),
                    Importance.HIGH, "Confluent-compatible schema registry base URL for decoding the Avro input")
            .define(LIVE_ARTICLES_TOPIC, Type.STRING, Topics.LIVE_ARTICLES, new ConfigDef.NonEmptyString(),
                    Importance.MEDIUM, "Compacted topic for flat JSON article cards, key = articleId")
            .define(LIVE_ENTITIES_TOPIC, Type.STRING, Topics.LIVE_ENTITIES, new ConfigDef.NonEmptyString(),
                    Importance.MEDIUM, "Compacted topic for flat JSON trending-entity counts, key = entity id")
            .define(SUMMARY_CHARS, Type.INT, 280, ConfigDef.Range.between(0, 10_000),
                    Importance.LOW, "Characters of the body kept as the card's summary");

    public LiveSinkConfig(Map<?, ?> originals) {
        super(CONFIG_DEF, originals);
    }
}
