package io.newsflow.cli;

import io.newsflow.cli.pipeline.FolderIngest;
import io.newsflow.ingest.publish.IngestOutcome;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Extract every file under DIR and publish it to news.articles.raw (unusable pages go to "
                + "news.articles.dlq with the reason) on an existing cluster.")
final class IngestCommand implements Callable<Integer> {
    @Mixin
    PipelineOptions.Ingest ingest;

    @Mixin
    ClusterOptions cluster;

    @Option(names = "--input", required = true, paramLabel = "DIR", description = "Folder of pages (searched recursively).")
    Path input;

    @Override
    public Integer call() {
        cluster.requireExternal("ingest");
        List<IngestOutcome> outcomes = FolderIngest.ingest(input, ingest.maxBytes,
                cluster.clientConfigs(cluster.bootstrapServers(), cluster.schemaRegistryUrl()));
        long dead = outcomes.stream().filter(IngestOutcome::deadLettered).count();
        System.out.printf("published=%d dead_lettered=%d%n", outcomes.size() - dead, dead);
        return 0;
    }
}
