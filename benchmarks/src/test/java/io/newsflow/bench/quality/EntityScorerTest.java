package io.newsflow.bench.quality;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.enrich.entities.EntityKind;
import io.newsflow.enrich.entities.Mention;
import io.newsflow.enrich.entities.TaggedEntity;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EntityScorerTest {
    @TempDir
    Path dir;

    private LabelledPage page() throws Exception {
        Files.writeString(dir.resolve("p.txt"), "Menu | Iran\n\nHeadline about Putin\n\nVladimir Putin met "
                + "Recep Tayyip Erdoğan in Ankara. Liverpool beat Everton.\n\nFooter: Trump news\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("p.labels"), """
                # test page
                @group other
                @text Headline about Putin
                @text Vladimir Putin met >>> Liverpool beat Everton.
                PERSON\tVladimir Putin\tPutin
                PERSON\tRecep Tayyip Erdogan\tErdogan
                LOCATION\tAnkara
                ORGANIZATION\tLiverpool\tLiverpool FC
                ORGANIZATION?\tEverton
                """, StandardCharsets.UTF_8);
        return LabelledPage.loadAll(dir).get(0);
    }

    private static TaggedEntity entity(EntityKind kind, String canonical, String... forms) {
        List<Mention> mentions = java.util.Arrays.stream(forms).map(f -> new Mention(f, 0, f.length())).toList();
        return new TaggedEntity(kind.name().toLowerCase() + ":" + canonical, canonical, kind, forms[0], mentions, false);
    }

    @Test
    void matchesCanonicalNamesThroughAliasesAndDiacritics() throws Exception {
        EntityScore.Page p = EntityScorer.score(page(), List.of(
                entity(EntityKind.PERSON, "Vladimir Putin", "Vladimir Putin"),
                entity(EntityKind.PERSON, "Recep Tayyip Erdoğan", "Recep Tayyip Erdoğan"),
                entity(EntityKind.LOCATION, "ankara", "Ankara"),
                entity(EntityKind.ORGANIZATION, "Liverpool F.C.", "Liverpool")));
        assertThat(p.truePositives()).isEqualTo(4);
        assertThat(p.falsePositives()).isZero();
        assertThat(p.misses()).isEmpty();
    }

    @Test
    void countsTypeErrorsDuplicatesMissesOptionalsAndBoilerplate() throws Exception {
        EntityScore.Page p = EntityScorer.score(page(), List.of(
                entity(EntityKind.PERSON, "Vladimir Putin", "Vladimir Putin"),
                entity(EntityKind.PERSON, "Putin", "Putin"),                 // not merged: a duplicate
                entity(EntityKind.LOCATION, "Liverpool", "Liverpool"),       // wrong type
                entity(EntityKind.ORGANIZATION, "Everton", "Everton"),       // optional: counts nowhere
                entity(EntityKind.PERSON, "Donald Trump", "Trump")));        // only in the footer
        assertThat(p.truePositives()).isEqualTo(1);
        assertThat(p.falsePositives()).isEqualTo(3);
        assertThat(p.labelled()).isEqualTo(4);
        assertThat(p.nameMatches()).isEqualTo(2);
        assertThat(p.typeCorrect()).isEqualTo(1);
        assertThat(p.boilerplateEntities()).isEqualTo(1);
        assertThat(p.boilerplate()).singleElement().asString().contains("Donald Trump");
        assertThat(p.misses()).containsExactlyInAnyOrder("PERSON Recep Tayyip Erdogan", "LOCATION Ankara",
                "ORGANIZATION Liverpool");
        EntityScore.Totals t = new EntityScore(List.of(p)).totals("other");
        assertThat(t.precision()).isEqualTo(0.25);
        assertThat(t.recall()).isEqualTo(0.25);
        assertThat(t.typeAccuracy()).isEqualTo(0.5);
    }

    @Test
    void theMatchingKeyIgnoresCasePeriodsDiacriticsAndALeadingThe() {
        assertThat(LabelledPage.key("U.S.")).isEqualTo(LabelledPage.key("US"));
        assertThat(LabelledPage.key("Bogotá")).isEqualTo(LabelledPage.key("BOGOTA"));
        assertThat(LabelledPage.key("The Hague")).isEqualTo(LabelledPage.key("Hague"));
        assertThat(LabelledPage.key("Ren’ai Reef")).isEqualTo(LabelledPage.key("Ren'ai Reef"));
        assertThat(LabelledPage.key("Georgia")).isNotEqualTo(LabelledPage.key("Georgian"));
    }
}
