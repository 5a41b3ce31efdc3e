package io.newsflow.enrich.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.schema.DedupVerdict;
import io.newsflow.schema.Provenance;
import io.newsflow.schema.RawArticle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.Test;

/**
 * The detector keeps lookup structures in memory beside its store (LSH postings, sketches, a key filter) and rebuilds
 * them from the store in init, as after a restore. Verdicts must not depend on that: a run interrupted by restarts
 * gives the same verdicts, in the same order, as one that was not.
 */
class DuplicateDetectorRestartTest {
    static final Instant DAY0 = Instant.parse("2021-02-01T10:00:00Z");

    @Test
    void verdictsAfterARestartAreThoseOfAnUninterruptedRun() throws IOException {
        List<RawArticle> sequence = sequence();

        List<String> uninterrupted = run(sequence, Integer.MAX_VALUE);
        List<String> restarted = run(sequence, 7);

        assertThat(uninterrupted).hasSize(sequence.size() - 2); // the two replays produce nothing
        assertThat(uninterrupted).filteredOn(v -> v.contains("NEAR_DUPLICATE")).hasSizeGreaterThanOrEqualTo(8);
        assertThat(uninterrupted).filteredOn(v -> v.contains("EXACT_DUPLICATE")).hasSize(3);
        assertThat(restarted).containsExactlyElementsOf(uninterrupted);
    }

    /** Runs the sequence through the detector, replacing it by a new one (init on the same stores) every n records. */
    private static List<String> run(List<RawArticle> sequence, int restartEvery) {
        MockProcessorContext<String, DedupResult> context = new MockProcessorContext<>();
        KeyValueStore<Bytes, byte[]> index = Stores.keyValueStoreBuilder(
                Stores.inMemoryKeyValueStore(DuplicateDetector.INDEX_STORE), Serdes.Bytes(), Serdes.ByteArray())
                .withLoggingDisabled().build();
        KeyValueStore<String, Long> clock = Stores.keyValueStoreBuilder(
                Stores.inMemoryKeyValueStore(DuplicateDetector.CLOCK_STORE), Serdes.String(), Serdes.Long())
                .withLoggingDisabled().build();
        index.init(context.getStateStoreContext(), index);
        clock.init(context.getStateStoreContext(), clock);
        context.addStateStore(index);
        context.addStateStore(clock);
        List<String> verdicts = new ArrayList<>();
        DuplicateDetector detector = null;
        for (int i = 0; i < sequence.size(); i++) {
            if (i % restartEvery == 0) {
                detector = new DuplicateDetector(DedupSettings.defaults());
                detector.init(context);
            }
            RawArticle article = sequence.get(i);
            detector.process(new Record<>(article.getArticleId(), article, article.getProvenance().getIngestedAt().toEpochMilli()));
            for (var forwarded : context.forwarded()) {
                DedupVerdict v = forwarded.record().value().verdict();
                verdicts.add(forwarded.record().key() + " " + v.getStatus() + " " + v.getDuplicateOf() + " " + v.getSimilarity());
            }
            context.resetForwards();
        }
        return verdicts;
    }

    /** The seeds, then copies of them (edited, cut, re-sent, updated) and two replays, over a few days. */
    private static List<RawArticle> sequence() throws IOException {
        List<String> seeds;
        try (Stream<Path> files = Files.list(Path.of("..", "seeds"))) {
            seeds = files.sorted().map(f -> {
                try {
                    return Files.readString(f);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
        List<RawArticle> out = new ArrayList<>();
        for (int i = 0; i < seeds.size(); i++) {
            out.add(article("seed" + i, seeds.get(i), DAY0.plus(Duration.ofHours(i))));
        }
        for (int i = 0; i < seeds.size(); i++) {
            Instant later = DAY0.plus(Duration.ofDays(1 + i % 3));
            out.add(article("edited" + i, NearDuplicateTopologyTest.edited(seeds.get(i), 0.05, i) + "\n\nCorrected.", later));
            out.add(article("cut" + i, NearDuplicateTopologyTest.cut(seeds.get(i), 0.7), later));
            if (i % 2 == 0) {
                out.add(article("resent" + i, seeds.get(i), later));
            }
        }
        out.add(article("seed1", seeds.get(1), DAY0.plus(Duration.ofDays(4)))); // replays
        out.add(article("cut2", NearDuplicateTopologyTest.cut(seeds.get(2), 0.7), DAY0.plus(Duration.ofDays(4))));
        return out;
    }

    private static RawArticle article(String id, String body, Instant ingested) {
        return RawArticle.newBuilder().setArticleId(id).setTitle("t").setBody(body)
                .setProvenance(Provenance.newBuilder().setRawSha256("00").setIngestedAt(ingested)
                        .setPipelineVersion("test").setSourceFile(id + ".txt").build())
                .build();
    }
}
