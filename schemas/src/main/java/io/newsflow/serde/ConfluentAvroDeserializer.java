package io.newsflow.serde;

import io.newsflow.registry.RegistryClientConfig;
import io.newsflow.registry.RestSchemaRegistryClient;
import io.newsflow.registry.SchemaRegistry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.io.DatumReader;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Reads Confluent wire-format Avro. With a reader schema (a generated class) it resolves writer to reader schema the
 * Avro way, so consumers keep working across BACKWARD-compatible schema changes; without one it returns
 * GenericRecords in the writer's schema. Bytes that are not Confluent Avro fail with a {@link SerializationException}
 * naming the topic and what was wrong, which the topology turns into a dead letter.
 */
public class ConfluentAvroDeserializer<T> implements Deserializer<T> {
    private SchemaRegistry registry;
    private final Schema readerSchema;
    private final Map<Integer, DatumReader<T>> readers = new ConcurrentHashMap<>();

    /** Generic records in the writer's schema; {@link #configure} supplies the registry. */
    public ConfluentAvroDeserializer() {
        this(null, null);
    }

    public ConfluentAvroDeserializer(SchemaRegistry registry, Schema readerSchema) {
        this.registry = registry;
        this.readerSchema = readerSchema;
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        if (registry == null && configs.containsKey(RegistryClientConfig.URL)) {
            registry = new RestSchemaRegistryClient(RegistryClientConfig.from(configs));
        }
    }

    @Override
    public T deserialize(String topic, byte[] bytes) {
        if (bytes == null) {
            return null;
        }
        int id = ConfluentWireFormat.schemaId(topic, bytes);
        if (registry == null) {
            throw new SerializationException("ConfluentAvroDeserializer for topic " + topic + " is not configured: set "
                    + RegistryClientConfig.URL);
        }
        DatumReader<T> reader = readers.computeIfAbsent(id, this::readerFor);
        try {
            return reader.read(null, DecoderFactory.get().binaryDecoder(bytes, ConfluentWireFormat.HEADER_SIZE,
                    bytes.length - ConfluentWireFormat.HEADER_SIZE, null));
        } catch (Exception e) {
            throw new SerializationException("Corrupt Avro payload on topic " + topic + " (schema id " + id + "): "
                    + e.getClass().getSimpleName() + " " + e.getMessage(), e);
        }
    }

    private DatumReader<T> readerFor(int id) {
        Schema writer = registry.schemaById(id);
        if (readerSchema == null) {
            return new GenericDatumReader<>(writer);
        }
        return new SpecificDatumReader<>(writer, readerSchema, SpecificData.getForSchema(readerSchema));
    }
}
