package io.newsflow.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import picocli.CommandLine.Option;

/**
 * Where the cluster is. Each value comes from the flag, else the environment (NEWSFLOW_BOOTSTRAP_SERVERS,
 * NEWSFLOW_SCHEMA_REGISTRY_URL, NEWSFLOW_CONFIG), else the properties file; the file also carries any Kafka client,
 * Streams or Confluent registry setting (security.protocol, sasl.*, basic.auth.*, ...) and passes it through.
 */
public final class ClusterOptions {
    @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT",
            defaultValue = "${env:NEWSFLOW_BOOTSTRAP_SERVERS}",
            description = "Kafka bootstrap servers (env NEWSFLOW_BOOTSTRAP_SERVERS).")
    String bootstrapServers;

    @Option(names = "--schema-registry-url", paramLabel = "URL",
            defaultValue = "${env:NEWSFLOW_SCHEMA_REGISTRY_URL}",
            description = "Confluent-compatible schema registry base URL (env NEWSFLOW_SCHEMA_REGISTRY_URL).")
    String schemaRegistryUrl;

    @Option(names = "--config", paramLabel = "FILE", defaultValue = "${env:NEWSFLOW_CONFIG}",
            description = "Properties file with Kafka client / Streams / registry settings (env NEWSFLOW_CONFIG).")
    Path configFile;

    /** True when the user pointed at a cluster (flag, environment or file); false means: start the embedded one. */
    public boolean external() {
        return bootstrapServers() != null;
    }

    public String bootstrapServers() {
        return bootstrapServers != null ? bootstrapServers : fileProperties().getProperty("bootstrap.servers");
    }

    public String schemaRegistryUrl() {
        return schemaRegistryUrl != null ? schemaRegistryUrl : fileProperties().getProperty("schema.registry.url");
    }

    /** The --config file's settings alone (e.g. Streams tuning for the embedded platform). */
    public Map<String, Object> fileConfigs() {
        Map<String, Object> configs = new HashMap<>();
        fileProperties().forEach((k, v) -> configs.put(String.valueOf(k), v));
        return configs;
    }

    /** Client configs: the file's settings, then the flags, for the given cluster. */
    public Map<String, Object> clientConfigs(String bootstrap, String registryUrl) {
        Map<String, Object> configs = fileConfigs();
        configs.put("bootstrap.servers", bootstrap);
        configs.put("schema.registry.url", registryUrl);
        return configs;
    }

    public void requireExternal(String command) {
        if (bootstrapServers() == null || schemaRegistryUrl() == null) {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                    command + " needs a cluster: give --bootstrap-servers and --schema-registry-url (or set "
                            + "NEWSFLOW_BOOTSTRAP_SERVERS / NEWSFLOW_SCHEMA_REGISTRY_URL, or --config FILE)");
        }
    }

    private Properties fileProperties() {
        Properties props = new Properties();
        if (configFile != null) {
            try (InputStream in = Files.newInputStream(configFile)) {
                props.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException("Could not read config file " + configFile, e);
            }
        }
        return props;
    }
}
