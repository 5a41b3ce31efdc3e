package io.newsflow.ingest.publish;

import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerConfig;

/**
 * The settings every newsflow writer of articles starts from: idempotent with {@code acks=all} (a retried send
 * never duplicates or loses a record), lz4, and requests large enough for a page at the ingest size cap.
 */
public final class ReliableProducerConfig {
    private ReliableProducerConfig() {
    }

    /** The defaults; the caller layers the user's client configs over them. */
    public static Map<String, Object> defaults(int lingerMs) {
        Map<String, Object> config = new HashMap<>();
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.LINGER_MS_CONFIG, lingerMs);
        config.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        config.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 16 * 1024 * 1024);
        return config;
    }
}
