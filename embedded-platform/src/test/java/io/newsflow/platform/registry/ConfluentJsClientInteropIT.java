package io.newsflow.platform.registry;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.platform.testing.PlatformExtension;
import io.newsflow.platform.testing.TestPlatform;
import io.newsflow.registry.RestSchemaRegistryClient;
import io.newsflow.schema.DateTag;
import io.newsflow.schema.DedupStatus;
import io.newsflow.schema.DedupVerdict;
import io.newsflow.schema.EnrichedArticle;
import io.newsflow.schema.EntityMention;
import io.newsflow.schema.EntityTag;
import io.newsflow.schema.EntityType;
import io.newsflow.schema.Provenance;
import io.newsflow.schema.RawArticle;
import io.newsflow.serde.ConfluentAvroDeserializer;
import io.newsflow.serde.ConfluentAvroSerializer;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Our serde and registry client against Confluent's JavaScript client ({@code @confluentinc/schemaregistry}, its
 * {@code SchemaRegistryClient}, {@code AvroSerializer} and {@code AvroDeserializer}, which use avsc) over a real
 * registry: what we write, their deserializer reads; what their client registers and their serializer writes, we
 * read. The node scripts live in {@code src/test/js}; their dependencies are installed with {@code npm ci} from the
 * committed package-lock.json when {@code node_modules} is missing.
 *
 * <p>What running it showed about the JS client: {@code baseURLs} takes the Confluent-API base URL with its path
 * ({@code /apis/ccompat/v7}); axios appends {@code /subjects/...}, {@code /schemas/ids/...} and
 * {@code /associations/...} to it (its default subject strategy asks for associations first, finds none on Apicurio,
 * and falls back to topic-value). avsc reads and writes {@code ["null", X]} unions unwrapped (a plain value or
 * null), and {@code timestamp-millis} as a plain number of milliseconds. Its {@code autoRegisterSchemas} registers a
 * schema inferred from the JS value (records named Record1, Record2, numbers as float), never a given one, so
 * encode.mjs registers the RawArticle schema with {@code SchemaRegistryClient.register} and serializes with
 * {@code useLatestVersion}, as Confluent's README does.
 */
@ExtendWith(PlatformExtension.class)
class ConfluentJsClientInteropIT {
    private static final Path SCRIPTS = Path.of(System.getProperty("basedir", "."), "src", "test", "js")
            .toAbsolutePath().normalize();
    private static final Duration NODE_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration NPM_CI_TIMEOUT = Duration.ofMinutes(10);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path work;

    @BeforeAll
    static void nodeAndConfluentsJsClientAreInstalled(@TempDir Path logs) throws Exception {
        Finished version;
        try {
            version = run(List.of("node", "--version"), logs, Duration.ofSeconds(20), logs.resolve("node-version"));
        } catch (IOException e) {
            throw new AssertionError("`node` is not on the PATH; ConfluentJsClientInteropIT runs Confluent's "
                    + "JavaScript client under Node.js (18 or newer) with npm. Install Node.js and npm, then re-run. ("
                    + e.getMessage() + ")", e);
        }
        assertThat(version.exitCode()).as("node --version failed:%n%s", version.both()).isZero();

        if (Files.isDirectory(SCRIPTS.resolve("node_modules/@confluentinc/schemaregistry"))) {
            return;
        }
        Finished npm;
        try {
            npm = run(List.of("npm", "ci", "--no-audit", "--no-fund"), SCRIPTS, NPM_CI_TIMEOUT, logs.resolve("npm-ci"));
        } catch (IOException e) {
            throw new AssertionError("`npm` is not on the PATH; it is needed once to install " + SCRIPTS
                    + "/node_modules (`npm ci`). (" + e.getMessage() + ")", e);
        }
        if (npm.timedOut() || npm.exitCode() != 0) {
            throw new AssertionError("`npm ci` in " + SCRIPTS + (npm.timedOut() ? " timed out after " + NPM_CI_TIMEOUT
                    : " exited " + npm.exitCode()) + "; its output:\n" + npm.both());
        }
    }

    @Test
    void recordsWeWriteDecodeWithConfluentsJsDeserializer(TestPlatform platform) throws Exception {
        String topic = "interop-js.ours";
        ConfluentAvroSerializer<EnrichedArticle> serializer = new ConfluentAvroSerializer<>();
        serializer.configure(Map.of("schema.registry.url", platform.schemaRegistryUrl()), false);
        Path bytes = Files.write(work.resolve("ours.bin"), serializer.serialize(topic, sampleEnriched()));

        JsonNode decoded = node("decode.mjs", platform.schemaRegistryUrl(), topic, bytes.toString());

        assertThat(decoded.path("articleId").asText()).isEqualTo("a1b2c3");
        assertThat(decoded.path("title").asText()).isEqualTo("Ceasefire holds");
        JsonNode entity = decoded.path("entities").path(0);
        assertThat(entity.path("canonical").asText()).isEqualTo("Vladimir Putin");
        assertThat(entity.path("type").asText()).isEqualTo("PERSON");
        assertThat(entity.path("mentions").path(0).path("start").asInt()).isEqualTo(10);
        // avsc gives ["null", X] unions unwrapped, enums as their symbol, timestamp-millis as a number.
        assertThat(decoded.path("publishedDate").asText()).isEqualTo("2021-01-31");
        assertThat(decoded.path("source").isNull()).isTrue();
        assertThat(decoded.path("dates").path(0).path("value").asText()).isEqualTo("2021-01-30");
        assertThat(decoded.path("dedup").path("status").asText()).isEqualTo("UNIQUE");
        assertThat(decoded.path("provenance").path("ingestedAt").asLong()).isEqualTo(1_700_000_000_000L);
        assertThat(decoded.path("provenance").path("fetchedAt").asLong()).isEqualTo(1_699_999_999_000L);
    }

    @Test
    void recordsConfluentsJsSerializerWritesDecodeWithOurs(TestPlatform platform) throws Exception {
        String topic = "interop-js.theirs";
        Path schema = Files.writeString(work.resolve("RawArticle.avsc"), RawArticle.getClassSchema().toString());
        Path out = work.resolve("theirs.bin");

        JsonNode registered = node("encode.mjs", platform.schemaRegistryUrl(), topic, schema.toString(), out.toString());

        byte[] bytes = Files.readAllBytes(out);
        int schemaId = registered.path("schemaId").asInt();
        assertThat(registered.path("subject").asText()).isEqualTo(topic + "-value");
        assertThat(bytes[0]).as("magic byte").isZero();
        assertThat(ByteBuffer.wrap(bytes, 1, 4).getInt()).as("schema id in the frame").isEqualTo(schemaId);
        RestSchemaRegistryClient ours = new RestSchemaRegistryClient(platform.schemaRegistryUrl());
        // What Confluent's JS client registered is the very schema ours would look up under that subject.
        assertThat(ours.lookup(topic + "-value", RawArticle.getClassSchema())).isEqualTo(schemaId);

        RawArticle decoded = new ConfluentAvroDeserializer<RawArticle>(ours, RawArticle.getClassSchema())
                .deserialize(topic, bytes);
        assertThat(decoded.getArticleId()).isEqualTo("from-confluent-js");
        assertThat(decoded.getTitle()).isEqualTo("Written by Confluent's JavaScript client");
        assertThat(decoded.getBody()).isEqualTo("Body text.");
        assertThat(decoded.getPublishedDate()).isEqualTo("2021-01-31");
        assertThat(decoded.getUpdatedDate()).isNull();
        assertThat(decoded.getSource()).isEqualTo("Node Times");
        assertThat(decoded.getByline()).isNull();
        assertThat(decoded.getLanguage()).isEqualTo("en");
        Provenance provenance = decoded.getProvenance();
        assertThat(provenance.getSourceFile()).isEqualTo("js.txt");
        assertThat(provenance.getSourceUrl()).isNull();
        assertThat(provenance.getRawSha256()).isEqualTo("ee11");
        assertThat(provenance.getFetchedAt()).isEqualTo(Instant.ofEpochMilli(1_699_999_999_000L));
        assertThat(provenance.getIngestedAt()).isEqualTo(Instant.ofEpochMilli(1_700_000_000_000L));
        assertThat(provenance.getEnrichedAt()).isNull();
        assertThat(provenance.getPipelineVersion()).isEqualTo("confluent-js");
    }

    static EnrichedArticle sampleEnriched() {
        Provenance provenance = Provenance.newBuilder().setRawSha256("00ff").setSourceFile("000.txt")
                .setFetchedAt(Instant.ofEpochMilli(1_699_999_999_000L)).setIngestedAt(Instant.ofEpochMilli(1_700_000_000_000L))
                .setPipelineVersion("test").build();
        return EnrichedArticle.newBuilder().setArticleId("a1b2c3").setTitle("Ceasefire holds")
                .setBody("Yesterday Putin said the ceasefire holds.").setPublishedDate("2021-01-31")
                .setEntities(List.of(EntityTag.newBuilder().setId("person:vladimir-putin").setCanonical("Vladimir Putin")
                        .setType(EntityType.PERSON).setText("Putin")
                        .setMentions(List.of(EntityMention.newBuilder().setText("Putin").setStart(10).setEnd(15).build()))
                        .setMentionCount(1).setSalient(true).build()))
                .setDates(List.of(DateTag.newBuilder().setText("Yesterday").setValue("2021-01-30").setStart(0).setEnd(9)
                        .setRelative(true).build()))
                .setDedup(DedupVerdict.newBuilder().setStatus(DedupStatus.UNIQUE).setSimilarity(0).setContentHash("h").build())
                .setProvenance(provenance).build();
    }

    /** Runs one script of src/test/js under node and parses its stdout as JSON; fails with its stderr if it fails. */
    private JsonNode node(String script, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("node", SCRIPTS.resolve(script).toString()));
        command.addAll(List.of(args));
        Finished finished = run(command, SCRIPTS, NODE_TIMEOUT, work.resolve(script));
        if (finished.timedOut() || finished.exitCode() != 0) {
            throw new AssertionError("`" + String.join(" ", command) + "` "
                    + (finished.timedOut() ? "timed out after " + NODE_TIMEOUT : "exited " + finished.exitCode())
                    + "; its stderr:\n" + finished.errors() + "\nits stdout:\n" + finished.output());
        }
        return JSON.readTree(finished.output());
    }

    private record Finished(int exitCode, boolean timedOut, String output, String errors) {
        String both() {
            return output + errors;
        }
    }

    /** Runs a command with stdout and stderr to files (so neither pipe can fill and block), killing it on timeout. */
    private static Finished run(List<String> command, Path directory, Duration timeout, Path logPrefix)
            throws IOException, InterruptedException {
        Path stdout = Path.of(logPrefix + ".out");
        Path stderr = Path.of(logPrefix + ".err");
        Process process = new ProcessBuilder(command).directory(directory.toFile())
                .redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
        process.getOutputStream().close();
        boolean finished = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (!finished) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        return new Finished(finished ? process.exitValue() : -1, !finished,
                Files.readString(stdout, StandardCharsets.UTF_8), Files.readString(stderr, StandardCharsets.UTF_8));
    }
}
