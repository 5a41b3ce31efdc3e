package io.newsflow.cli.export;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** One line of the export JSONL (a contract: see DESIGN.md). Fields are written even when null. */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"sourceFile", "articleId", "status", "title", "publishedDate", "source", "body", "entities", "dates",
        "dedup", "error"})
public record ExportLine(String sourceFile, String articleId, String status, String title, String publishedDate,
                         String source, String body, List<Entity> entities, List<DateValue> dates, Dedup dedup,
                         String error) {

    public static final String ENRICHED = "ENRICHED";
    public static final String DUPLICATE = "DUPLICATE";
    public static final String DEAD_LETTER = "DEAD_LETTER";

    @JsonPropertyOrder({"text", "canonical", "type"})
    public record Entity(String text, String canonical, String type) {
    }

    @JsonPropertyOrder({"text", "value"})
    public record DateValue(String text, String value) {
    }

    @JsonPropertyOrder({"status", "duplicateOf", "similarity"})
    public record Dedup(String status, String duplicateOf, Double similarity) {
    }
}
