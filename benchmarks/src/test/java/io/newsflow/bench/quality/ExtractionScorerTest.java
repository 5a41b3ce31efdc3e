package io.newsflow.bench.quality;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.ingest.extract.ArticleExtractor;
import io.newsflow.ingest.extract.ExtractedArticle;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Scores the real extractor on the labelled dev set (in ingest-producer's test resources, seeds at the repository
 * root). Thresholds sit just below what was measured (all 100% on 48 pages; 12 and then 11 of them were added as
 * held-out batches and scored before the rules were tuned on them): two wrong titles or dates in 47 article pages, or a
 * few lost or leaked sentences, fail the build.
 */
class ExtractionScorerTest {

    private static List<DevSetPage> pages;
    private static ExtractionScorer.Score score;

    @BeforeAll
    static void scoreDevSet() {
        Path repo = Path.of(System.getProperty("basedir", System.getProperty("user.dir"))).resolve("..").normalize();
        pages = DevSetPage.load(repo.resolve("ingest-producer/src/test/resources/extraction-devset"), repo.resolve("seeds"));
        ArticleExtractor extractor = new ArticleExtractor(8L << 20);
        score = new ExtractionScorer(extractor::extract).score(pages);
        System.out.print(ExtractionScorer.report(score));
    }

    @Test
    void devSetIsLargeAndFullyLabelled() {
        assertThat(pages).hasSizeGreaterThanOrEqualTo(48);
        assertThat(pages.stream().filter(DevSetPage::seed)).hasSize(5);
        assertThat(pages).filteredOn(p -> !p.expectsRejection())
                .allSatisfy(p -> {
                    assertThat(p.bodyParagraphs()).as(p.name() + ".body.txt").isNotEmpty();
                    assertThat(p.labels("title")).as(p.name() + " title").isTrue();
                    assertThat(p.labels("publishedDate")).as(p.name() + " publishedDate").isTrue();
                });
    }

    @Test
    void extractorMeetsTheMeasuredQuality() {
        assertThat(score.titleRate()).as("title exact match").isGreaterThanOrEqualTo(0.97);
        assertThat(score.publishedRate()).as("publication date").isGreaterThanOrEqualTo(0.97);
        assertThat(score.updatedRate()).as("updated date").isGreaterThanOrEqualTo(0.95);
        assertThat(score.languageRate()).as("language").isGreaterThanOrEqualTo(0.95);
        assertThat(score.bylineRate()).as("byline").isGreaterThanOrEqualTo(0.90);
        assertThat(score.sourceRate()).as("source").isGreaterThanOrEqualTo(0.90);
        assertThat(score.rejectionRate()).as("expected rejections").isEqualTo(1.0);
        assertThat(score.sentenceRecall()).as("body sentence recall").isGreaterThanOrEqualTo(0.98);
        assertThat(score.sentencePrecision()).as("body sentence precision").isGreaterThanOrEqualTo(0.98);
        assertThat(score.leakedLines()).as("boilerplate lines leaked").isLessThanOrEqualTo(1);
        assertThat(score.subset(ExtractionScorer.PageScore::seed).titleRate()).as("seed titles").isEqualTo(1.0);
        assertThat(score.subset(ExtractionScorer.PageScore::seed).publishedRate()).as("seed dates").isEqualTo(1.0);
    }

    @Test
    void scorerCatchesABrokenExtractor() {
        // Keeps everything: the title as a paragraph, no dates; and drops the last paragraph of each page.
        ExtractionScorer.Extraction broken = (bytes, name) -> {
            ExtractedArticle real = new ArticleExtractor(8L << 20).extract(bytes, name);
            List<String> paragraphs = new ArrayList<>(real.paragraphs().subList(0, real.paragraphs().size() - 1));
            paragraphs.add(0, "Share this article on Facebook and Twitter");
            return new ExtractedArticle(real.title() + "!", null, paragraphs, null, null, null, null, "en");
        };
        ExtractionScorer.Score bad = new ExtractionScorer(broken).score(pages);
        assertThat(bad.titleRate()).isZero();
        assertThat(bad.publishedRate()).isLessThan(0.5);
        assertThat(bad.sentenceRecall()).isLessThan(0.95);
        assertThat(bad.sentencePrecision()).isLessThan(0.99);
        assertThat(bad.leakedLines()).isGreaterThanOrEqualTo(20);
        assertThat(bad.pages()).allSatisfy(p -> {
            if (p.rejectionRight() == null) {
                assertThat(p.failures()).anySatisfy(f -> assertThat(f).startsWith("title:"));
            }
        });
    }

    @Test
    void sentencesCompareAfterNormalisation() {
        assertThat(BodySentences.of(List.of("“It’s done,” she said. The vote — 9–2 — passed!  Next?")))
                .containsExactly("\"It's done,\" she said.", "The vote - 9-2 - passed!", "Next?");
        assertThat(BodySentences.normalize("  a\u00A0 b ")).isEqualTo("a b");
    }
}
