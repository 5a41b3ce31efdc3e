package io.newsflow.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.topics.TopicReader;
import io.newsflow.platform.process.ChildProcess;
import io.newsflow.platform.process.Ports;
import io.newsflow.platform.testing.PlatformExtension;
import io.newsflow.platform.testing.TestPlatform;
import io.newsflow.registry.RegistryClientConfig;
import io.newsflow.registry.RestSchemaRegistryClient;
import io.newsflow.schema.DedupStatus;
import io.newsflow.schema.DedupVerdict;
import io.newsflow.schema.EnrichedArticle;
import io.newsflow.schema.EntityTag;
import io.newsflow.schema.EntityType;
import io.newsflow.schema.Provenance;
import io.newsflow.serde.ConfluentAvroSerializer;
import io.newsflow.sink.LiveArticleSinkConnector;
import io.newsflow.sink.LiveSinkConfig;
import java.io.File;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sink as a packaged Connect plugin (sink-connector's assembly) in a Connect worker of its own: a separate JVM
 * running Kafka's {@code ConnectStandalone}, with none of newsflow's classes on its classpath, so the connector can
 * only come from the plugin directory through Connect's plugin isolation, as it would in any Connect cluster.
 */
@ExtendWith(PlatformExtension.class)
class ConnectPluginIT {
    private static final Path REPO = Path.of("..").toAbsolutePath().normalize();

    @Test
    void pluginDirectoryRunsInAStandaloneWorkerAndWritesCards(TestPlatform platform, @TempDir Path work) throws Exception {
        Path plugin = pluginDirectory();
        String source = "plugin-it.enriched";
        String cards = "plugin-it.live.articles";
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", platform.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(source, 1, (short) 1), new NewTopic(cards, 1, (short) 1),
                    new NewTopic("plugin-it.live.entities", 1, (short) 1))).all().get();
        }
        int restPort = Ports.free();
        Path workerProps = work.resolve("worker.properties");
        Files.writeString(workerProps, String.join("\n",
                "bootstrap.servers=" + platform.bootstrapServers(),
                "listeners=http://127.0.0.1:" + restPort,
                "offset.storage.file.filename=" + work.resolve("offsets"),
                "key.converter=org.apache.kafka.connect.storage.StringConverter",
                "value.converter=org.apache.kafka.connect.converters.ByteArrayConverter",
                "plugin.path=" + plugin.getParent(),
                "consumer.isolation.level=read_committed", ""));
        Path connectorProps = work.resolve("connector.properties");
        Files.writeString(connectorProps, String.join("\n",
                "name=live-sink-plugin-it",
                "connector.class=" + LiveArticleSinkConnector.class.getName(),
                "tasks.max=1",
                "topics=" + source,
                LiveSinkConfig.BOOTSTRAP_SERVERS + "=" + platform.bootstrapServers(),
                LiveSinkConfig.SCHEMA_REGISTRY_URL + "=" + platform.schemaRegistryUrl(),
                LiveSinkConfig.LIVE_ARTICLES_TOPIC + "=" + cards,
                LiveSinkConfig.LIVE_ENTITIES_TOPIC + "=plugin-it.live.entities", ""));

        List<String> classpath = workerClasspath();
        assertThat(classpath).isNotEmpty().noneMatch(ConnectPluginIT::providesTheConnector);
        List<String> command = ChildProcess.javaCommand(List.of("-Xmx256m", "-cp", String.join(File.pathSeparator, classpath)),
                List.of("org.apache.kafka.connect.cli.ConnectStandalone", workerProps.toString(), connectorProps.toString()));
        try (ChildProcess worker = ChildProcess.start("connect-plugin-it", command, work)) {
            publish(platform, source, article("plugin-1"));
            ObjectMapper json = new ObjectMapper();
            await().atMost(Duration.ofSeconds(120)).untilAsserted(() -> {
                worker.ensureAlive();
                List<String> written = new ArrayList<>();
                read(platform, cards).forEach(r -> written.add(r.value()));
                assertThat(written).anySatisfy(card -> {
                    assertThat(json.readTree(card).get("articleId").asText()).isEqualTo("plugin-1");
                    assertThat(json.readTree(card).get("entities").get(0).get("canonical").asText()).isEqualTo("Ilham Aliyev");
                });
            });
            assertThat(Files.readString(worker.logFile())).contains("Loading plugin from: " + plugin);
        }
    }

    /** sink-connector's assembly output: present when the reactor has run its package phase (mvn verify / CI). */
    private static Path pluginDirectory() throws Exception {
        Path target = REPO.resolve("sink-connector").resolve("target");
        Path found = null;
        if (Files.isDirectory(target)) {
            try (Stream<Path> dirs = Files.list(target)) {
                found = dirs.filter(d -> d.getFileName().toString().endsWith("-connect-plugin"))
                        .map(d -> d.resolve("newsflow-sink-connector")).filter(Files::isDirectory).findFirst().orElse(null);
            }
        }
        Assumptions.assumeTrue(found != null, "no Connect plugin under " + target + ": run the build to the package "
                + "phase (mvn verify), which assembles it before this module's tests");
        return found;
    }

    /**
     * This JVM's classpath (expanded from Surefire's manifest-only jar) minus everything of newsflow's: Kafka Connect
     * and its dependencies, as a worker installation would have them.
     */
    private static List<String> workerClasspath() throws Exception {
        List<String> entries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (entry.contains("surefirebooter") && entry.endsWith(".jar")) {
                try (JarFile jar = new JarFile(entry)) {
                    for (String url : jar.getManifest().getMainAttributes().getValue("Class-Path").split(" ")) {
                        if (!url.isBlank()) {
                            entries.add(Path.of(URI.create(url)).toString());
                        }
                    }
                }
            } else {
                entries.add(entry);
            }
        }
        String repo = REPO.toString();
        return entries.stream()
                .filter(e -> !Path.of(e).toAbsolutePath().normalize().toString().startsWith(repo))
                .filter(e -> !e.contains(File.separator + "io" + File.separator + "newsflow" + File.separator))
                .toList();
    }

    private static boolean providesTheConnector(String entry) {
        String classFile = LiveArticleSinkConnector.class.getName().replace('.', '/') + ".class";
        Path path = Path.of(entry);
        if (Files.isDirectory(path)) {
            return Files.exists(path.resolve(classFile));
        }
        try (JarFile jar = new JarFile(path.toFile())) {
            return jar.getEntry(classFile) != null;
        } catch (java.io.IOException e) {
            return false;
        }
    }

    private static void publish(TestPlatform platform, String topic, EnrichedArticle article) throws Exception {
        Map<String, Object> configs = Map.of("bootstrap.servers", platform.bootstrapServers(),
                RegistryClientConfig.URL, platform.schemaRegistryUrl());
        ConfluentAvroSerializer<EnrichedArticle> serializer =
                new ConfluentAvroSerializer<>(new RestSchemaRegistryClient(RegistryClientConfig.from(configs)));
        serializer.configure(configs, false);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of("bootstrap.servers",
                platform.bootstrapServers()), new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(topic, article.getArticleId(), serializer.serialize(topic, article))).get();
        }
    }

    private static List<ConsumerRecord<String, String>> read(TestPlatform platform, String topic) {
        Map<String, Object> config = TopicReader.config(new HashMap<>(Map.of("bootstrap.servers", platform.bootstrapServers())));
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            List<ConsumerRecord<String, String>> records = new ArrayList<>();
            TopicReader.readToEnd(consumer, TopicReader.assignFromBeginning(consumer, List.of(topic)), records::add);
            return records;
        }
    }

    private static EnrichedArticle article(String id) {
        return EnrichedArticle.newBuilder().setArticleId(id).setTitle("Aliyev visits Aghdam").setBody("Body text.")
                .setEntities(List.of(EntityTag.newBuilder().setId("person:ilham-aliyev").setCanonical("Ilham Aliyev")
                        .setType(EntityType.PERSON).setText("Aliyev").setMentionCount(1).build()))
                .setDedup(DedupVerdict.newBuilder().setStatus(DedupStatus.UNIQUE).setSimilarity(0).setContentHash("h").build())
                .setProvenance(Provenance.newBuilder().setRawSha256("r").setIngestedAt(Instant.now()).setPipelineVersion("it").build())
                .build();
    }
}
