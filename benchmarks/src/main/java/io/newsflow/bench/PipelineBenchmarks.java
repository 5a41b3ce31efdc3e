package io.newsflow.bench;

import io.newsflow.bench.dedup.CopySetGenerator;
import io.newsflow.bench.dedup.DedupScorer;
import io.newsflow.bench.dedup.DedupStageDriver;
import io.newsflow.bench.dedup.DedupStoreBenchmark;
import io.newsflow.bench.dedup.OverlapStressSet;
import io.newsflow.enrich.dedup.DedupSettings;
import io.newsflow.schema.DedupVerdict;
import io.newsflow.schema.Provenance;
import io.newsflow.schema.RawArticle;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Instant;
import io.newsflow.enrich.dates.DateTagger;
import io.newsflow.enrich.entities.EntityTagger;
import io.newsflow.ingest.extract.ArticleExtractor;
import io.newsflow.ingest.extract.UnusableInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** The stage benchmarks `newsflow bench` runs, each over the same corpus articles. */
public final class PipelineBenchmarks {
    public static final List<String> STAGES = List.of("extract", "dates", "entities", "dedup", "dedup-signature");
    /** Stages that report measurements other than throughput alone. */
    public static final List<String> REPORTS = List.of("dedup-quality", "dedup-store");

    private final Path cacheDir;
    private final List<BrownCorpus.Article> articles;
    private final int warmup;
    private final int passes;

    public PipelineBenchmarks(Path cacheDir, int limit, int warmup, int passes) {
        this.cacheDir = cacheDir;
        List<BrownCorpus.Article> all = BrownCorpus.articles(cacheDir);
        this.articles = limit > 0 && limit < all.size() ? all.subList(0, limit) : all;
        this.warmup = warmup;
        this.passes = passes;
    }

    public int articleCount() {
        return articles.size();
    }

    public double meanWords() {
        return articles.stream().mapToInt(BrownCorpus.Article::words).average().orElse(0);
    }

    public StageBenchmark.Result run(String stage) {
        return switch (stage) {
            case "extract" -> extract();
            case "dates" -> dates();
            case "entities" -> entities();
            case "dedup" -> dedup();
            case "dedup-signature" -> dedupSignature();
            default -> throw new IllegalArgumentException("Unknown stage " + stage + "; one of " + STAGES);
        };
    }

    /** Text pages: each article wrapped in the kind of chrome the seeds carry (menu, date line, teasers, footer). */
    private StageBenchmark.Result extract() {
        List<byte[]> pages = new ArrayList<>();
        for (BrownCorpus.Article a : articles) {
            String title = a.paragraphs().get(0).split("[.;:]")[0];
            title = title.length() > 90 ? title.substring(0, 90) : title;
            String page = "Home\nWorld\nPolitics\nBusiness\nContact Us\n\n" + title + "\n\nMarch 3, 1961\n\n" + a.body()
                    + "\n\nPrevious Story\n\nOther headline here\n\nNext Story\n\nLatest from News\n\n"
                    + "Copyright © 1961 The Daily Example. All rights reserved.\n";
            pages.add(page.getBytes(StandardCharsets.UTF_8));
        }
        ArticleExtractor extractor = new ArticleExtractor(8 << 20);
        Consumer<byte[]> work = page -> {
            try {
                extractor.extract(page, "bench");
            } catch (UnusableInputException e) {
                // counted as work done: rejecting a page is a result too
            }
        };
        return StageBenchmark.run("extract", pages, work, warmup, passes,
                String.format("text pages, mean %,d bytes", pages.stream().mapToInt(p -> p.length).sum() / pages.size()));
    }

    private StageBenchmark.Result dates() {
        DateTagger tagger = new DateTagger();
        LocalDate published = LocalDate.of(1961, 3, 3);
        return StageBenchmark.run("dates", bodies(), body -> tagger.tag(body, published), warmup, passes,
                String.format("~%.0f-word articles", meanWords()));
    }

    private StageBenchmark.Result entities() {
        EntityTagger tagger = EntityTagger.withBundledGazetteer();
        return StageBenchmark.run("entities", bodies(), body -> tagger.tag(null, body), warmup, passes,
                String.format("~%.0f-word articles", meanWords()));
    }

    /**
     * The whole dedup step as the topology runs it (the production processor on RocksDB stores, under
     * TopologyTestDriver): every corpus article is indexed once untimed, then each timed pass sends an updated
     * version of every article (a line appended, new id): fingerprint lookup misses, MinHash sketch, LSH band scans,
     * candidate verification, and the copy's body entry written. Store I/O is included, and so is the test driver's
     * Avro serde of each record (a cost the real topology pays too, on the repartition topic).
     */
    private StageBenchmark.Result dedup() {
        Path state = tempDir("newsflow-bench-dedup");
        try (DedupStageDriver driver = new DedupStageDriver(DedupSettings.defaults(), state)) {
            List<RawArticle> originals = rawArticles(0);
            originals.forEach(driver::judge);
            for (int w = 1; w <= warmup; w++) {
                rawArticles(w).forEach(driver::judge);
            }
            List<RawArticle> timed = new ArrayList<>();
            for (int p = 1; p <= passes; p++) {
                timed.addAll(rawArticles(warmup + p));
            }
            long nearCopies = timed.stream().limit(200).map(driver::judge)
                    .filter(v -> v != null && v.getDuplicateOf() != null).count();
            return StageBenchmark.run("dedup", timed.subList(200, timed.size()), driver::judge, 0, 1,
                    String.format("updated copies through the full step incl. RocksDB I/O (%d of the first 200 judged NEAR_DUPLICATE)", nearCopies));
        } finally {
            DedupStoreBenchmark.delete(state);
        }
    }

    /** The CPU part of the dedup step alone: normalise, SHA-256 fingerprint, MinHash sketch; no store. */
    private StageBenchmark.Result dedupSignature() {
        DedupSettings settings = DedupSettings.defaults();
        return StageBenchmark.run("dedup-sig", bodies(), body -> {
            String normalised = io.newsflow.content.ContentFingerprint.normalise(body);
            io.newsflow.content.ContentFingerprint.ofNormalised(normalised);
            io.newsflow.enrich.dedup.ShingleSketch.ofNormalised(normalised, settings.bodyBands(), settings.leadBands());
        }, warmup, passes, "normalise + SHA-256 + MinHash sketch, no store");
    }

    /** The generated copy set on every corpus passage plus the seeds, scored; then the overlap stress set (false merges). */
    public String dedupQuality(Path seeds) {
        List<CopySetGenerator.TestArticle> sequence = CopySetGenerator.generate(seeds, articles, 0.5, 42);
        Map<String, DedupVerdict> verdicts = new HashMap<>();
        Path state = tempDir("newsflow-bench-dedup-quality");
        try (DedupStageDriver driver = new DedupStageDriver(DedupSettings.defaults(), state)) {
            sequence.forEach(a -> verdicts.put(a.id(), driver.judge(a.article())));
        } finally {
            DedupStoreBenchmark.delete(state);
        }
        Path stress = tempDir("newsflow-bench-dedup-overlap");
        String stressReport;
        try {
            stressReport = OverlapStressSet.run(cacheDir, 100_000, stress).report();
        } finally {
            DedupStoreBenchmark.delete(stress);
        }
        return "dedup-quality " + sequence.size() + " articles, default settings " + DedupSettings.defaults() + "\n"
                + DedupScorer.score(sequence, verdicts).report() + stressReport;
    }

    /** Store size and restore time after {@code count} distinct articles. */
    public String dedupStore(int count) {
        Path work = tempDir("newsflow-bench-dedup-store");
        try {
            return DedupStoreBenchmark.run(cacheDir, count, work);
        } finally {
            DedupStoreBenchmark.delete(work);
        }
    }

    /** Every corpus article as ingest would send it; pass 0 as it is, later passes updated with one appended line. */
    private List<RawArticle> rawArticles(int pass) {
        List<RawArticle> out = new ArrayList<>(articles.size());
        Instant ingested = Instant.parse("2021-02-01T00:00:00Z").plusSeconds(pass);
        for (BrownCorpus.Article a : articles) {
            String body = pass == 0 ? a.body() : a.body() + "\n\nUpdated (revision " + pass + ") with a correction.";
            out.add(RawArticle.newBuilder().setArticleId(a.id() + "-" + pass).setTitle(a.id()).setBody(body)
                    .setProvenance(Provenance.newBuilder().setRawSha256("00").setIngestedAt(ingested)
                            .setPipelineVersion("bench").setSourceFile(a.id()).build())
                    .build());
        }
        return out;
    }

    private static Path tempDir(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> bodies() {
        return articles.stream().map(BrownCorpus.Article::body).toList();
    }
}
