package io.newsflow.enrich.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.enrich.topology.TopologyHarness;
import io.newsflow.schema.DedupStatus;
import io.newsflow.schema.DuplicateNotice;
import io.newsflow.schema.EnrichedArticle;
import io.newsflow.schema.Provenance;
import io.newsflow.schema.RawArticle;
import io.newsflow.topics.Topics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Near-duplicate verdicts of the production topology on the seed articles (five stories about one conflict). */
class NearDuplicateTopologyTest {
    static final Instant DAY0 = Instant.parse("2021-02-01T10:00:00Z");
    static List<String> seeds;

    private TopologyHarness harness;
    private TestInputTopic<String, byte[]> raw;
    private TestOutputTopic<String, EnrichedArticle> enriched;
    private TestOutputTopic<String, DuplicateNotice> duplicates;

    @BeforeAll
    static void readSeeds() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("..", "seeds"))) {
            seeds = files.sorted().map(NearDuplicateTopologyTest::read).toList();
        }
        assertThat(seeds).hasSize(5);
    }

    @org.junit.jupiter.api.io.TempDir
    Path stateDir;

    @BeforeEach
    void start() {
        harness = new TopologyHarness("near-dup-test", DAY0, stateDir);
        raw = harness.raw;
        enriched = harness.enriched;
        duplicates = harness.duplicates;
    }

    @AfterEach
    void stop() {
        harness.close();
    }

    @Test
    void storiesAboutTheSameEventAreNotMerged() {
        for (int i = 0; i < seeds.size(); i++) {
            send("seed" + i, seeds.get(i), null, DAY0);
        }
        assertThat(enriched.readValuesToList()).extracting(a -> a.getDedup().getStatus()).hasSize(5)
                .containsOnly(DedupStatus.UNIQUE);
        assertThat(duplicates.isEmpty()).isTrue();
    }

    @Test
    void editedCopyWithAnAppendedLineIsANearDuplicateOfTheFirstSeen() {
        send("original", seeds.get(0), null, DAY0);
        send("other", seeds.get(2), null, DAY0);
        send("updated", edited(seeds.get(0), 0.05, 7) + "\n\nThis story was corrected on February 2.", null, DAY0);

        DuplicateNotice notice = duplicates.readValue();
        assertThat(notice.getArticleId()).isEqualTo("updated");
        assertThat(notice.getDuplicateOf()).isEqualTo("original");
        assertThat(notice.getStatus()).isEqualTo(DedupStatus.NEAR_DUPLICATE);
        assertThat(notice.getSimilarity()).isBetween(0.5, 0.99);
        assertThat(enriched.readValuesToList()).extracting(EnrichedArticle::getArticleId).containsExactly("original", "other");
    }

    @Test
    void copyCutTo70PercentIsANearDuplicateAndSoIsTheFullStoryWhenTheCutArrivesFirst() {
        send("full", seeds.get(1), null, DAY0);
        send("cut", cut(seeds.get(1), 0.7), null, DAY0);
        send("cut-first", cut(seeds.get(3), 0.7), null, DAY0);
        send("full-later", seeds.get(3), null, DAY0);

        List<DuplicateNotice> notices = duplicates.readValuesToList();
        assertThat(notices).extracting(DuplicateNotice::getArticleId, DuplicateNotice::getDuplicateOf)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("cut", "full"),
                        org.assertj.core.groups.Tuple.tuple("full-later", "cut-first"));
        assertThat(notices).extracting(DuplicateNotice::getStatus).containsOnly(DedupStatus.NEAR_DUPLICATE);
    }

    @Test
    void anEditedCopyAndACutCopyOfOneStoryAreCopiesOfEachOtherWhicheverComesFirst() {
        // The hard pair: neither is the story as first published; the edits changed the lead's MinHashes (so no
        // lead band matches) and the estimated Jaccard is under the threshold, so only containment with leads
        // that mostly agree can link them. Built from the first edit seeds for which that holds.
        DedupSettings settings = DedupSettings.defaults();
        List<String[]> pairs = new ArrayList<>();
        for (int story : new int[] {0, 4}) {
            String cut = cut(seeds.get(story), 0.7);
            ShingleSketch cutSketch = ShingleSketch.of(cut, settings.bodyBands(), settings.leadBands());
            for (long seed = 0; seed < 2000; seed++) {
                String edited = editedInLead(seeds.get(story), seed) + "\n\nThis story was corrected on February 2.";
                ShingleSketch editedSketch = ShingleSketch.of(edited, settings.bodyBands(), settings.leadBands());
                if (!anyLeadBandMatches(cutSketch, editedSketch, settings)
                        && ShingleSketch.estimateJaccard(cutSketch.bits(), editedSketch.bits()) < settings.threshold()) {
                    pairs.add(new String[] {edited, cut});
                    break;
                }
            }
        }
        assertThat(pairs).hasSize(2);
        send("edited-first", pairs.get(0)[0], null, DAY0);
        send("cut-later", pairs.get(0)[1], null, DAY0);
        send("cut-first", pairs.get(1)[1], null, DAY0);
        send("edited-later", pairs.get(1)[0], null, DAY0);

        assertThat(duplicates.readValuesToList()).extracting(DuplicateNotice::getArticleId, DuplicateNotice::getDuplicateOf)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("cut-later", "edited-first"),
                        org.assertj.core.groups.Tuple.tuple("edited-later", "cut-first"));
    }

    private static boolean anyLeadBandMatches(ShingleSketch a, ShingleSketch b, DedupSettings settings) {
        for (int band = settings.bodyBands(); band < settings.bands(); band++) {
            if (a.bandKeys()[band] == b.bandKeys()[band]) {
                return true;
            }
        }
        return false;
    }

    /** 5 % of the words changed, three of them among the first 80 words (the lead). */
    static String editedInLead(String body, long seed) {
        String[] words = body.split(" ");
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < 3; i++) {
            words[random.nextInt(Math.min(80, words.length))] = "edit" + random.nextInt(1000);
        }
        for (int i = 3; i < words.length / 20; i++) {
            words[random.nextInt(words.length)] = "edit" + random.nextInt(1000);
        }
        return String.join(" ", words);
    }

    @Test
    void replayOfANearCopyProducesNothingAndAnExactCopyOfItNamesTheStoryOriginal() {
        send("original", seeds.get(4), null, DAY0);
        String updated = seeds.get(4) + "\n\nUpdated with a statement from the ministry.";
        send("updated", updated, null, DAY0);
        send("updated", updated, null, DAY0); // replay
        send("original", seeds.get(4), null, DAY0); // replay
        send("mirror", updated, null, DAY0); // another site, same body as the update

        List<DuplicateNotice> notices = duplicates.readValuesToList();
        assertThat(notices).extracting(DuplicateNotice::getArticleId).containsExactly("updated", "mirror");
        assertThat(notices).extracting(DuplicateNotice::getDuplicateOf).containsOnly("original");
        assertThat(notices.get(1).getStatus()).isEqualTo(DedupStatus.NEAR_DUPLICATE);
        assertThat(enriched.readValuesToList()).hasSize(1);
    }

    @Test
    void originalsLeaveTheIndexOnceOutOfTheEventTimeWindow() {
        send("old", seeds.get(0), null, DAY0);
        send("six-days-later", cut(seeds.get(0), 0.8), null, DAY0.plus(Duration.ofDays(6)));
        // Another story moves event time on by 10 days; the window is 7 days (+ at most one 1.75-day generation).
        send("news", seeds.get(2), null, DAY0.plus(Duration.ofDays(10)));
        send("late-copy", cut(seeds.get(0), 0.9), null, DAY0.plus(Duration.ofDays(10)));

        assertThat(duplicates.readValuesToList()).extracting(DuplicateNotice::getArticleId).containsExactly("six-days-later");
        assertThat(enriched.readValuesToList()).extracting(EnrichedArticle::getArticleId)
                .containsExactly("old", "news", "late-copy");
    }

    @Test
    void aRecentPublicationDateIsTheEventTime() {
        // Published 6.4 days before ingest: once event time is 2 days on, its generation has left the window, so a
        // later copy is not matched (had ingest time been its event time, it would have been).
        send("original", seeds.get(0), "2021-01-26", DAY0);
        send("news", seeds.get(2), null, DAY0.plus(Duration.ofDays(2)));
        send("copy", seeds.get(0) + "\n\nUpdated.", null, DAY0.plus(Duration.ofDays(2)));

        assertThat(duplicates.isEmpty()).isTrue();
        assertThat(enriched.readValuesToList()).extracting(EnrichedArticle::getArticleId)
                .containsExactly("original", "news", "copy");
    }

    @Test
    void pagesDatedYearsApartDoNotExpireEachOtherAndTheirReplaysAndCopiesAreStillCaught() {
        // Like the seeds: dated 2019 to 2021, all ingested now. The old dates must not expire each other.
        Instant later = DAY0.plus(Duration.ofMinutes(1));
        send("archive", seeds.get(0), "2019-03-01", DAY0);
        send("older", seeds.get(1), "2020-10-03", DAY0);
        send("recent", seeds.get(2), "2021-01-31", DAY0);
        send("archive", seeds.get(0), "2019-03-01", later); // replays
        send("older", seeds.get(1), "2020-10-03", later);
        send("archive-copy", seeds.get(0), "2019-03-01", later);
        send("older-copy", seeds.get(1) + "\n\nFrom our archive.", "2020-10-03", later);

        assertThat(duplicates.readValuesToList()).extracting(DuplicateNotice::getArticleId, DuplicateNotice::getDuplicateOf)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("archive-copy", "archive"),
                        org.assertj.core.groups.Tuple.tuple("older-copy", "older"));
        assertThat(enriched.readValuesToList()).extracting(EnrichedArticle::getArticleId)
                .containsExactly("archive", "older", "recent");
    }

    static String edited(String body, double fraction, long seed) {
        String[] words = body.split(" ");
        SplittableRandom random = new SplittableRandom(seed);
        int changes = (int) (words.length * fraction);
        for (int i = 0; i < changes; i++) {
            words[random.nextInt(words.length)] = "edit" + random.nextInt(1000);
        }
        return String.join(" ", words);
    }

    static String cut(String body, double fraction) {
        List<String> words = new ArrayList<>(Arrays.asList(body.split(" ")));
        return String.join(" ", words.subList(0, (int) (words.size() * fraction)));
    }

    private void send(String id, String body, String published, Instant ingested) {
        RawArticle article = RawArticle.newBuilder().setArticleId(id).setTitle("t").setBody(body).setPublishedDate(published)
                .setProvenance(Provenance.newBuilder().setRawSha256("00").setIngestedAt(ingested)
                        .setPipelineVersion("test").setSourceFile(id + ".txt").build())
                .build();
        raw.pipeInput(id, harness.serdes.valueSerde(RawArticle.class).serializer().serialize(Topics.RAW, article), ingested);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
