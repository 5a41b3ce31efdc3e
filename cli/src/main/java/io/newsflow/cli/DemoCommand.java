package io.newsflow.cli;

import io.newsflow.cli.pipeline.FolderIngest;
import io.newsflow.cli.pipeline.LocalPipeline;
import io.newsflow.platform.EmbeddedPlatform;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Run the whole pipeline embedded on 127.0.0.1: a KRaft broker, a schema registry, the enrichment "
                + "streams app, a Connect worker with the live sink, and the dashboard; ingest DIR (default: seeds); "
                + "print the endpoints; run until Ctrl-C or SIGTERM.",
                "Data is kept in --data-dir, so a restart keeps topics, schemas and state (use --fresh to start over)."})
final class DemoCommand implements Callable<Integer> {
    @Mixin
    PipelineOptions.Ingest ingest;

    @Mixin
    PipelineOptions.Tagging tagging;

    private static final Logger log = LoggerFactory.getLogger(DemoCommand.class);

    @Option(names = "--input", defaultValue = "${env:NEWSFLOW_SEEDS:-seeds}", paramLabel = "DIR",
            description = "Folder of pages to ingest at start (default: ${DEFAULT-VALUE}).")
    Path input;

    @Option(names = "--kafka-port", defaultValue = "${env:NEWSFLOW_KAFKA_PORT:-9092}", description = "Default: ${DEFAULT-VALUE}.")
    int kafkaPort;

    @Option(names = "--registry-port", defaultValue = "${env:NEWSFLOW_REGISTRY_PORT:-8081}", description = "Default: ${DEFAULT-VALUE}.")
    int registryPort;

    @Option(names = "--connect-port", defaultValue = "${env:NEWSFLOW_CONNECT_PORT:-8083}", description = "Default: ${DEFAULT-VALUE}.")
    int connectPort;

    @Option(names = "--http-port", defaultValue = "${env:NEWSFLOW_HTTP_PORT:-8080}",
            description = "Dashboard and /metrics (default: ${DEFAULT-VALUE}).")
    int httpPort;

    @Option(names = "--data-dir", defaultValue = "${env:NEWSFLOW_DATA_DIR:-${sys:user.home}/.newsflow/demo}",
            paramLabel = "DIR", description = "Where the demo keeps its data (default: ${DEFAULT-VALUE}).")
    Path dataDir;

    @Option(names = "--fresh", description = "Delete --data-dir first.")
    boolean fresh;

    @Override
    public Integer call() throws Exception {
        long started = System.nanoTime();
        if (fresh && Files.exists(dataDir)) {
            try (Stream<Path> paths = Files.walk(dataDir)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        ShutdownSignal signal = new ShutdownSignal();
        try (LocalPipeline pipeline = LocalPipeline.onEmbedded(
                EmbeddedPlatform.start(kafkaPort, registryPort, dataDir, true, 3), Map.of())) {
            pipeline.withStreams(dataDir.resolve("streams-state"), tagging.gazetteer)
                    .withConnect(connectPort, Files.createDirectories(dataDir.resolve("connect")))
                    .withDashboard(httpPort);
            if (Files.isDirectory(input)) {
                FolderIngest.ingest(input, ingest.maxBytes, pipeline.clientConfigs());
            } else {
                log.warn("Input folder {} not found; nothing ingested (use --input DIR)", input);
            }
            System.out.println("bootstrap.servers=" + pipeline.bootstrapServers());
            System.out.println("schema.registry.url=" + pipeline.schemaRegistryUrl());
            System.out.println("dashboard=" + pipeline.dashboard().url());
            System.out.println("metrics=" + pipeline.dashboard().metricsUrl());
            System.out.println("connect=" + pipeline.connect().restUrl());
            System.out.flush();
            log.info("Demo ready in {} ms (broker pid {}, registry pid {}, this process pid {}); Ctrl-C to stop",
                    (System.nanoTime() - started) / 1_000_000, pipeline.platform().brokerPid(),
                    pipeline.platform().registryPid(), ProcessHandle.current().pid());
            pipeline.dashboard().onFirstCard(() -> log.info("First live article card {} ms after start",
                    (System.nanoTime() - started) / 1_000_000));
            signal.await();
            log.info("Shutting down");
        } finally {
            signal.done();
        }
        return 0;
    }
}
