package io.newsflow.topics;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * The header that marks a record as a reprocessing request. It travels with the article through the streams app
 * (Kafka Streams forwards headers through repartition topics and sinks), so the enriched record and duplicate
 * notice produced again carry it too: a consumer can tell a re-issued result from a first one.
 */
public final class ReprocessHeaders {
    private ReprocessHeaders() {
    }

    /** Value: the request's id (who asked, when), for tracing one replay through the topics. */
    public static final String REQUEST = "newsflow.reprocess.request";

    public static void mark(Headers headers, String requestId) {
        headers.remove(REQUEST);
        headers.add(REQUEST, requestId.getBytes(StandardCharsets.UTF_8));
    }

    public static boolean isMarked(Headers headers) {
        return headers.lastHeader(REQUEST) != null;
    }

    public static String requestId(Headers headers) {
        Header header = headers.lastHeader(REQUEST);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
