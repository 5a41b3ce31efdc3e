package io.newsflow.cli;

import io.newsflow.cli.pipeline.LocalPipeline;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "streams", mixinStandardHelpOptions = true,
        description = "Run the enrichment Kafka Streams app (dedup, entity and date tagging, trending entities; "
                + "exactly_once_v2) against an existing cluster until Ctrl-C. Run several for scale-out.")
final class StreamsCommand implements Callable<Integer> {
    @Mixin
    PipelineOptions.Tagging tagging;

    @Mixin
    ClusterOptions cluster;

    @Option(names = "--state-dir", defaultValue = "${env:NEWSFLOW_STATE_DIR:-/tmp/newsflow-streams}", paramLabel = "DIR",
            description = "Local state store directory (default: ${DEFAULT-VALUE}).")
    Path stateDir;

    @Option(names = "--partitions", defaultValue = "3", description = "Partitions for topics this creates if missing.")
    int partitions;

    @Option(names = "--replication-factor", defaultValue = "1", description = "Replication for topics this creates.")
    short replication;

    @Override
    public Integer call() throws Exception {
        cluster.requireExternal("streams");
        ShutdownSignal signal = new ShutdownSignal();
        try (LocalPipeline pipeline = LocalPipeline.onCluster(
                cluster.clientConfigs(cluster.bootstrapServers(), cluster.schemaRegistryUrl()), partitions, replication)
                .withStreams(stateDir, tagging.gazetteer)) {
            signal.await();
        } finally {
            signal.done();
        }
        return 0;
    }
}
