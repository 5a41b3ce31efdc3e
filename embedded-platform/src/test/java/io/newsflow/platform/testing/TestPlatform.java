package io.newsflow.platform.testing;

/**
 * What an integration test needs from a Kafka platform: a real broker and a real Confluent-compatible registry.
 * Backends: {@link EmbeddedTestPlatform} (child processes, runs anywhere, the default) and
 * {@link ContainerTestPlatform} (Testcontainers, needs a Docker engine). Choose with
 * {@code -Dnewsflow.test.backend=embedded|containers}.
 */
public interface TestPlatform extends AutoCloseable {
    String bootstrapServers();

    /** The Confluent-API base URL, as clients take it in schema.registry.url. */
    String schemaRegistryUrl();

    String name();

    @Override
    void close();
}
