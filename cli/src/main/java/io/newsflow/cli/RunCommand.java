package io.newsflow.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.cli.export.ExportLine;
import io.newsflow.cli.export.ExportLines;
import io.newsflow.cli.pipeline.FolderIngest;
import io.newsflow.cli.pipeline.LocalPipeline;
import io.newsflow.cli.pipeline.TerminalStateCollector;
import io.newsflow.ingest.publish.IngestOutcome;
import io.newsflow.platform.EmbeddedPlatform;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import me.tongfei.progressbar.ProgressBar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"One-shot batch: ingest every file under DIR, wait until every article is enriched, flagged as a "
                + "duplicate or dead-lettered, and write one JSON line per input file to FILE.",
                "Starts its own embedded broker and registry on free ports (so it never clashes with a running demo), "
                        + "unless --bootstrap-servers/--schema-registry-url point at a cluster."})
final class RunCommand implements Callable<Integer> {
    @Mixin
    PipelineOptions.Ingest ingest;

    @Mixin
    PipelineOptions.Tagging tagging;

    private static final Logger log = LoggerFactory.getLogger(RunCommand.class);

    @Mixin
    ClusterOptions cluster;

    @Option(names = "--input", required = true, paramLabel = "DIR", description = "Folder of pages (searched recursively).")
    Path input;

    @Option(names = "--export", required = true, paramLabel = "FILE.jsonl", description = "Where to write the results.")
    Path export;

    @Option(names = "--timeout", defaultValue = "300", paramLabel = "SECONDS",
            description = "How long to wait for every article to reach a terminal state (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds;

    @Option(names = "--partitions", defaultValue = "3", description = "Partitions per topic (default: ${DEFAULT-VALUE}).")
    int partitions;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(input)) {
            throw new IllegalArgumentException("--input " + input + " is not a folder");
        }
        Path work = Files.createTempDirectory("newsflow-run");
        try (LocalPipeline pipeline = start(work)) {
            pipeline.withStreams(work.resolve("streams-state"), tagging.gazetteer);
            try (TerminalStateCollector collector = new TerminalStateCollector(pipeline.clientConfigs())) {
                List<IngestOutcome> outcomes = FolderIngest.ingest(input, ingest.maxBytes, pipeline.clientConfigs());
                Set<String> awaited = outcomes.stream().filter(o -> !o.deadLettered()).map(IngestOutcome::articleId)
                        .collect(Collectors.toSet());
                Set<String> missing;
                try (ProgressBar bar = FolderIngest.progressBar("Processing", awaited.size())) {
                    missing = collector.awaitAll(awaited, Duration.ofSeconds(timeoutSeconds), bar::stepTo);
                }
                if (!missing.isEmpty()) {
                    String files = outcomes.stream().filter(o -> missing.contains(o.articleId()))
                            .map(IngestOutcome::sourceName).limit(10).collect(Collectors.joining(", "));
                    throw new IllegalStateException(missing.size() + " of " + awaited.size() + " articles reached no "
                            + "terminal state within " + timeoutSeconds + " s (e.g. " + files + "); see the log above");
                }
                List<ExportLine> lines = outcomes.stream().map(o -> ExportLines.of(o, collector.stateOf(o.articleId()))).toList();
                write(lines);
                Map<String, Long> byStatus = lines.stream()
                        .collect(Collectors.groupingBy(ExportLine::status, java.util.TreeMap::new, Collectors.counting()));
                log.info("Wrote {} lines to {}: {}", outcomes.size(), export, byStatus);
            }
        } finally {
            deleteQuietly(work);
        }
        return 0;
    }

    private LocalPipeline start(Path work) {
        if (cluster.external()) {
            cluster.requireExternal("run");
            return LocalPipeline.onCluster(cluster.clientConfigs(cluster.bootstrapServers(), cluster.schemaRegistryUrl()),
                    partitions, (short) 1);
        }
        return LocalPipeline.onEmbedded(EmbeddedPlatform.start(0, 0, work.resolve("platform"), false, partitions),
                cluster.fileConfigs());
    }

    private void write(List<ExportLine> lines) throws IOException {
        ObjectMapper json = new ObjectMapper();
        if (export.toAbsolutePath().getParent() != null) {
            Files.createDirectories(export.toAbsolutePath().getParent());
        }
        try (BufferedWriter out = Files.newBufferedWriter(export)) {
            for (ExportLine line : lines) {
                out.write(json.writeValueAsString(line));
                out.newLine();
            }
        }
    }

    private static void deleteQuietly(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp dir left behind is harmless
        }
    }
}
