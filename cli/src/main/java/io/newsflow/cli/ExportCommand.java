package io.newsflow.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.cli.export.ExportLines;
import io.newsflow.topics.TopicReader;
import io.newsflow.registry.RegistryClientConfig;
import io.newsflow.registry.RestSchemaRegistryClient;
import io.newsflow.schema.EnrichedArticle;
import io.newsflow.serde.ConfluentAvroDeserializer;
import io.newsflow.topics.Topics;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write every committed record of news.articles.enriched (up to its current end) as JSON lines "
                + "in the run --export format, from an existing cluster.")
final class ExportCommand implements Callable<Integer> {
    @Mixin
    ClusterOptions cluster;

    @Option(names = "--output", defaultValue = "-", paramLabel = "FILE", description = "Output file, or - for stdout.")
    String output;

    @Override
    public Integer call() throws Exception {
        cluster.requireExternal("export");
        Map<String, Object> configs = TopicReader.config(
                cluster.clientConfigs(cluster.bootstrapServers(), cluster.schemaRegistryUrl()));
        ConfluentAvroDeserializer<EnrichedArticle> deserializer = new ConfluentAvroDeserializer<>(
                new RestSchemaRegistryClient(RegistryClientConfig.from(configs)), EnrichedArticle.getClassSchema());
        ObjectMapper json = new ObjectMapper();
        long[] written = {0};
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(configs, new StringDeserializer(), new ByteArrayDeserializer());
             BufferedWriter out = "-".equals(output) ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))
                     : Files.newBufferedWriter(Path.of(output))) {
            List<TopicPartition> partitions = TopicReader.assignFromBeginning(consumer, List.of(Topics.ENRICHED));
            TopicReader.readToEnd(consumer, partitions, record -> {
                EnrichedArticle article = deserializer.deserialize(record.topic(), record.value());
                try {
                    out.write(json.writeValueAsString(ExportLines.ofEnriched(article.getProvenance().getSourceFile(), article)));
                    out.newLine();
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException("Could not write to " + output, e);
                }
                written[0]++;
            });
        }
        System.err.println("exported " + written[0] + " enriched articles");
        return 0;
    }
}
