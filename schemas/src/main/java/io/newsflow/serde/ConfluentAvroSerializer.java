package io.newsflow.serde;

import io.newsflow.registry.RegistryClientConfig;
import io.newsflow.registry.RestSchemaRegistryClient;
import io.newsflow.registry.SchemaRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericContainer;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Writes Avro records (specific or generic) in Confluent's wire format, registering the schema under the
 * TopicNameStrategy subject ({@code <topic>-value} or {@code <topic>-key}) unless {@code auto.register.schemas=false},
 * in which case the schema must already be registered.
 */
public class ConfluentAvroSerializer<T extends GenericContainer> implements Serializer<T> {
    private SchemaRegistry registry;
    private boolean isKey;
    private boolean autoRegister = true;

    /** For Kafka's reflective construction; {@link #configure} supplies the registry. */
    public ConfluentAvroSerializer() {
    }

    public ConfluentAvroSerializer(SchemaRegistry registry) {
        this(registry, true);
    }

    public ConfluentAvroSerializer(SchemaRegistry registry, boolean autoRegister) {
        this.registry = registry;
        this.autoRegister = autoRegister;
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        this.isKey = isKey;
        if (configs.containsKey(RegistryClientConfig.URL)) {
            RegistryClientConfig config = RegistryClientConfig.from(configs);
            autoRegister = config.autoRegister();
            if (registry == null) {
                registry = new RestSchemaRegistryClient(config);
            }
        }
    }

    @Override
    public byte[] serialize(String topic, T record) {
        if (record == null) {
            return null;
        }
        if (registry == null) {
            throw new SerializationException("ConfluentAvroSerializer for topic " + topic + " is not configured: set "
                    + RegistryClientConfig.URL);
        }
        Schema schema = record.getSchema();
        String subject = topic + (isKey ? "-key" : "-value");
        int id = autoRegister ? registry.register(subject, schema) : registry.lookup(subject, schema);
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream(256);
            out.write(ConfluentWireFormat.MAGIC_BYTE);
            out.write(new byte[] {(byte) (id >>> 24), (byte) (id >>> 16), (byte) (id >>> 8), (byte) id});
            BinaryEncoder encoder = EncoderFactory.get().directBinaryEncoder(out, null);
            if (record instanceof SpecificRecord) {
                new SpecificDatumWriter<T>(schema, SpecificData.getForSchema(schema)).write(record, encoder);
            } else {
                new GenericDatumWriter<T>(schema).write(record, encoder);
            }
            encoder.flush();
            return out.toByteArray();
        } catch (IOException | RuntimeException e) {
            throw new SerializationException("Could not write " + schema.getFullName() + " for topic " + topic + ": "
                    + e.getMessage(), e);
        }
    }
}
