package io.newsflow.cli;

import io.newsflow.cli.pipeline.LocalPipeline;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "connect", mixinStandardHelpOptions = true,
        description = "Run a standalone Kafka Connect worker with the live sink connector (news.articles.enriched → "
                + "news.live.articles, news.entities.trending → news.live.entities) until Ctrl-C.")
final class ConnectCommand implements Callable<Integer> {
    @Mixin
    ClusterOptions cluster;

    @Option(names = "--rest-port", defaultValue = "8083", description = "Connect REST port (default: ${DEFAULT-VALUE}).")
    int restPort;

    @Option(names = "--rest-host", defaultValue = "127.0.0.1",
            description = "Interface for the REST API; 0.0.0.0 in a container (default: ${DEFAULT-VALUE}).")
    String restHost;

    @Option(names = "--data-dir", defaultValue = "/tmp/newsflow-connect", paramLabel = "DIR",
            description = "Where the worker keeps its offsets file (default: ${DEFAULT-VALUE}).")
    Path dataDir;

    @Override
    public Integer call() throws Exception {
        cluster.requireExternal("connect");
        ShutdownSignal signal = new ShutdownSignal();
        java.nio.file.Files.createDirectories(dataDir);
        try (LocalPipeline pipeline = LocalPipeline.onCluster(
                cluster.clientConfigs(cluster.bootstrapServers(), cluster.schemaRegistryUrl()), 3, (short) 1)
                .withConnect(restHost, restPort, dataDir)) {
            System.out.println("connect=" + pipeline.connect().restUrl());
            signal.await();
        } finally {
            signal.done();
        }
        return 0;
    }
}
