package io.newsflow.platform.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Proves the container backend brings up the same platform as the embedded one (topics created, registry answering).
 * Runs only on a Docker host; skipped here.
 */
class ContainerBackendIT {
    @Test
    void containerBackendProvidesBrokerAndRegistry() throws Exception {
        Assumptions.assumeTrue(ContainerTestPlatform.dockerAvailable(), "no Docker engine: container backend skipped");
        try (TestPlatform platform = new ContainerTestPlatform();
             Admin admin = Admin.create(Map.of("bootstrap.servers", platform.bootstrapServers()))) {
            assertThat(admin.listTopics().names().get(30, TimeUnit.SECONDS)).contains("news.articles.raw");
            assertThat(platform.schemaRegistryUrl()).endsWith("/apis/ccompat/v7");
        }
    }
}
