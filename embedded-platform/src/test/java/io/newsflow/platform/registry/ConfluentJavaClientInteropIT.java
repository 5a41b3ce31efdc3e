package io.newsflow.platform.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.platform.testing.PlatformExtension;
import io.newsflow.platform.testing.TestPlatform;
import io.newsflow.registry.RestSchemaRegistryClient;
import io.newsflow.registry.SchemaRegistryException;
import io.newsflow.schema.DedupStatus;
import io.newsflow.schema.DedupVerdict;
import io.newsflow.schema.EnrichedArticle;
import io.newsflow.schema.EntityTag;
import io.newsflow.schema.EntityType;
import io.newsflow.schema.Provenance;
import io.newsflow.schema.RawArticle;
import io.newsflow.serde.ConfluentAvroDeserializer;
import io.newsflow.serde.ConfluentAvroSerializer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import org.apache.flink.avro.registry.confluent.shaded.io.confluent.kafka.schemaregistry.client.CachedSchemaRegistryClient;
import org.apache.flink.avro.shaded.org.apache.avro.Schema;
import org.apache.flink.avro.shaded.org.apache.avro.generic.GenericData;
import org.apache.flink.avro.shaded.org.apache.avro.generic.GenericDatumReader;
import org.apache.flink.avro.shaded.org.apache.avro.generic.GenericDatumWriter;
import org.apache.flink.avro.shaded.org.apache.avro.generic.GenericRecord;
import org.apache.flink.avro.shaded.org.apache.avro.io.BinaryEncoder;
import org.apache.flink.avro.shaded.org.apache.avro.io.DecoderFactory;
import org.apache.flink.avro.shaded.org.apache.avro.io.EncoderFactory;
import org.apache.flink.formats.avro.registry.confluent.ConfluentSchemaRegistryCoder;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Our serde and registry client against Confluent's own Java registry client (shaded in Flink's format jar, with
 * Flink's Confluent wire-format coder and a separately shaded Avro) over a real registry: what we write, they read;
 * what they register and write, we read.
 */
@ExtendWith(PlatformExtension.class)
class ConfluentJavaClientInteropIT {

    @Test
    void recordsWeWriteDecodeWithConfluentsClient(TestPlatform platform) throws Exception {
        String topic = "interop.ours-to-confluent";
        ConfluentAvroSerializer<EnrichedArticle> serializer = new ConfluentAvroSerializer<>();
        serializer.configure(Map.of("schema.registry.url", platform.schemaRegistryUrl()), false);
        byte[] bytes = serializer.serialize(topic, sampleEnriched());

        CachedSchemaRegistryClient confluent = new CachedSchemaRegistryClient(platform.schemaRegistryUrl(), 10);
        ByteArrayInputStream in = new ByteArrayInputStream(bytes);
        Schema writer = new ConfluentSchemaRegistryCoder(topic + "-value", confluent).readSchema(in);
        GenericRecord decoded = new GenericDatumReader<GenericRecord>(writer)
                .read(null, DecoderFactory.get().binaryDecoder(in, null));

        assertThat(writer.getFullName()).isEqualTo("io.newsflow.schema.EnrichedArticle");
        assertThat(decoded.get("articleId").toString()).isEqualTo("a1b2c3");
        assertThat(decoded.get("title").toString()).isEqualTo("Ceasefire holds");
        GenericRecord entity = (GenericRecord) ((List<?>) decoded.get("entities")).get(0);
        assertThat(entity.get("canonical").toString()).isEqualTo("Vladimir Putin");
        assertThat(entity.get("type").toString()).isEqualTo("PERSON");
        // Confluent's client finds our schema under the TopicNameStrategy subject.
        assertThat(confluent.getAllSubjects()).contains(topic + "-value");
    }

    @Test
    void recordsConfluentsClientWritesDecodeWithOurs(TestPlatform platform) throws Exception {
        String topic = "interop.confluent-to-ours";
        CachedSchemaRegistryClient confluent = new CachedSchemaRegistryClient(platform.schemaRegistryUrl(), 10);
        Schema schema = new Schema.Parser().parse(RawArticle.getClassSchema().toString());
        GenericRecord provenance = new GenericData.Record(schema.getField("provenance").schema());
        provenance.put("rawSha256", "ff00");
        provenance.put("ingestedAt", 1_700_000_000_000L);
        provenance.put("pipelineVersion", "confluent-client");
        provenance.put("sourceFile", "x.txt");
        GenericRecord raw = new GenericData.Record(schema);
        raw.put("articleId", "from-confluent");
        raw.put("title", "Written by Confluent's client");
        raw.put("body", "Body text.");
        raw.put("provenance", provenance);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ConfluentSchemaRegistryCoder(topic + "-value", confluent).writeSchema(schema, out);
        BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
        new GenericDatumWriter<GenericRecord>(schema).write(raw, encoder);
        encoder.flush();

        ConfluentAvroDeserializer<RawArticle> ours = new ConfluentAvroDeserializer<>(
                new RestSchemaRegistryClient(platform.schemaRegistryUrl()), RawArticle.getClassSchema());
        RawArticle decoded = ours.deserialize(topic, out.toByteArray());
        assertThat(decoded.getArticleId()).isEqualTo("from-confluent");
        assertThat(decoded.getTitle()).isEqualTo("Written by Confluent's client");
        assertThat(decoded.getProvenance().getPipelineVersion()).isEqualTo("confluent-client");
    }

    @Test
    void bytesThatAreNotConfluentAvroFailWithTheReason(TestPlatform platform) {
        ConfluentAvroDeserializer<RawArticle> ours = new ConfluentAvroDeserializer<>(
                new RestSchemaRegistryClient(platform.schemaRegistryUrl()), RawArticle.getClassSchema());
        assertThatThrownBy(() -> ours.deserialize("t", "{\"json\":true}".getBytes()))
                .isInstanceOf(SerializationException.class).hasMessageContaining("magic byte 0x7b");
    }

    @Test
    void incompatibleSchemaIsRejectedWithSubjectAndUrlInTheMessage(TestPlatform platform) {
        RestSchemaRegistryClient client = new RestSchemaRegistryClient(platform.schemaRegistryUrl());
        String subject = "interop.compat-value";
        client.register(subject, org.apache.avro.SchemaBuilder.record("Thing").namespace("x").fields()
                .requiredString("a").endRecord());
        // Adding a required field without a default breaks BACKWARD compatibility.
        org.apache.avro.Schema incompatible = org.apache.avro.SchemaBuilder.record("Thing").namespace("x").fields()
                .requiredString("a").requiredInt("b").endRecord();
        assertThat(client.isCompatible(subject, incompatible)).isFalse();
        assertThatThrownBy(() -> client.register(subject, incompatible))
                .isInstanceOf(SchemaRegistryException.class)
                .hasMessageContaining(subject).hasMessageContaining(platform.schemaRegistryUrl());
    }

    @Test
    void unreachableRegistryNamesTheUrl() {
        RestSchemaRegistryClient client = new RestSchemaRegistryClient(io.newsflow.registry.RegistryClientConfig.from(
                Map.of("schema.registry.url", "http://127.0.0.1:1/apis/ccompat/v7", "max.retries", "1",
                        "retries.wait.ms", "10")));
        assertThatThrownBy(() -> client.schemaById(1)).isInstanceOf(SchemaRegistryException.class)
                .hasMessageContaining("unreachable").hasMessageContaining("http://127.0.0.1:1/apis/ccompat/v7");
    }

    static EnrichedArticle sampleEnriched() {
        Provenance provenance = Provenance.newBuilder().setRawSha256("00ff").setIngestedAt(java.time.Instant.ofEpochMilli(1_700_000_000_000L))
                .setPipelineVersion("test").setSourceFile("000.txt").build();
        return EnrichedArticle.newBuilder().setArticleId("a1b2c3").setTitle("Ceasefire holds").setBody("Body.")
                .setEntities(List.of(EntityTag.newBuilder().setId("person:vladimir-putin").setCanonical("Vladimir Putin")
                        .setType(EntityType.PERSON).setText("Putin").build()))
                .setDedup(DedupVerdict.newBuilder().setStatus(DedupStatus.UNIQUE).setSimilarity(0).setContentHash("h").build())
                .setProvenance(provenance).build();
    }
}
