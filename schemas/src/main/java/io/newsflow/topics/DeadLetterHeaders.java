package io.newsflow.topics;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * Header names on {@link Topics#DEAD_LETTER} records. The value is the original bytes (or as much of the input as
 * was kept); these headers say what failed, where, and why, so an operator can fix and replay it.
 */
public final class DeadLetterHeaders {
    private DeadLetterHeaders() {
    }

    /** Pipeline stage that gave up: ingest, enrich, sink. */
    public static final String STAGE = "newsflow.error.stage";
    /** Human-readable reason, e.g. "empty file" or "not Confluent Avro: magic byte 0x7b". */
    public static final String REASON = "newsflow.error.reason";
    /** Exception class, when an exception caused it. */
    public static final String EXCEPTION = "newsflow.error.exception";
    public static final String SOURCE_FILE = "newsflow.source.file";
    public static final String SOURCE_TOPIC = "newsflow.source.topic";
    public static final String SOURCE_PARTITION = "newsflow.source.partition";
    public static final String SOURCE_OFFSET = "newsflow.source.offset";
    public static final String ARTICLE_ID = "newsflow.article.id";
    /** Size in bytes of the original input when the record value holds less than all of it. */
    public static final String ORIGINAL_SIZE = "newsflow.source.size";

    public static void put(Headers headers, String name, Object value) {
        if (value != null) {
            headers.remove(name);
            headers.add(name, String.valueOf(value).getBytes(StandardCharsets.UTF_8));
        }
    }

    public static String get(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
