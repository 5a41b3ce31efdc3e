package io.newsflow.registry;

import org.apache.avro.Schema;

/**
 * The part of the Confluent Schema Registry API the pipeline uses. Implemented over REST by
 * {@link RestSchemaRegistryClient}; any Confluent-compatible registry (Confluent, Apicurio's ccompat API, Karapace)
 * works behind it.
 */
public interface SchemaRegistry {

    /** Registers the schema under the subject (idempotent) and returns its global id. */
    int register(String subject, Schema schema);

    /** The id of a schema already registered under the subject, without registering it. */
    int lookup(String subject, Schema schema);

    /** The schema with this global id. */
    Schema schemaById(int id);

    /** Whether the schema could be registered under the subject given the subject's compatibility level. */
    boolean isCompatible(String subject, Schema schema);

    /** Sets the compatibility level (e.g. BACKWARD) of one subject, or the global default when subject is null. */
    void setCompatibility(String subject, String level);

    /** The base URL(s) this client talks to, for messages. */
    String describe();
}
