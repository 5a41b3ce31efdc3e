package io.newsflow.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.cli.pipeline.FolderIngest;
import io.newsflow.cli.pipeline.LocalPipeline;
import io.newsflow.topics.TopicReader;
import io.newsflow.ingest.publish.IngestOutcome;
import io.newsflow.platform.testing.PlatformExtension;
import io.newsflow.platform.testing.TestPlatform;
import io.newsflow.ingest.replay.RawTopicReplay;
import io.newsflow.ingest.replay.ReplayRange;
import io.newsflow.topics.DeadLetterHeaders;
import io.newsflow.topics.ReprocessHeaders;
import io.newsflow.topics.Topics;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The pipeline's parts (ingest, exactly-once streams app, Connect worker with the live sink) on the test backend's
 * real broker and registry. Tests run in order on one pipeline: seeds in, re-sent seeds, junk on the raw topic, and
 * finally the count: sent = enriched + duplicates + dead-lettered.
 */
@ExtendWith(PlatformExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PipelineIT {
    static final Path SEEDS = Path.of("..", "seeds");
    static LocalPipeline pipeline;
    static Map<String, Object> clients;
    static final List<IngestOutcome> seedOutcomes = new ArrayList<>();
    static int rawRecordsSent;
    static java.time.Instant started;

    @BeforeAll
    static void startPipeline(TestPlatform platform) throws Exception {
        started = java.time.Instant.now().minusSeconds(1);
        clients = new HashMap<>(Map.of("bootstrap.servers", platform.bootstrapServers(),
                "schema.registry.url", platform.schemaRegistryUrl()));
        Map<String, Object> streamsConfigs = new HashMap<>(clients);
        // Its own application id, so this test's dedup state is not shared with other tests on the platform.
        streamsConfigs.put("application.id", "pipeline-it-" + UUID.randomUUID());
        Path work = Files.createTempDirectory("pipeline-it");
        pipeline = LocalPipeline.onCluster(streamsConfigs, 3, (short) 1)
                .withStreams(work.resolve("state"), null)
                .withConnect(io.newsflow.platform.process.Ports.free(), Files.createDirectories(work.resolve("connect")));
    }

    @AfterAll
    static void stopPipeline() {
        if (pipeline != null) {
            pipeline.close();
        }
    }

    @Test
    @Order(1)
    void seedsInEnrichedArticlesAndLiveCardsOut() throws Exception {
        seedOutcomes.addAll(FolderIngest.ingest(SEEDS, 8 << 20, clients));
        rawRecordsSent += seedOutcomes.size();
        List<String> ids = seedOutcomes.stream().map(IngestOutcome::articleId).toList();

        await().atMost(Duration.ofSeconds(90)).untilAsserted(() ->
                assertThat(keys(Topics.ENRICHED)).containsAll(ids));
        ObjectMapper json = new ObjectMapper();
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
            Map<String, String> cards = latestValues(Topics.LIVE_ARTICLES);
            assertThat(cards.keySet()).containsAll(ids);
            JsonNode card = json.readTree(cards.get(ids.get(0)));
            assertThat(card.get("title").asText()).isEqualTo("Putin, Aliyev hold talks on Nagorno-Karabakh ceasefire control");
            assertThat(card.get("entities").findValuesAsText("canonical")).contains("Vladimir Putin");
        });
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() ->
                assertThat(latestValues(Topics.LIVE_ENTITIES)).containsKey("person:vladimir-putin"));
    }

    @Test
    @Order(2)
    void reSentSeedsAreReplaysAndProduceNothingNew() throws Exception {
        int enrichedBefore = all(Topics.ENRICHED).size();
        List<IngestOutcome> again = FolderIngest.ingest(SEEDS, 8 << 20, clients);
        rawRecordsSent += again.size();
        assertThat(again).extracting(IngestOutcome::articleId)
                .containsExactlyElementsOf(seedOutcomes.stream().map(IngestOutcome::articleId).toList());
        // A marker article after the replays: once it is enriched, the replays before it have been processed.
        Path marker = Files.createTempDirectory("marker");
        Files.writeString(marker.resolve("marker.txt"), "Marker story\n\n" + "The marker article is a plain "
                + "paragraph of prose written so the extractor keeps it as the body of a short article. ".repeat(4));
        String markerId = FolderIngest.ingest(marker, 8 << 20, clients).get(0).articleId();
        rawRecordsSent += 1;
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(keys(Topics.ENRICHED)).contains(markerId));
        assertThat(all(Topics.ENRICHED)).hasSize(enrichedBefore + 1);
    }

    @Test
    @Order(3)
    void bytesThatAreNotOurAvroOnTheRawTopicAreDeadLetteredWithTheReason() throws Exception {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of("bootstrap.servers",
                clients.get("bootstrap.servers")), new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(Topics.RAW, "junk-1", "{\"not\": \"avro\"}".getBytes(StandardCharsets.UTF_8))).get();
            producer.send(new ProducerRecord<>(Topics.RAW, "junk-2", new byte[] {0, 0, 0})).get();
        }
        rawRecordsSent += 2;
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            Map<String, ConsumerRecord<String, byte[]>> letters = new HashMap<>();
            all(Topics.DEAD_LETTER).forEach(r -> letters.put(r.key(), r));
            assertThat(letters).containsKeys("junk-1", "junk-2");
            assertThat(DeadLetterHeaders.get(letters.get("junk-1").headers(), DeadLetterHeaders.REASON)).contains("magic byte 0x7b");
            assertThat(new String(letters.get("junk-1").value(), StandardCharsets.UTF_8)).isEqualTo("{\"not\": \"avro\"}");
            assertThat(DeadLetterHeaders.get(letters.get("junk-2").headers(), DeadLetterHeaders.REASON)).contains("5-byte header");
        });
    }

    @Test
    @Order(4)
    void nothingIsLost() throws Exception {
        // Every raw record is either a replay of an already-processed article (dropped by design) or reached exactly
        // one terminal topic.
        int replays = seedOutcomes.size();
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(
                all(Topics.ENRICHED).size() + all(Topics.DUPLICATES).size() + all(Topics.DEAD_LETTER).size() + replays)
                .isEqualTo(rawRecordsSent));
        assertThat(all(Topics.RAW)).hasSize(rawRecordsSent);
    }

    @Test
    @Order(5)
    void replayReissuesTheRangeAndTheStreamsAppReEmitsVerdictsMarked() throws Exception {
        java.time.Instant end = java.time.Instant.now();
        int rawBefore = all(Topics.RAW).size();
        try (RawTopicReplay replay = new RawTopicReplay(clients)) {
            // Seeds were published in 2020/2021: a publication range in 2099 selects nothing (and writes nothing).
            RawTopicReplay.Summary none = replay.replay(new ReplayRange(started, end, java.time.LocalDate.of(2099, 1, 1), null),
                    "dry", true, n -> { }, () -> { });
            assertThat(none.reissued()).isZero();
            assertThat(none.notOurAvro()).isEqualTo(2);       // the junk records of test 3
            RawTopicReplay.Summary dry = replay.replay(new ReplayRange(started, end, null, null), "dry", true, n -> { }, () -> { });
            assertThat(dry.reissued()).isEqualTo(rawRecordsSent - 2);
        }
        assertThat(all(Topics.REPROCESS)).isEmpty();

        assertThat(NewsflowCommand.commandLine().execute("replay", "--from", started.toString(), "--to", end.toString(),
                "--request-id", "it-replay",
                "--bootstrap-servers", (String) clients.get("bootstrap.servers"),
                "--schema-registry-url", (String) clients.get("schema.registry.url"))).isZero();

        // Every seed (sent twice: both re-issued) and the marker are enriched again, marked with the request.
        List<String> seedIds = seedOutcomes.stream().map(IngestOutcome::articleId).toList();
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> assertThat(all(Topics.ENRICHED).stream()
                .filter(r -> "it-replay".equals(ReprocessHeaders.requestId(r.headers()))).map(ConsumerRecord::key).toList())
                .containsAll(seedIds));
        assertThat(all(Topics.REPROCESS)).allSatisfy(r -> assertThat(ReprocessHeaders.requestId(r.headers())).isEqualTo("it-replay"))
                .extracting(ConsumerRecord::key).containsAll(seedIds).hasSize(rawRecordsSent - 2);
        assertThat(all(Topics.RAW)).as("the raw log is never appended to by a replay").hasSize(rawBefore);
    }

    static List<String> keys(String topic) {
        return all(topic).stream().map(ConsumerRecord::key).toList();
    }

    static Map<String, String> latestValues(String topic) {
        Map<String, String> latest = new HashMap<>();
        for (ConsumerRecord<String, byte[]> r : all(topic)) {
            latest.put(r.key(), new String(r.value(), StandardCharsets.UTF_8));
        }
        return latest;
    }

    /** Every committed record of a topic, from the beginning to its current end. */
    static List<ConsumerRecord<String, byte[]>> all(String topic) {
        Map<String, Object> config = TopicReader.config(Map.of("bootstrap.servers", clients.get("bootstrap.servers")));
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
            TopicReader.readToEnd(consumer, TopicReader.assignFromBeginning(consumer, List.of(topic)), records::add);
            return records;
        }
    }
}
