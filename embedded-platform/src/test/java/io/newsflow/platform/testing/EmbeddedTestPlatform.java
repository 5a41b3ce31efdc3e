package io.newsflow.platform.testing;

import io.newsflow.platform.EmbeddedPlatform;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

/** The product's own embedded platform (KRaft broker + Apicurio Registry child processes) on free ports. */
final class EmbeddedTestPlatform implements TestPlatform {
    private final EmbeddedPlatform platform;

    EmbeddedTestPlatform() {
        try {
            platform = EmbeddedPlatform.start(0, 0, Files.createTempDirectory("newsflow-it"), false, 3);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String bootstrapServers() {
        return platform.bootstrapServers();
    }

    @Override
    public String schemaRegistryUrl() {
        return platform.schemaRegistryUrl();
    }

    @Override
    public String name() {
        return "embedded";
    }

    @Override
    public void close() {
        platform.close();
    }
}
