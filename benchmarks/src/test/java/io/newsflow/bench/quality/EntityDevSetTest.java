package io.newsflow.bench.quality;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.enrich.entities.EntityTagger;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Regression guard on the labelled entity dev set (raw pages → extractor → tagger). Thresholds sit just below the
 * figures measured when they were set; raise them when the tagger improves, never lower them to make a change pass.
 *
 * <p>Last set with 7 seed-like and 35 other pages. Held-out batches, each scored before any tuning on it: 10 pages
 * (F1 0.679, type accuracy 0.940); 6 pages (Canadian provincial politics, a tech funding story, a South African
 * business wire, a Scottish sheriff court, US college sports, Baltic energy; F1 0.669, type 0.920, before the
 * second round); 4 pages written after the second round's changes (1994 UPI wire, New Zealand council, Indian
 * startup funding, German coalition talks; F1 0.841, P 0.984, R 0.735, type 1.000). Measured after tuning: seed
 * F1 0.989, type 1.000, 0 boilerplate; other F1 0.923, type 0.994. The 2 boilerplate entities of the other group
 * come from footer lines of two held-out pages that the extractor keeps in the body ("Reach NAME at ...", a
 * "funded by the BBC" note), not from the tagger.
 *
 * <p>Third round: 4 fresh pages (European markets wire with foreign company forms, Pune municipal budget, UK crown
 * court, rugby union match report) scored before any change: F1 0.742 (P 0.842, R 0.664, type 0.944, 5 boilerplate
 * entities, all from one page's legal footer line that the extractor keeps); after the round they score F1 0.861
 * (P 0.905, R 0.820, type 0.981) in-sample. Measured after the third round, 39 other pages: F1 0.918, type 0.994,
 * 6 boilerplate (the footer's 5 and the BBC note); seed unchanged (F1 0.989, type 1.000, 0 boilerplate). The
 * extractor then learned publishers' legal footers ("Registered in England and Wales"): other F1 0.921, 1 boilerplate
 * entity left (the BBC funding note).
 *
 * <p>Fourth round (document-level recurrence of unknown names, one type per name per article, acronyms quoted as
 * sources): other P 0.969, R 0.879, F1 0.922, type 0.994; seed unchanged. No fresh pages were scored in that round.
 *
 * <p>Fifth round (duplicates from blind pages: bracketed short names that do not spell the name, bare "X" for
 * "X County", names after initials, trade nouns opening a company name, named storms): other P 0.970, R 0.879,
 * F1 0.922, type 0.994, 1 boilerplate; seed F1 0.989, type 1.000, 0 boilerplate. No fresh pages in that round.
 */
class EntityDevSetTest {
    private static EntityScore score;

    @BeforeAll
    static void scoreDevSet() throws URISyntaxException {
        Path dir = Path.of(EntityDevSetTest.class.getResource("/devset-entities").toURI());
        List<LabelledPage> pages = LabelledPage.loadAll(dir);
        score = new EntityScorer(EntityTagger.withBundledGazetteer()).score(pages);
        System.out.println(score.report());
    }

    @Test
    void devSetHasSeedAndOtherPages() {
        assertThat(score.totals("seed").pages()).isGreaterThanOrEqualTo(7);
        assertThat(score.totals("other").pages()).isGreaterThanOrEqualTo(39);
    }

    @Test
    void seedLikePages() {
        EntityScore.Totals t = score.totals("seed");
        assertThat(t.f1()).as("seed-like F1").isGreaterThanOrEqualTo(SEED_F1);
        assertThat(t.typeAccuracy()).as("seed-like type accuracy").isGreaterThanOrEqualTo(SEED_TYPE);
        assertThat(t.boilerplateEntities()).as("seed-like boilerplate entities").isLessThanOrEqualTo(SEED_BOILERPLATE);
    }

    @Test
    void otherErasRegionsAndFormats() {
        EntityScore.Totals t = score.totals("other");
        assertThat(t.f1()).as("other F1").isGreaterThanOrEqualTo(OTHER_F1);
        assertThat(t.typeAccuracy()).as("other type accuracy").isGreaterThanOrEqualTo(OTHER_TYPE);
        assertThat(t.boilerplateEntities()).as("other boilerplate entities").isLessThanOrEqualTo(OTHER_BOILERPLATE);
    }

    private static final double SEED_F1 = 0.988;
    private static final double SEED_TYPE = 0.999;
    private static final int SEED_BOILERPLATE = 0;
    private static final double OTHER_F1 = 0.921;
    private static final double OTHER_TYPE = 0.993;
    private static final int OTHER_BOILERPLATE = 1;
}
