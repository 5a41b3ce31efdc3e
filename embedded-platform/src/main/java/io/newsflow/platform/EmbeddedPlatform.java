package io.newsflow.platform;

import io.newsflow.platform.broker.KafkaBroker;
import io.newsflow.platform.registry.ApicurioRegistry;
import io.newsflow.platform.topics.TopicProvisioner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded default: a KRaft broker and an Apicurio registry as child processes on 127.0.0.1, started in
 * parallel, with the pipeline's topics created. The streams app, Connect worker and dashboard run on top of it
 * (see the cli module), exactly as they would on an external cluster.
 */
public final class EmbeddedPlatform implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(EmbeddedPlatform.class);

    private final KafkaBroker broker;
    private final ApicurioRegistry registry;
    private final Path dataDir;

    private EmbeddedPlatform(KafkaBroker broker, ApicurioRegistry registry, Path dataDir) {
        this.broker = broker;
        this.registry = registry;
        this.dataDir = dataDir;
    }

    /**
     * @param kafkaPort    0 for any free port
     * @param registryPort 0 for any free port
     * @param dataDir      where logs, data and child-process logs go
     * @param persistent   keep the registry's schemas in dataDir (the broker always keeps its log there)
     */
    public static EmbeddedPlatform start(int kafkaPort, int registryPort, Path dataDir, boolean persistent, int partitions) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create data directory " + dataDir, e);
        }
        long started = System.nanoTime();
        CompletableFuture<ApicurioRegistry> registry = CompletableFuture.supplyAsync(() ->
                ApicurioRegistry.start(registryPort, dataDir.resolve("registry"), persistent, Duration.ofSeconds(120)));
        KafkaBroker broker;
        try {
            broker = KafkaBroker.start(kafkaPort, dataDir.resolve("kafka"), Duration.ofSeconds(90));
        } catch (RuntimeException e) {
            registry.thenAccept(ApicurioRegistry::close);
            throw e;
        }
        try {
            TopicProvisioner.ensureTopics(broker.bootstrapServers(), partitions, (short) 1);
            ApicurioRegistry readyRegistry = registry.join();
            log.info("Embedded platform ready in {} ms", (System.nanoTime() - started) / 1_000_000);
            return new EmbeddedPlatform(broker, readyRegistry, dataDir);
        } catch (RuntimeException e) {
            broker.close();
            registry.thenAccept(ApicurioRegistry::close);
            throw e instanceof CompletionException && e.getCause() instanceof RuntimeException re ? re : e;
        }
    }

    public String bootstrapServers() {
        return broker.bootstrapServers();
    }

    public String schemaRegistryUrl() {
        return registry.confluentUrl();
    }

    public Path dataDir() {
        return dataDir;
    }

    public long brokerPid() {
        return broker.pid();
    }

    public long registryPid() {
        return registry.pid();
    }

    @Override
    public void close() {
        registry.close();
        broker.close();
    }
}
