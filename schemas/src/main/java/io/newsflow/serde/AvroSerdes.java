package io.newsflow.serde;

import io.newsflow.registry.SchemaRegistry;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/** Serdes for the generated record classes, all sharing one registry client (and so one id cache). */
public final class AvroSerdes {
    private final SchemaRegistry registry;
    private final boolean autoRegister;

    public AvroSerdes(SchemaRegistry registry) {
        this(registry, true);
    }

    public AvroSerdes(SchemaRegistry registry, boolean autoRegister) {
        this.registry = registry;
        this.autoRegister = autoRegister;
    }

    public <T extends SpecificRecord> Serde<T> valueSerde(Class<T> type) {
        ConfluentAvroSerializer<T> serializer = new ConfluentAvroSerializer<>(registry, autoRegister);
        ConfluentAvroDeserializer<T> deserializer = new ConfluentAvroDeserializer<>(registry, schemaOf(type));
        return Serdes.serdeFrom(serializer, deserializer);
    }

    public SchemaRegistry registry() {
        return registry;
    }

    private static org.apache.avro.Schema schemaOf(Class<? extends SpecificRecord> type) {
        try {
            return (org.apache.avro.Schema) type.getField("SCHEMA$").get(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException(type + " is not an Avro-generated class", e);
        }
    }
}
