package io.newsflow.platform.connect;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.connect.cli.ConnectStandalone;
import org.apache.kafka.connect.runtime.Connect;
import org.apache.kafka.connect.runtime.standalone.StandaloneHerder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A standalone Kafka Connect worker in this JVM, with its REST API on 127.0.0.1. It is the same worker
 * {@code connect-standalone.sh} runs, so a connector that works here works in any Connect cluster.
 */
public final class ConnectWorker implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ConnectWorker.class);

    private final Connect<StandaloneHerder> connect;
    private final String restHost;
    private final int restPort;

    private ConnectWorker(Connect<StandaloneHerder> connect, String restHost, int restPort) {
        this.connect = connect;
        this.restHost = restHost;
        this.restPort = restPort;
    }

    public static ConnectWorker start(String bootstrapServers, int restPort, Path dataDir) {
        return start(bootstrapServers, "127.0.0.1", restPort, dataDir);
    }

    /** @param restHost interface the REST API binds to: 127.0.0.1 embedded, 0.0.0.0 in a container */
    public static ConnectWorker start(String bootstrapServers, String restHost, int restPort, Path dataDir) {
        Map<String, String> worker = new HashMap<>();
        worker.put("bootstrap.servers", bootstrapServers);
        worker.put("listeners", "http://" + restHost + ":" + restPort);
        worker.put("offset.storage.file.filename", dataDir.resolve("connect.offsets").toString());
        worker.put("offset.flush.interval.ms", "1000");
        worker.put("key.converter", "org.apache.kafka.connect.storage.StringConverter");
        worker.put("value.converter", "org.apache.kafka.connect.converters.ByteArrayConverter");
        // Plugins on the classpath announce themselves through ServiceLoader; scanning the whole classpath for
        // them would add seconds to every start.
        worker.put("plugin.discovery", "service_load");
        // Sinks see only what the exactly-once streams app committed.
        worker.put("consumer.isolation.level", "read_committed");
        Connect<StandaloneHerder> connect = new ConnectStandalone().startConnect(worker);
        log.info("Kafka Connect worker ready, REST API at http://{}:{}", restHost, restPort);
        return new ConnectWorker(connect, restHost, restPort);
    }

    /** Creates or updates a connector and waits until the herder accepted it. */
    public void putConnector(String name, Map<String, String> config, Duration timeout) {
        CompletableFuture<Object> done = new CompletableFuture<>();
        Map<String, String> named = new HashMap<>(config);
        named.put("name", name);
        connect.herder().putConnectorConfig(name, named, true, (error, created) -> {
            if (error != null) {
                done.completeExceptionally(error);
            } else {
                done.complete(created);
            }
        });
        try {
            done.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            log.info("Connector {} running ({})", name, config.get("connector.class"));
        } catch (Exception e) {
            throw new IllegalStateException("Connect worker refused connector " + name + ": "
                    + (e.getCause() != null ? e.getCause().getMessage() : e.getMessage()), e);
        }
    }

    public String connectorState(String name) {
        return connect.herder().connectorStatus(name).connector().state();
    }

    public String restUrl() {
        return "http://" + restHost + ":" + restPort;
    }

    @Override
    public void close() {
        connect.stop();
        connect.awaitStop();
    }
}
