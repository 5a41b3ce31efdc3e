package io.newsflow.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Confluent Schema Registry REST client with id caching and retries with exponential backoff. Ids are immutable in
 * the registry, so both directions (subject+schema to id, id to schema) are cached for the life of the client.
 */
public final class RestSchemaRegistryClient implements SchemaRegistry {
    private static final Logger log = LoggerFactory.getLogger(RestSchemaRegistryClient.class);
    private static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final RegistryClientConfig config;
    private final HttpClient http;
    private final String authorization;
    private final Map<String, Integer> idBySubjectAndSchema = new ConcurrentHashMap<>();
    private final Map<Integer, Schema> schemaById = new ConcurrentHashMap<>();

    public RestSchemaRegistryClient(RegistryClientConfig config) {
        this.config = config;
        this.http = HttpClient.newBuilder().connectTimeout(config.connectTimeout()).build();
        this.authorization = config.userInfo() == null ? null
                : "Basic " + Base64.getEncoder().encodeToString(config.userInfo().getBytes(StandardCharsets.UTF_8));
    }

    public RestSchemaRegistryClient(String url) {
        this(RegistryClientConfig.of(url));
    }

    @Override
    public int register(String subject, Schema schema) {
        return idBySubjectAndSchema.computeIfAbsent(subject + '\u0000' + schema, k -> {
            JsonNode reply = call("POST", "/subjects/" + encode(subject) + "/versions", schemaBody(schema),
                    "register schema " + schema.getFullName() + " under subject '" + subject + "'");
            int id = reply.path("id").asInt(-1);
            schemaById.putIfAbsent(id, schema);
            return id;
        });
    }

    @Override
    public int lookup(String subject, Schema schema) {
        return idBySubjectAndSchema.computeIfAbsent(subject + '\u0000' + schema, k -> {
            JsonNode reply = call("POST", "/subjects/" + encode(subject), schemaBody(schema),
                    "look up schema " + schema.getFullName() + " under subject '" + subject + "'");
            int id = reply.path("id").asInt(-1);
            schemaById.putIfAbsent(id, schema);
            return id;
        });
    }

    @Override
    public Schema schemaById(int id) {
        return schemaById.computeIfAbsent(id, k -> {
            JsonNode reply = call("GET", "/schemas/ids/" + id, null, "fetch schema id " + id);
            String type = reply.path("schemaType").asText("AVRO");
            if (!"AVRO".equals(type)) {
                throw new SchemaRegistryException("Schema id " + id + " at " + describe() + " is " + type + ", not AVRO",
                        200, -1, null);
            }
            return new Schema.Parser().parse(reply.path("schema").asText());
        });
    }

    @Override
    public boolean isCompatible(String subject, Schema schema) {
        try {
            JsonNode reply = call("POST", "/compatibility/subjects/" + encode(subject) + "/versions/latest",
                    schemaBody(schema), "check compatibility of " + schema.getFullName() + " with subject '" + subject + "'");
            return reply.path("is_compatible").asBoolean(false);
        } catch (SchemaRegistryException e) {
            if (e.status() == 404) {
                return true; // no earlier version: anything is compatible
            }
            throw e;
        }
    }

    @Override
    public void setCompatibility(String subject, String level) {
        ObjectNode body = JSON.createObjectNode().put("compatibility", level);
        String path = subject == null ? "/config" : "/config/" + encode(subject);
        call("PUT", path, body.toString(), "set compatibility " + level + " on " + (subject == null ? "global config" : "subject '" + subject + "'"));
    }

    @Override
    public String describe() {
        return String.join(",", config.urls());
    }

    private static String schemaBody(Schema schema) {
        return JSON.createObjectNode().put("schema", schema.toString()).put("schemaType", "AVRO").toString();
    }

    private static String encode(String part) {
        return URLEncoder.encode(part, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Tries each URL in turn, retrying retriable failures with exponential backoff, up to max.retries rounds. */
    private JsonNode call(String method, String path, String body, String what) {
        SchemaRegistryException last = null;
        Duration wait = config.retryWait();
        for (int attempt = 0; attempt <= config.maxRetries(); attempt++) {
            for (String base : config.urls()) {
                try {
                    return once(method, base, path, body, what);
                } catch (SchemaRegistryException e) {
                    if (!e.retriable()) {
                        throw e;
                    }
                    last = e;
                }
            }
            if (attempt < config.maxRetries()) {
                log.warn("{} (attempt {} of {}); retrying in {} ms", last.getMessage(), attempt + 1,
                        config.maxRetries() + 1, wait.toMillis());
                sleep(wait);
                wait = wait.multipliedBy(2).compareTo(config.retryMaxWait()) > 0 ? config.retryMaxWait() : wait.multipliedBy(2);
            }
        }
        throw last;
    }

    private JsonNode once(String method, String base, String path, String body, String what) {
        URI uri = URI.create(base + path);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(config.readTimeout())
                .header("Accept", CONTENT_TYPE + ", application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", CONTENT_TYPE);
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new SchemaRegistryException("Schema registry unreachable at " + uri + " while trying to " + what + ": "
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage()), -1, -1, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SchemaRegistryException("Interrupted while trying to " + what + " at " + uri, -1, -1, e);
        }
        JsonNode reply = parse(response.body());
        if (response.statusCode() / 100 != 2) {
            int errorCode = reply.path("error_code").asInt(-1);
            String message = reply.path("message").asText(response.body());
            throw new SchemaRegistryException("Schema registry at " + uri + " refused to " + what + ": HTTP "
                    + response.statusCode() + (errorCode > 0 ? " error_code " + errorCode : "") + ": " + message,
                    response.statusCode(), errorCode, null);
        }
        return reply;
    }

    private static JsonNode parse(String body) {
        try {
            return body == null || body.isBlank() ? JSON.createObjectNode() : JSON.readTree(body);
        } catch (IOException e) {
            return JSON.createObjectNode().put("message", body);
        }
    }

    private static void sleep(Duration wait) {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
