package io.newsflow.platform.testing;

import io.newsflow.platform.topics.TopicProvisioner;
import io.newsflow.registry.RestSchemaRegistryClient;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.Network;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * Kafka and Apicurio Registry in Docker containers via Testcontainers, for Docker hosts. The same integration tests
 * run against it with {@code -Dnewsflow.test.backend=containers}.
 */
final class ContainerTestPlatform implements TestPlatform {
    static final DockerImageName KAFKA_IMAGE = DockerImageName.parse("apache/kafka:4.1.0");
    static final DockerImageName REGISTRY_IMAGE = DockerImageName.parse("apicurio/apicurio-registry:3.0.9");

    private final Network network = Network.newNetwork();
    private final KafkaContainer kafka;
    private final GenericContainer<?> registry;

    ContainerTestPlatform() {
        kafka = new KafkaContainer(KAFKA_IMAGE).withNetwork(network);
        registry = new GenericContainer<>(REGISTRY_IMAGE).withNetwork(network).withExposedPorts(8080)
                .waitingFor(Wait.forHttp("/health/ready").forStatusCode(200));
        kafka.start();
        registry.start();
        TopicProvisioner.ensureTopics(kafka.getBootstrapServers(), 3, (short) 1);
        new RestSchemaRegistryClient(schemaRegistryUrl()).setCompatibility(null, "BACKWARD");
    }

    static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (Throwable t) {
            return false;
        }
    }

    @Override
    public String bootstrapServers() {
        return kafka.getBootstrapServers();
    }

    @Override
    public String schemaRegistryUrl() {
        return "http://" + registry.getHost() + ":" + registry.getMappedPort(8080) + "/apis/ccompat/v7";
    }

    @Override
    public String name() {
        return "containers";
    }

    @Override
    public void close() {
        registry.stop();
        kafka.stop();
        network.close();
    }
}
