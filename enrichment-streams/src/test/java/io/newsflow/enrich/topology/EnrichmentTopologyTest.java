package io.newsflow.enrich.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.schema.DedupStatus;
import io.newsflow.schema.DuplicateNotice;
import io.newsflow.schema.EnrichedArticle;
import io.newsflow.schema.Provenance;
import io.newsflow.schema.RawArticle;
import io.newsflow.schema.TrendingEntityCount;
import io.newsflow.topics.DeadLetterHeaders;
import io.newsflow.topics.ReprocessHeaders;
import io.newsflow.topics.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The production topology, driven without a broker. */
class EnrichmentTopologyTest {
    private static final String BODY = "Russian President Vladimir Putin and Azerbaijani President Ilham Aliyev discussed "
            + "the ceasefire in Nagorno-Karabakh on Saturday, the Kremlin said.\n\nAliyev said the centre in Aghdam "
            + "began work on November 20, 2020.";

    private TopologyHarness harness;
    private TestInputTopic<String, byte[]> raw;
    private TestOutputTopic<String, EnrichedArticle> enriched;
    private TestOutputTopic<String, DuplicateNotice> duplicates;
    private TestOutputTopic<String, byte[]> deadLetters;
    private TestOutputTopic<String, TrendingEntityCount> trending;

    @org.junit.jupiter.api.io.TempDir
    java.nio.file.Path stateDir;

    @BeforeEach
    void start() {
        harness = new TopologyHarness("topology-test", Instant.parse("2021-02-01T00:00:00Z"), stateDir);
        raw = harness.raw;
        enriched = harness.enriched;
        duplicates = harness.duplicates;
        deadLetters = harness.deadLetters;
        trending = harness.trending;
    }

    @AfterEach
    void stop() {
        harness.close();
    }

    @Test
    void uniqueArticleIsEnrichedWithEntitiesDatesAndVerdict() {
        send(article("a1", BODY, "2021-01-31"));

        EnrichedArticle out = enriched.readValue();
        assertThat(out.getArticleId()).isEqualTo("a1");
        assertThat(out.getDedup().getStatus()).isEqualTo(DedupStatus.UNIQUE);
        assertThat(out.getDedup().getContentHash()).hasSize(64);
        assertThat(out.getEntities()).extracting(e -> e.getCanonical())
                .contains("Vladimir Putin", "Ilham Aliyev", "Nagorno-Karabakh");
        assertThat(out.getDates()).extracting(d -> d.getValue()).contains("2021-01-30", "2020-11-20");
        assertThat(out.getProvenance().getEnrichedAt()).isEqualTo(Instant.parse("2021-02-01T00:00:00Z"));
        assertThat(duplicates.isEmpty()).isTrue();
        assertThat(deadLetters.isEmpty()).isTrue();
    }

    @Test
    void copyUnderAnotherIdIsAnExactDuplicateOfTheFirstSeen() {
        send(article("first", BODY, null));
        // Same story, different whitespace and quotes: the fingerprint is of the normalised body.
        send(article("second", BODY.replace("  ", " ").replace("\n\n", "\n") + "  ", null));

        assertThat(enriched.readValuesToList()).extracting(EnrichedArticle::getArticleId).containsExactly("first");
        DuplicateNotice notice = duplicates.readValue();
        assertThat(notice.getArticleId()).isEqualTo("second");
        assertThat(notice.getDuplicateOf()).isEqualTo("first");
        assertThat(notice.getStatus()).isEqualTo(DedupStatus.EXACT_DUPLICATE);
        assertThat(notice.getSimilarity()).isEqualTo(1.0);
    }

    @Test
    void replayOfAnAlreadyProcessedArticleProducesNothingNew() {
        RawArticle original = article("a1", BODY, null);
        send(original);
        send(original);

        assertThat(enriched.readValuesToList()).hasSize(1);
        assertThat(duplicates.isEmpty()).isTrue();
    }

    @Test
    void reissuedArticlesGetTheirVerdictAgainMarkedAndAreNotCountedTwice() {
        send(article("a1", BODY, null));
        send(article("copy", BODY + " ", null));
        assertThat(enriched.readValuesToList()).hasSize(1);
        assertThat(duplicates.readValuesToList()).hasSize(1);
        int trendingUpdates = trending.readValuesToList().size();

        reissue(article("a1", BODY, null), "replay-1");
        reissue(article("copy", BODY + " ", null), "replay-1");

        TestRecord<String, EnrichedArticle> again = enriched.readRecord();
        assertThat(again.key()).isEqualTo("a1");
        assertThat(again.value().getDedup().getStatus()).isEqualTo(DedupStatus.UNIQUE);
        assertThat(again.value().getEntities()).isNotEmpty();
        assertThat(ReprocessHeaders.requestId(again.headers())).isEqualTo("replay-1");
        TestRecord<String, DuplicateNotice> notice = duplicates.readRecord();
        assertThat(notice.value().getArticleId()).isEqualTo("copy");
        assertThat(notice.value().getDuplicateOf()).isEqualTo("a1");
        assertThat(notice.value().getStatus()).isEqualTo(DedupStatus.EXACT_DUPLICATE);
        assertThat(ReprocessHeaders.isMarked(notice.headers())).isTrue();
        assertThat(enriched.isEmpty()).isTrue();
        assertThat(trendingUpdates).isPositive();
        assertThat(trending.isEmpty()).as("re-issued articles are not counted again").isTrue();

        // The same bytes without the mark are a plain replay again: dropped.
        send(article("a1", BODY, null));
        assertThat(enriched.isEmpty()).isTrue();
    }

    @Test
    void aReissuedArticleNeverSeenBeforeIsJudgedAsNew() {
        reissue(article("late", BODY, null), "replay-2");
        EnrichedArticle out = enriched.readValue();
        assertThat(out.getArticleId()).isEqualTo("late");
        assertThat(out.getDedup().getStatus()).isEqualTo(DedupStatus.UNIQUE);
    }

    @Test
    void bytesThatAreNotOurAvroGoToTheDeadLetterTopicWithTheReason() {
        byte[] junk = "{\"title\": \"not avro\"}".getBytes(StandardCharsets.UTF_8);
        raw.pipeInput("k1", junk);
        send(article("after", BODY, null)); // the stream keeps going

        TestRecord<String, byte[]> letter = deadLetters.readRecord();
        assertThat(letter.key()).isEqualTo("k1");
        assertThat(letter.value()).isEqualTo(junk);
        assertThat(DeadLetterHeaders.get(letter.headers(), DeadLetterHeaders.REASON)).contains("magic byte 0x7b");
        assertThat(DeadLetterHeaders.get(letter.headers(), DeadLetterHeaders.STAGE)).isEqualTo("decode");
        assertThat(DeadLetterHeaders.get(letter.headers(), DeadLetterHeaders.SOURCE_TOPIC)).isEqualTo(Topics.RAW);
        assertThat(enriched.readValue().getArticleId()).isEqualTo("after");
    }

    @Test
    void articleWithAnEmptyBodyIsDeadLettered() {
        send(article("empty", "   ", null));

        TestRecord<String, byte[]> letter = deadLetters.readRecord();
        assertThat(letter.key()).isEqualTo("empty");
        assertThat(DeadLetterHeaders.get(letter.headers(), DeadLetterHeaders.REASON)).contains("empty body");
        assertThat(enriched.isEmpty()).isTrue();
    }

    @Test
    void everyEntityOfAnEnrichedArticleIsCountedInItsWindow() {
        send(article("a1", BODY, null));
        send(article("a2", "Vladimir Putin met the Turkish foreign minister in Sochi to discuss grain exports "
                + "through the Black Sea and the security of shipping lanes, officials in Ankara said.", null));

        List<TrendingEntityCount> counts = trending.readValuesToList();
        assertThat(counts).filteredOn(c -> c.getCanonical().equals("Vladimir Putin"))
                .extracting(TrendingEntityCount::getArticleCount).containsExactly(1L, 2L);
        assertThat(counts.get(0).getWindowEnd().toEpochMilli() - counts.get(0).getWindowStart().toEpochMilli())
                .isEqualTo(3_600_000L);
    }

    private void send(RawArticle article) {
        raw.pipeInput(article.getArticleId(), harness.serdes.valueSerde(RawArticle.class).serializer().serialize(Topics.RAW, article),
                Instant.parse("2021-02-01T10:00:00Z"));
    }

    private void reissue(RawArticle article, String requestId) {
        org.apache.kafka.common.header.internals.RecordHeaders headers = new org.apache.kafka.common.header.internals.RecordHeaders();
        ReprocessHeaders.mark(headers, requestId);
        harness.reprocess.pipeInput(new TestRecord<>(article.getArticleId(),
                harness.serdes.valueSerde(RawArticle.class).serializer().serialize(Topics.RAW, article), headers,
                Instant.parse("2021-02-01T11:00:00Z")));
    }

    static RawArticle article(String id, String body, String published) {
        return RawArticle.newBuilder().setArticleId(id).setTitle("Putin, Aliyev hold talks").setBody(body)
                .setPublishedDate(published)
                .setProvenance(Provenance.newBuilder().setRawSha256("00").setIngestedAt(Instant.parse("2021-02-01T10:00:00Z"))
                        .setPipelineVersion("test").setSourceFile(id + ".txt").build())
                .build();
    }
}
