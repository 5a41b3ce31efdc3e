package io.newsflow.bench.dedup;

import io.newsflow.bench.BrownCorpus;
import io.newsflow.content.ContentFingerprint;
import io.newsflow.enrich.dedup.DedupSettings;
import io.newsflow.schema.DedupStatus;
import io.newsflow.schema.DedupVerdict;
import io.newsflow.schema.Provenance;
import io.newsflow.schema.RawArticle;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A false-merge stress set: articles of 3 to 40 Brown corpus sentences drawn at random (each sentence ends up in
 * about 50 articles, a few "sentences" are whole paragraphs), so short and long articles share sentences, sometimes
 * in their leads: what the containment check must not mistake for a copy cut short. No copies are made; every
 * verdict naming an original is checked against the exact content-word-bigram sets of the two bodies: an overlap
 * (Jaccard ≥ 0.5 or containment of the shorter ≥ 0.6, as a copy would have) or a false merge.
 */
public final class OverlapStressSet {
    private static final double OVERLAP_JACCARD = 0.5;
    private static final double OVERLAP_CONTAINMENT = 0.6;

    private OverlapStressSet() {
    }

    /** What the detector said about the set: judged copies, how many of them overlap as copies do, the false merges. */
    public record Result(int articles, int judgedCopies, int overlaps, List<String> falseMerges) {
        public String report() {
            StringBuilder out = new StringBuilder(String.format(
                    "overlap stress set: %,d articles of 3-40 shared Brown sentences: %d judged copies, of which %d overlap "
                            + "as copies do (exact J >= %.1f or containment >= %.1f) and %d are false merges (%.2f %%)%n",
                    articles, judgedCopies, overlaps, OVERLAP_JACCARD, OVERLAP_CONTAINMENT, falseMerges.size(),
                    100.0 * falseMerges.size() / articles));
            falseMerges.stream().limit(10).forEach(f -> out.append(f).append('\n'));
            return out.toString();
        }
    }

    public static Result run(Path cacheDir, int articles, Path stateDir) {
        List<String> sentences = DedupStoreBenchmark.sentences(BrownCorpus.articles(cacheDir));
        DedupSettings settings = DedupSettings.defaults();
        Instant start = Instant.parse("2021-02-01T00:00:00Z");
        long spacing = settings.window().toMillis() / articles;
        Map<String, String> bodies = new HashMap<>();
        int named = 0;
        int overlaps = 0;
        List<String> falseMerges = new ArrayList<>();
        try (DedupStageDriver driver = new DedupStageDriver(settings, stateDir)) {
            for (int i = 0; i < articles; i++) {
                RawArticle article = article(i, sentences, start.plusMillis(i * spacing));
                bodies.put(article.getArticleId(), article.getBody());
                DedupVerdict verdict = driver.judge(article);
                if (verdict == null || verdict.getStatus() == DedupStatus.UNIQUE) {
                    continue;
                }
                named++;
                Set<Long> a = bigrams(article.getBody());
                Set<Long> b = bigrams(bodies.get(verdict.getDuplicateOf()));
                Set<Long> shared = new HashSet<>(a);
                shared.retainAll(b);
                double jaccard = (double) shared.size() / (a.size() + b.size() - shared.size());
                double containment = (double) shared.size() / Math.max(1, Math.min(a.size(), b.size()));
                if (jaccard >= OVERLAP_JACCARD || containment >= OVERLAP_CONTAINMENT) {
                    overlaps++;
                } else {
                    falseMerges.add(String.format("  FALSE MERGE %s -> %s: exact Jaccard %.2f, containment %.2f, sizes %d/%d, verdict %.3f",
                            article.getArticleId(), verdict.getDuplicateOf(), jaccard, containment, a.size(), b.size(),
                            verdict.getSimilarity()));
                }
            }
        }
        return new Result(articles, named, overlaps, falseMerges);
    }

    static RawArticle article(int n, List<String> sentences, Instant ingested) {
        // Seeded through SplittableRandom: java.util.Random's first draws for nearby seeds are correlated.
        Random random = new Random(new SplittableRandom(n).nextLong());
        int count = 3 + random.nextInt(38);
        StringBuilder body = new StringBuilder();
        for (int s = 0; s < count; s++) {
            body.append(sentences.get(random.nextInt(sentences.size()))).append(s % 5 == 4 ? "\n\n" : " ");
        }
        return RawArticle.newBuilder().setArticleId(String.format("%020x", n)).setTitle("Article " + n)
                .setBody(body.toString().trim())
                .setProvenance(Provenance.newBuilder().setRawSha256("00").setIngestedAt(ingested)
                        .setPipelineVersion("bench").setSourceFile(n + ".txt").build())
                .build();
    }

    /** The exact feature set the sketch samples: hashes of adjacent content-word pairs of the normalised body. */
    static Set<Long> bigrams(String body) {
        List<String> words = new ArrayList<>();
        for (String word : ContentFingerprint.normalise(body).split(" ")) {
            if (!word.isEmpty() && !io.newsflow.enrich.dedup.ShingleSketch.isStopWord(word)) {
                words.add(word);
            }
        }
        Set<Long> out = new HashSet<>();
        for (int i = 1; i < words.size(); i++) {
            out.add((long) words.get(i - 1).hashCode() << 32 ^ words.get(i).hashCode() & 0xFFFFFFFFL);
        }
        return out;
    }
}
