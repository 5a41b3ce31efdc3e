package io.newsflow.bench.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.bench.BrownCorpus;
import io.newsflow.enrich.dedup.DedupSettings;
import io.newsflow.schema.DedupVerdict;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated copy set on a few hundred stories (the full set of ~1,860 runs with `newsflow bench --stage
 * dedup-quality`), judged by the production processor on RocksDB stores, with the default settings.
 */
class DedupQualityTest {
    static List<CopySetGenerator.TestArticle> sequence;

    @BeforeAll
    static void generate() {
        Path cache = Path.of(System.getenv().getOrDefault("NEWSFLOW_CACHE", System.getProperty("user.home") + "/.cache/newsflow"));
        List<BrownCorpus.Article> brown = BrownCorpus.articles(cache);
        sequence = CopySetGenerator.generate(Path.of("..", "seeds"), brown.subList(0, 300), 0.5, 42);
    }

    @Test
    void everyCopyIsFlaggedWithItsFirstSeenOriginalAndNoStoriesAreMerged(@TempDir Path state) {
        DedupScorer.Score score = run(DedupSettings.defaults(), state);

        assertThat(score.stories()).isEqualTo(305);
        assertThat(score.copies()).isGreaterThan(150);
        System.out.println(score.report());
        assertThat(score.caughtByKind()).containsKeys(CopySetGenerator.Kind.RESEND, CopySetGenerator.Kind.REWRAP,
                CopySetGenerator.Kind.EDITED, CopySetGenerator.Kind.CUT);
        assertThat(score.falseMerges()).as(score.report()).isZero();
        assertThat(score.missed()).as(score.report()).isZero();
        assertThat(score.wrongOriginal()).as(score.report()).isZero();
        assertThat(score.caught()).isEqualTo(score.copies());
    }

    @Test
    void theScorerSeesMissesWhenTheThresholdIsTooStrict(@TempDir Path state) {
        // Guards the test above: a Jaccard threshold no edited or cut copy reaches, and no lead bands (so no
        // containment check), must show up as misses, not as a pass.
        DedupSettings strict = new DedupSettings(java.time.Duration.ofDays(7), 4, 5, 0, 0.95);
        DedupScorer.Score score = run(strict, state);

        assertThat(score.missed()).isGreaterThan(20);
        assertThat(score.falseMerges()).isZero();
    }

    @Test
    void articlesThatShareSentencesButAreNotCopiesAreNotMerged(@TempDir Path state) {
        // Short and long articles sharing a sentence or two, sometimes in their leads: the containment check's trap.
        // 20,000 here: 2 false merges measured. The bench runs 100,000: 30 (0.03 %); the detector before the lead
        // sketch and the containment lower bound had 822 (0.8 %). Fails above 0.05 %.
        Path cache = Path.of(System.getenv().getOrDefault("NEWSFLOW_CACHE", System.getProperty("user.home") + "/.cache/newsflow"));
        OverlapStressSet.Result result = OverlapStressSet.run(cache, 20_000, state);

        System.out.println(result.report());
        assertThat(result.falseMerges().size()).as(result.report()).isLessThanOrEqualTo(result.articles() / 2000);
    }

    static DedupScorer.Score run(DedupSettings settings, Path state) {
        Map<String, DedupVerdict> verdicts = new HashMap<>();
        try (DedupStageDriver driver = new DedupStageDriver(settings, state)) {
            for (CopySetGenerator.TestArticle a : sequence) {
                verdicts.put(a.id(), driver.judge(a.article()));
            }
        }
        return DedupScorer.score(sequence, verdicts);
    }
}
