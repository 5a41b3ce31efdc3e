package io.newsflow.enrich.deadletter;

/**
 * A record the topology gave up on: the original bytes and why. Written to news.articles.dlq with
 * {@link io.newsflow.topics.DeadLetterHeaders}.
 */
public record DeadLetter(String articleId, byte[] original, String stage, String reason, String exception) {
}
