package io.newsflow.topics;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;

/**
 * Reading whole topics without a consumer group, the way run, export, replay and the dashboard follow them: every
 * partition assigned, from the beginning, committed records only, no offsets committed.
 */
public final class TopicReader {
    private TopicReader() {
    }

    public static Map<String, Object> config(Map<String, Object> clientConfigs) {
        Map<String, Object> config = new HashMap<>(clientConfigs);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        return config;
    }

    public static List<TopicPartition> assignFromBeginning(Consumer<?, ?> consumer, Collection<String> topics) {
        List<TopicPartition> partitions = topics.stream()
                .flatMap(t -> consumer.partitionsFor(t, Duration.ofSeconds(30)).stream()
                        .map(p -> new TopicPartition(p.topic(), p.partition())))
                .toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        return partitions;
    }

    /** Hands every record up to the partitions' current end to the sink, then returns. */
    public static <K, V> void readToEnd(Consumer<K, V> consumer, List<TopicPartition> partitions,
                                        java.util.function.Consumer<ConsumerRecord<K, V>> sink) {
        Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
        while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
            consumer.poll(Duration.ofMillis(200)).forEach(sink);
        }
    }
}
