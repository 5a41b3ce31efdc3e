package io.newsflow.enrich.topology;

import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.newsflow.enrich.dates.DateTagger;
import io.newsflow.enrich.entities.EntityTagger;
import io.newsflow.enrich.tagging.ArticleEnricher;
import io.newsflow.registry.RegistryClientConfig;
import io.newsflow.registry.RestSchemaRegistryClient;
import io.newsflow.serde.AvroSerdes;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs the enrichment topology as a Kafka Streams application with exactly_once_v2. */
public final class EnrichmentApp implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(EnrichmentApp.class);
    public static final String DEFAULT_APPLICATION_ID = "newsflow-enrichment";

    private final KafkaStreams streams;
    private final KafkaStreamsMetrics metrics;

    private EnrichmentApp(KafkaStreams streams) {
        this.streams = streams;
        this.metrics = new KafkaStreamsMetrics(streams);
        metrics.bindTo(Metrics.globalRegistry);
    }

    /**
     * Streams and client configs: the given overrides (from a properties file or the environment) win over
     * these defaults, and Confluent-style registry keys ({@code schema.registry.url}, {@code basic.auth.*}) are
     * read from the same map.
     */
    public static Properties config(String bootstrapServers, Path stateDir, Map<String, ?> overrides) {
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, DEFAULT_APPLICATION_ID);
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        props.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 100);
        props.put(StreamsConfig.producerPrefix(ProducerConfig.MAX_REQUEST_SIZE_CONFIG), 16 * 1024 * 1024);
        props.put(StreamsConfig.consumerPrefix(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG), "earliest");
        props.putAll(overrides);
        return props;
    }

    public static EnrichmentApp start(Properties config, EntityTagger entityTagger, Duration startTimeout) {
        Map<String, Object> registryConfig = new HashMap<>();
        config.forEach((k, v) -> registryConfig.put(String.valueOf(k), v));
        AvroSerdes serdes = new AvroSerdes(new RestSchemaRegistryClient(RegistryClientConfig.from(registryConfig)));
        Clock clock = Clock.systemUTC();
        Topology topology = EnrichmentTopology.build(EnrichmentTopology.Settings.defaults(), serdes,
                new ArticleEnricher(entityTagger, new DateTagger(), clock), clock);
        log.debug("Enrichment topology:\n{}", topology.describe());
        KafkaStreams streams = new KafkaStreams(topology, config);
        CountDownLatch running = new CountDownLatch(1);
        streams.setStateListener((now, before) -> {
            log.info("Enrichment streams {} -> {}", before, now);
            if (now == KafkaStreams.State.RUNNING) {
                running.countDown();
            }
        });
        streams.setUncaughtExceptionHandler(e -> {
            log.error("Enrichment stream thread failed; replacing it", e);
            return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.REPLACE_THREAD;
        });
        Instant started = Instant.now();
        streams.start();
        EnrichmentApp app = new EnrichmentApp(streams);
        try {
            if (!running.await(startTimeout.toMillis(), TimeUnit.MILLISECONDS)) {
                log.warn("Enrichment streams not RUNNING after {} s (state {}); continuing to wait in the background",
                        startTimeout.toSeconds(), streams.state());
            } else {
                log.info("Enrichment streams running after {} ms", Duration.between(started, Instant.now()).toMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return app;
    }

    public KafkaStreams.State state() {
        return streams.state();
    }

    @Override
    public void close() {
        // Leave the group on a clean stop, so a restarted instance gets its partitions at once instead of waiting
        // out the old member's session timeout (45 s).
        streams.close(CloseOptions.groupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP)
                .withTimeout(Duration.ofSeconds(30)));
        metrics.close();
    }
}
