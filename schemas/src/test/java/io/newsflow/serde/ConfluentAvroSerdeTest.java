package io.newsflow.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.registry.InMemorySchemaRegistry;
import io.newsflow.schema.Provenance;
import io.newsflow.schema.RawArticle;
import java.nio.ByteBuffer;
import java.time.Instant;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

/** Wire format and schema resolution, with an in-memory registry; the interop ITs check against real clients. */
class ConfluentAvroSerdeTest {
    private final InMemorySchemaRegistry registry = new InMemorySchemaRegistry();

    @Test
    void writesMagicByteThenBigEndianSchemaIdThenAvro() {
        byte[] bytes = new ConfluentAvroSerializer<RawArticle>(registry).serialize("news.articles.raw", article());
        int id = registry.lookup("news.articles.raw-value", RawArticle.getClassSchema());
        assertThat(bytes[0]).isEqualTo((byte) 0);
        assertThat(ByteBuffer.wrap(bytes, 1, 4).getInt()).isEqualTo(id);
        RawArticle back = new ConfluentAvroDeserializer<RawArticle>(registry, RawArticle.getClassSchema())
                .deserialize("news.articles.raw", bytes);
        assertThat(back).isEqualTo(article());
    }

    @Test
    void readsOlderWriterSchemaIntoNewerReaderSchema() {
        Schema v1 = SchemaBuilder.record("Card").namespace("t").fields().requiredString("id").endRecord();
        Schema v2 = SchemaBuilder.record("Card").namespace("t").fields().requiredString("id")
                .name("score").type().intType().intDefault(7).endRecord();
        GenericRecord old = new GenericData.Record(v1);
        old.put("id", "x");
        byte[] bytes = new ConfluentAvroSerializer<GenericRecord>(registry).serialize("cards", old);
        GenericRecord read = new ConfluentAvroDeserializer<GenericRecord>(registry, v2).deserialize("cards", bytes);
        assertThat(read.get("id").toString()).isEqualTo("x");
        assertThat(read.get("score")).isEqualTo(7);
    }

    @Test
    void rejectsBytesWithoutTheHeaderWithAReason() {
        var deserializer = new ConfluentAvroDeserializer<RawArticle>(registry, RawArticle.getClassSchema());
        assertThatThrownBy(() -> deserializer.deserialize("t", new byte[] {0, 1})).isInstanceOf(SerializationException.class)
                .hasMessageContaining("shorter than the 5-byte header");
        assertThatThrownBy(() -> deserializer.deserialize("t", new byte[] {1, 0, 0, 0, 1, 2}))
                .hasMessageContaining("magic byte 0x01");
        assertThatThrownBy(() -> deserializer.deserialize("t", new byte[] {0, 0, 0, 0, 99, 2}))
                .hasMessageContaining("Schema id 99 not found");
    }

    @Test
    void withoutAutoRegisterAnUnregisteredSchemaFails() {
        var serializer = new ConfluentAvroSerializer<RawArticle>(registry, false);
        assertThatThrownBy(() -> serializer.serialize("news.articles.raw", article()))
                .hasMessageContaining("news.articles.raw-value");
    }

    static RawArticle article() {
        return RawArticle.newBuilder().setArticleId("id1").setTitle("T").setBody("B")
                .setProvenance(Provenance.newBuilder().setRawSha256("ab").setIngestedAt(Instant.ofEpochMilli(1000))
                        .setPipelineVersion("test").build()).build();
    }
}
