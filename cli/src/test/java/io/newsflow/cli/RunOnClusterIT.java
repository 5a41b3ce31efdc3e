package io.newsflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.platform.testing.PlatformExtension;
import io.newsflow.platform.testing.TestPlatform;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** `newsflow run` pointed at an existing cluster (the test backend's broker and registry) instead of its own. */
@ExtendWith(PlatformExtension.class)
class RunOnClusterIT {

    @Test
    void runsAgainstAnExistingClusterAndARerunFindsEarlierResults(TestPlatform platform, @TempDir Path tmp) throws Exception {
        Path config = tmp.resolve("client.properties");
        // Its own application id, so this test does not share dedup state with other tests on the platform.
        Files.writeString(config, "application.id=run-on-cluster-it\n");
        String[] args = {"run", "--input", RunCommandIT.SEEDS.toString(), "--export", tmp.resolve("first.jsonl").toString(),
                "--bootstrap-servers", platform.bootstrapServers(), "--schema-registry-url", platform.schemaRegistryUrl(),
                "--config", config.toString(), "--timeout", "120"};

        assertThat(NewsflowCommand.commandLine().execute(args)).isZero();
        List<String> first = Files.readAllLines(tmp.resolve("first.jsonl"));
        assertThat(first).hasSize(5).allSatisfy(line -> assertThat(line).contains("\"status\":\"ENRICHED\""));

        // The same input again: every article is a replay (dropped by the topology); run still reports each one,
        // because it reads the terminal topics from the beginning.
        args[4] = tmp.resolve("second.jsonl").toString();
        assertThat(NewsflowCommand.commandLine().execute(args)).isZero();
        ObjectMapper json = new ObjectMapper();
        List<String> second = Files.readAllLines(tmp.resolve("second.jsonl"));
        assertThat(second).hasSize(5);
        for (int i = 0; i < 5; i++) {
            assertThat(json.readTree(second.get(i)).get("articleId")).isEqualTo(json.readTree(first.get(i)).get("articleId"));
            assertThat(json.readTree(second.get(i)).get("status").asText()).isEqualTo("ENRICHED");
        }

        // export dumps the enriched topic in the same line format.
        Path exported = tmp.resolve("export.jsonl");
        assertThat(NewsflowCommand.commandLine().execute("export", "--output", exported.toString(),
                "--bootstrap-servers", platform.bootstrapServers(), "--schema-registry-url", platform.schemaRegistryUrl()))
                .isZero();
        List<String> dump = Files.readAllLines(exported);
        for (String line : first) {
            String id = json.readTree(line).get("articleId").asText();
            assertThat(dump).anySatisfy(d -> assertThat(json.readTree(d).get("articleId").asText()).isEqualTo(id));
        }
    }
}
