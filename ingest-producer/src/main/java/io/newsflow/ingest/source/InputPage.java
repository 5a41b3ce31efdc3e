package io.newsflow.ingest.source;

import java.nio.file.Path;
import java.time.Instant;

/**
 * One page to ingest. bytes is null when the page could not be read in full (unreadable or over the size cap);
 * problem then says why, and head holds what could be kept for the dead letter.
 */
public record InputPage(String sourceName, Path path, String sourceUrl, Instant fetchedAt, long size, byte[] bytes,
                        byte[] head, String problem) {
    public boolean readable() {
        return problem == null;
    }
}
