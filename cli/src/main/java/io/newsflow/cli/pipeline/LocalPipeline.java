package io.newsflow.cli.pipeline;

import io.newsflow.enrich.entities.EntityTagger;
import io.newsflow.enrich.topology.EnrichmentApp;
import io.newsflow.platform.EmbeddedPlatform;
import io.newsflow.platform.connect.ConnectWorker;
import io.newsflow.platform.topics.TopicProvisioner;
import io.newsflow.sink.LiveArticleSinkConnector;
import io.newsflow.sink.LiveSinkConfig;
import io.newsflow.topics.Topics;
import io.newsflow.cli.http.DashboardServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The pipeline's long-running parts on one cluster (embedded or external): the enrichment streams app, optionally a
 * Connect worker running the live sink, and the dashboard/metrics HTTP server. Closes what it started in reverse order.
 */
public final class LocalPipeline implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(LocalPipeline.class);
    public static final String SINK_CONNECTOR_NAME = "newsflow-live-sink";

    private final Deque<AutoCloseable> started = new ArrayDeque<>();
    private final String bootstrapServers;
    private final String schemaRegistryUrl;
    private final Map<String, Object> clientConfigs;
    private EmbeddedPlatform platform;
    private DashboardServer dashboard;
    private ConnectWorker connect;

    private LocalPipeline(String bootstrapServers, String schemaRegistryUrl, Map<String, Object> clientConfigs) {
        this.bootstrapServers = bootstrapServers;
        this.schemaRegistryUrl = schemaRegistryUrl;
        this.clientConfigs = clientConfigs;
    }

    public static LocalPipeline onEmbedded(EmbeddedPlatform platform, Map<String, Object> extraConfigs) {
        Map<String, Object> configs = new java.util.HashMap<>(extraConfigs);
        configs.put("bootstrap.servers", platform.bootstrapServers());
        configs.put("schema.registry.url", platform.schemaRegistryUrl());
        LocalPipeline pipeline = new LocalPipeline(platform.bootstrapServers(), platform.schemaRegistryUrl(), configs);
        pipeline.platform = platform;
        pipeline.started.push(platform);
        return pipeline;
    }

    public static LocalPipeline onCluster(Map<String, Object> clientConfigs, int partitions, short replication) {
        TopicProvisioner.ensureTopics(clientConfigs, partitions, replication);
        return new LocalPipeline(String.valueOf(clientConfigs.get("bootstrap.servers")),
                String.valueOf(clientConfigs.get("schema.registry.url")), clientConfigs);
    }

    public LocalPipeline withStreams(Path stateDir, Path gazetteer) {
        EntityTagger tagger = EntityTagger.withBundledGazetteer(gazetteer);
        started.push(EnrichmentApp.start(EnrichmentApp.config(bootstrapServers, stateDir, clientConfigs), tagger,
                Duration.ofSeconds(60)));
        return this;
    }

    public LocalPipeline withConnect(int restPort, Path dataDir) {
        return withConnect("127.0.0.1", restPort, dataDir);
    }

    public LocalPipeline withConnect(String restHost, int restPort, Path dataDir) {
        connect = ConnectWorker.start(bootstrapServers, restHost, restPort, dataDir);
        started.push(connect);
        connect.putConnector(SINK_CONNECTOR_NAME, Map.of(
                "connector.class", LiveArticleSinkConnector.class.getName(),
                "tasks.max", "1",
                "topics", Topics.ENRICHED + "," + Topics.TRENDING,
                LiveSinkConfig.BOOTSTRAP_SERVERS, bootstrapServers,
                LiveSinkConfig.SCHEMA_REGISTRY_URL, schemaRegistryUrl), Duration.ofSeconds(30));
        return this;
    }

    public LocalPipeline withDashboard(int port) {
        try {
            dashboard = new DashboardServer(port, clientConfigs, Metrics.prometheus());
            started.push(dashboard);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the dashboard on 127.0.0.1:" + port
                    + " (port in use? choose another with --http-port)", e);
        }
    }

    public Map<String, Object> clientConfigs() {
        return clientConfigs;
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    public String schemaRegistryUrl() {
        return schemaRegistryUrl;
    }

    public DashboardServer dashboard() {
        return dashboard;
    }

    public ConnectWorker connect() {
        return connect;
    }

    public EmbeddedPlatform platform() {
        return platform;
    }

    @Override
    public void close() {
        while (!started.isEmpty()) {
            AutoCloseable part = started.pop();
            try {
                part.close();
            } catch (Exception e) {
                log.warn("Error while stopping {}: {}", part.getClass().getSimpleName(), e.toString());
            }
        }
    }
}
