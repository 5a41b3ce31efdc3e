package io.newsflow.sink;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsflow.schema.DateTag;
import io.newsflow.schema.EnrichedArticle;
import io.newsflow.schema.EntityTag;
import io.newsflow.schema.TrendingEntityCount;

/** The flat JSON documents on the live topics: small, self-describing, no Avro needed to read them. */
public final class LiveCards {
    private static final ObjectMapper JSON = new ObjectMapper();

    private LiveCards() {
    }

    public static String articleCard(EnrichedArticle article, int summaryChars) {
        ObjectNode card = JSON.createObjectNode();
        card.put("articleId", article.getArticleId());
        card.put("title", article.getTitle());
        card.put("publishedDate", article.getPublishedDate());
        card.put("source", article.getSource());
        card.put("byline", article.getByline());
        String body = article.getBody();
        card.put("summary", body.length() <= summaryChars ? body : body.substring(0, summaryChars).trim() + "…");
        card.put("dedupStatus", article.getDedup().getStatus().name());
        ArrayNode entities = card.putArray("entities");
        for (EntityTag entity : article.getEntities()) {
            entities.addObject().put("id", entity.getId()).put("canonical", entity.getCanonical())
                    .put("type", entity.getType().name()).put("mentions", entity.getMentionCount())
                    .put("salient", entity.getSalient());
        }
        ArrayNode dates = card.putArray("dates");
        for (DateTag date : article.getDates()) {
            dates.addObject().put("text", date.getText()).put("value", date.getValue());
        }
        card.put("sourceFile", article.getProvenance().getSourceFile());
        card.put("sourceUrl", article.getProvenance().getSourceUrl());
        card.put("ingestedAt", article.getProvenance().getIngestedAt().toString());
        if (article.getProvenance().getEnrichedAt() != null) {
            card.put("enrichedAt", article.getProvenance().getEnrichedAt().toString());
        }
        return card.toString();
    }

    public static String entityCard(TrendingEntityCount count) {
        return JSON.createObjectNode()
                .put("entityId", count.getEntityId())
                .put("canonical", count.getCanonical())
                .put("type", count.getType().name())
                .put("windowStart", count.getWindowStart().toString())
                .put("windowEnd", count.getWindowEnd().toString())
                .put("articleCount", count.getArticleCount())
                .toString();
    }
}
