package io.newsflow.enrich.entities;

/** One surface form of an entity: {@code text} is {@code body.substring(start, end)}. */
public record Mention(String text, int start, int end) {
}
