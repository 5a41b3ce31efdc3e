package io.newsflow.registry;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;

/**
 * A registry in memory, for TopologyTestDriver tests and tools that run without a registry (like Confluent's
 * {@code mock://} URLs). Enforces BACKWARD compatibility per subject, as the embedded registry is configured to.
 */
public final class InMemorySchemaRegistry implements SchemaRegistry {
    private final Map<Schema, Integer> ids = new HashMap<>();
    private final List<Schema> schemas = new ArrayList<>();
    private final Map<String, List<Schema>> subjects = new HashMap<>();

    @Override
    public synchronized int register(String subject, Schema schema) {
        List<Schema> versions = subjects.computeIfAbsent(subject, s -> new ArrayList<>());
        if (!versions.contains(schema)) {
            if (!isCompatible(subject, schema)) {
                throw new SchemaRegistryException("Schema " + schema.getFullName() + " is not BACKWARD compatible with "
                        + "subject '" + subject + "' in " + describe(), 409, 409, null);
            }
            versions.add(schema);
        }
        return idOf(schema);
    }

    @Override
    public synchronized int lookup(String subject, Schema schema) {
        if (!subjects.getOrDefault(subject, List.of()).contains(schema)) {
            throw new SchemaRegistryException("Schema not found under subject '" + subject + "' in " + describe(),
                    404, 40403, null);
        }
        return idOf(schema);
    }

    @Override
    public synchronized Schema schemaById(int id) {
        if (id < 1 || id > schemas.size()) {
            throw new SchemaRegistryException("Schema id " + id + " not found in " + describe(), 404, 40403, null);
        }
        return schemas.get(id - 1);
    }

    @Override
    public synchronized boolean isCompatible(String subject, Schema schema) {
        List<Schema> versions = subjects.getOrDefault(subject, List.of());
        return versions.isEmpty() || SchemaCompatibility.checkReaderWriterCompatibility(schema, versions.get(versions.size() - 1))
                .getType() == SchemaCompatibility.SchemaCompatibilityType.COMPATIBLE;
    }

    @Override
    public void setCompatibility(String subject, String level) {
        if (!"BACKWARD".equals(level)) {
            throw new UnsupportedOperationException("The in-memory registry only does BACKWARD");
        }
    }

    @Override
    public String describe() {
        return "mock://in-memory";
    }

    private int idOf(Schema schema) {
        return ids.computeIfAbsent(schema, s -> {
            schemas.add(s);
            return schemas.size();
        });
    }
}
