package io.newsflow.cli.pipeline;

import io.newsflow.schema.DuplicateNotice;
import io.newsflow.schema.EnrichedArticle;

/** Where an article ended up: enriched, flagged as a duplicate, or dead-lettered with a reason. */
public sealed interface TerminalState {
    record Enriched(EnrichedArticle article) implements TerminalState {
    }

    record Duplicate(DuplicateNotice notice) implements TerminalState {
    }

    record DeadLettered(String stage, String reason) implements TerminalState {
    }
}
