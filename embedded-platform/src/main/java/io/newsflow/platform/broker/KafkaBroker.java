package io.newsflow.platform.broker;

import io.newsflow.platform.process.ChildProcess;
import io.newsflow.platform.process.Ports;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A single-node KRaft broker (combined broker + controller) in a child JVM on 127.0.0.1. Single node means
 * replication factor 1 and transaction logs with min.isr 1, which exactly-once processing accepts.
 */
public final class KafkaBroker implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(KafkaBroker.class);

    private final ChildProcess process;
    private final int port;

    private KafkaBroker(ChildProcess process, int port) {
        this.process = process;
        this.port = port;
    }

    /**
     * Starts a broker on the port (0 = any free one) with data under dataDir, and waits until it answers.
     * Reusing a dataDir keeps topics and offsets across restarts (the demo's persistent mode).
     */
    public static KafkaBroker start(int requestedPort, Path dataDir, Duration timeout) {
        int port = Ports.resolve(requestedPort);
        Ports.requireFree(port, "Kafka");
        int controllerPort = Ports.free();
        try {
            Path logDirs = dataDir.resolve("kraft-logs");
            Files.createDirectories(logDirs);
            Path config = dataDir.resolve("server.properties");
            Properties props = serverProperties(port, controllerPort, logDirs);
            try (Writer out = Files.newBufferedWriter(config)) {
                props.store(out, "written by newsflow for the embedded broker");
            }
            Path clusterIdFile = dataDir.resolve("cluster.id");
            if (!Files.exists(clusterIdFile)) {
                Files.writeString(clusterIdFile, org.apache.kafka.common.Uuid.randomUuid().toString());
            }
            String clusterId = Files.readString(clusterIdFile).trim();
            List<String> command = ChildProcess.javaCommand(
                    List.of("-Xms128m", "-Xmx512m", "-XX:+UseSerialGC", "-Djava.awt.headless=true",
                            "-Dlogback.configurationFile=" + writeLogConfig(dataDir),
                            "-cp", System.getProperty("java.class.path")),
                    List.of(BrokerMain.class.getName(), config.toString(), clusterId));
            ChildProcess child = ChildProcess.start("kafka-broker", command, dataDir);
            KafkaBroker broker = new KafkaBroker(child, port);
            broker.awaitReady(timeout);
            return broker;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not prepare the broker's data directory " + dataDir, e);
        }
    }

    static Properties serverProperties(int port, int controllerPort, Path logDirs) {
        Properties p = new Properties();
        p.putAll(Map.ofEntries(
                Map.entry("process.roles", "broker,controller"),
                Map.entry("node.id", "1"),
                Map.entry("controller.quorum.voters", "1@127.0.0.1:" + controllerPort),
                Map.entry("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort),
                Map.entry("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port),
                Map.entry("controller.listener.names", "CONTROLLER"),
                Map.entry("inter.broker.listener.name", "PLAINTEXT"),
                Map.entry("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT"),
                Map.entry("log.dirs", logDirs.toString()),
                Map.entry("num.partitions", "3"),
                Map.entry("auto.create.topics.enable", "false"),
                Map.entry("offsets.topic.replication.factor", "1"),
                Map.entry("offsets.topic.num.partitions", "3"),
                Map.entry("transaction.state.log.replication.factor", "1"),
                Map.entry("transaction.state.log.min.isr", "1"),
                Map.entry("transaction.state.log.num.partitions", "3"),
                Map.entry("share.coordinator.state.topic.replication.factor", "1"),
                Map.entry("share.coordinator.state.topic.min.isr", "1"),
                Map.entry("group.initial.rebalance.delay.ms", "0"),
                Map.entry("log.segment.bytes", String.valueOf(64 * 1024 * 1024))));
        return p;
    }

    /** The broker child logs through SLF4J/Logback like the rest of newsflow: warnings, plus start and stop. */
    private static String writeLogConfig(Path dataDir) throws IOException {
        Path file = dataDir.resolve("logback-broker.xml");
        Files.writeString(file, """
                <configuration>
                  <appender name="out" class="ch.qos.logback.core.ConsoleAppender">
                    <encoder><pattern>%d{ISO8601} %-5level [%logger{0}] %msg%n</pattern></encoder>
                  </appender>
                  <logger name="kafka.server.KafkaRaftServer" level="INFO"/>
                  <logger name="kafka.server.BrokerServer" level="INFO"/>
                  <root level="WARN"><appender-ref ref="out"/></root>
                </configuration>
                """);
        return file.toString();
    }

    private void awaitReady(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        Map<String, Object> config = Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000, AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000);
        try (Admin admin = Admin.create(config)) {
            while (true) {
                process.ensureAlive();
                try {
                    admin.describeCluster().nodes().get(3, TimeUnit.SECONDS);
                    log.info("Kafka broker ready at {}", bootstrapServers());
                    return;
                } catch (Exception e) {
                    if (Instant.now().isAfter(deadline)) {
                        process.close();
                        throw new IllegalStateException("Kafka broker at " + bootstrapServers() + " not ready after "
                                + timeout.toSeconds() + " s; last lines of " + process.logFile() + ":\n"
                                + process.logTail(30), e);
                    }
                    sleep(200);
                }
            }
        }
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public long pid() {
        return process.pid();
    }

    @Override
    public void close() {
        process.stop(Duration.ofSeconds(30));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the broker", e);
        }
    }
}
