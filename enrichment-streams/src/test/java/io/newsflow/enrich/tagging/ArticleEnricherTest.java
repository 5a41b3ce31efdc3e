package io.newsflow.enrich.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.enrich.dates.DateTagger;
import io.newsflow.enrich.entities.EntityTagger;
import io.newsflow.schema.DateTag;
import io.newsflow.schema.DedupStatus;
import io.newsflow.schema.DedupVerdict;
import io.newsflow.schema.Provenance;
import io.newsflow.schema.RawArticle;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleEnricherTest {

    private static final String BODY = "Villagers set their houses on fire on Saturday before the deadline.";

    @Test
    void referenceDateAnchorsWeekdaysWhenNoPublicationDate() {
        assertThat(dateValues(raw(null, "2020-11-14"))).containsExactly("2020-11-14");
    }

    @Test
    void statedPublicationDateWinsOverReferenceDate() {
        assertThat(dateValues(raw("2020-11-21", "2020-11-14"))).containsExactly("2020-11-21");
    }

    @Test
    void withNeitherDateAWeekdayStaysUnanchored() {
        // Records written before the field existed read referenceDate as null.
        assertThat(dateValues(raw(null, null))).containsExactly("XXXX-WXX-6");
    }

    private static List<String> dateValues(RawArticle article) {
        ArticleEnricher enricher = new ArticleEnricher(EntityTagger.withBundledGazetteer(), new DateTagger(),
                Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));
        DedupVerdict unique = DedupVerdict.newBuilder().setStatus(DedupStatus.UNIQUE).setSimilarity(0)
                .setContentHash("00").build();
        return enricher.enrich(article, unique).getDates().stream().map(DateTag::getValue).toList();
    }

    private static RawArticle raw(String published, String reference) {
        return RawArticle.newBuilder()
                .setArticleId("0123456789abcdef")
                .setTitle("Houses burn")
                .setBody(BODY)
                .setPublishedDate(published)
                .setReferenceDate(reference)
                .setProvenance(Provenance.newBuilder().setRawSha256("00").setIngestedAt(Instant.EPOCH)
                        .setPipelineVersion("test").build())
                .build();
    }
}
