package io.newsflow.sink;

import io.newsflow.topics.PipelineVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.connect.connector.Task;
import org.apache.kafka.connect.sink.SinkConnector;

/**
 * Kafka Connect sink: reads news.articles.enriched and news.entities.trending (Confluent Avro, read with the
 * ByteArrayConverter and decoded here) and writes flat JSON cards to the compacted live topics dashboards follow.
 * Runs in any Connect worker.
 */
public final class LiveArticleSinkConnector extends SinkConnector {
    private Map<String, String> config;

    @Override
    public void start(Map<String, String> props) {
        new LiveSinkConfig(props); // fail fast on bad config
        this.config = Map.copyOf(props);
    }

    @Override
    public Class<? extends Task> taskClass() {
        return LiveArticleSinkTask.class;
    }

    @Override
    public List<Map<String, String>> taskConfigs(int maxTasks) {
        List<Map<String, String>> configs = new ArrayList<>();
        for (int i = 0; i < maxTasks; i++) {
            configs.add(config);
        }
        return configs;
    }

    @Override
    public void stop() {
    }

    @Override
    public ConfigDef config() {
        return LiveSinkConfig.CONFIG_DEF;
    }

    @Override
    public String version() {
        return PipelineVersion.current();
    }
}
