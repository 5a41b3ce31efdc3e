package io.newsflow.sink;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.schema.DedupStatus;
import io.newsflow.schema.DedupVerdict;
import io.newsflow.schema.EnrichedArticle;
import io.newsflow.schema.EntityTag;
import io.newsflow.schema.EntityType;
import io.newsflow.schema.Provenance;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.ConfigValue;
import org.junit.jupiter.api.Test;

class LiveSinkConfigTest {
    @Test
    void connectorValidationRefusesMissingClusterAndRegistry() {
        List<ConfigValue> values = new LiveArticleSinkConnector().validate(Map.of("topics", "news.articles.enriched"))
                .configValues();
        assertThat(values).filteredOn(v -> v.name().equals(LiveSinkConfig.BOOTSTRAP_SERVERS))
                .singleElement().satisfies(v -> assertThat(v.errorMessages()).isNotEmpty());
        assertThat(values).filteredOn(v -> v.name().equals(LiveSinkConfig.SCHEMA_REGISTRY_URL))
                .singleElement().satisfies(v -> assertThat(v.errorMessages()).isNotEmpty());
    }

    @Test
    void defaultsNameTheLiveTopics() {
        LiveSinkConfig config = new LiveSinkConfig(Map.of(LiveSinkConfig.BOOTSTRAP_SERVERS, "k:9092",
                LiveSinkConfig.SCHEMA_REGISTRY_URL, "http://r"));
        assertThat(config.getString(LiveSinkConfig.LIVE_ARTICLES_TOPIC)).isEqualTo("news.live.articles");
        assertThat(config.getString(LiveSinkConfig.LIVE_ENTITIES_TOPIC)).isEqualTo("news.live.entities");
    }

    @Test
    void articleCardIsFlatJsonWithASummaryCut() throws Exception {
        EnrichedArticle article = EnrichedArticle.newBuilder().setArticleId("a1").setTitle("T").setBody("x".repeat(500))
                .setEntities(List.of(EntityTag.newBuilder().setId("person:p").setCanonical("P Q").setType(EntityType.PERSON)
                        .setText("Q").setMentionCount(2).build()))
                .setDedup(DedupVerdict.newBuilder().setStatus(DedupStatus.UNIQUE).setSimilarity(0).setContentHash("h").build())
                .setProvenance(Provenance.newBuilder().setRawSha256("r").setIngestedAt(Instant.EPOCH).setPipelineVersion("v").build())
                .build();
        JsonNode card = new ObjectMapper().readTree(LiveCards.articleCard(article, 100));
        assertThat(card.get("articleId").asText()).isEqualTo("a1");
        assertThat(card.get("summary").asText()).hasSize(101).endsWith("…");
        assertThat(card.get("entities").get(0).get("canonical").asText()).isEqualTo("P Q");
        assertThat(card.get("entities").get(0).get("mentions").asInt()).isEqualTo(2);
        assertThat(card.get("dedupStatus").asText()).isEqualTo("UNIQUE");
    }
}
