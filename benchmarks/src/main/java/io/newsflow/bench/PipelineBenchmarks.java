package io.newsflow.bench;

import io.newsflow.content.ContentFingerprint;
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
    public static final List<String> STAGES = List.of("extract", "dates", "entities", "dedup");

    private final List<BrownCorpus.Article> articles;
    private final int warmup;
    private final int passes;

    public PipelineBenchmarks(Path cacheDir, int limit, int warmup, int passes) {
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

    /** The exact-dedup step as the topology runs it: fingerprint the body, look it up, remember it. */
    private StageBenchmark.Result dedup() {
        Map<String, String> seen = new HashMap<>();
        List<String> bodies = bodies();
        return StageBenchmark.run("dedup", bodies, body -> {
            String fingerprint = ContentFingerprint.of(body);
            seen.putIfAbsent(fingerprint, fingerprint);
        }, warmup, passes, "exact fingerprint + in-memory lookup (store I/O not included)");
    }

    private List<String> bodies() {
        return articles.stream().map(BrownCorpus.Article::body).toList();
    }
}
