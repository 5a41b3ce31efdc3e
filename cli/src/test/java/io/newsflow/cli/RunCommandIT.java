package io.newsflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * `newsflow run` exactly as a user runs it: its own embedded broker and registry on free ports, the real streams
 * app, the export contract of DESIGN.md.
 */
class RunCommandIT {
    static final Path SEEDS = Path.of("..", "seeds");
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void seedsComeOutEnrichedWithTitleBodyEntitiesAndDates(@TempDir Path tmp) throws IOException {
        Path export = tmp.resolve("out.jsonl");
        int exit = NewsflowCommand.commandLine().execute("run", "--input", SEEDS.toString(), "--export", export.toString());

        assertThat(exit).isZero();
        List<JsonNode> lines = read(export);
        assertThat(lines).hasSize(5);
        for (JsonNode line : lines) {
            assertThat(line.get("status").asText()).as(line.get("sourceFile").asText()).isEqualTo("ENRICHED");
            assertThat(line.get("title").asText()).isNotBlank();
            assertThat(line.get("body").asText().length()).isGreaterThan(500);
            assertThat(line.get("entities")).isNotEmpty();
            assertThat(line.get("dates")).isNotEmpty();
            assertThat(line.get("dedup").get("status").asText()).isEqualTo("UNIQUE");
            assertThat(line.get("error").isNull()).isTrue();
            assertThat(line.fieldNames()).toIterable().containsExactly("sourceFile", "articleId", "status", "title",
                    "publishedDate", "source", "body", "entities", "dates", "dedup", "error");
        }
        JsonNode first = bySource(lines).get("000_385a276bef8d0d64.txt");
        assertThat(first.get("title").asText()).isEqualTo("Putin, Aliyev hold talks on Nagorno-Karabakh ceasefire control");
        assertThat(first.get("publishedDate").asText()).isEqualTo("2021-01-31");
        assertThat(first.get("body").asText()).doesNotContain("Previous Story", "IAEA sounds nuclear alarm");
        assertThat(first.get("entities").findValuesAsText("canonical")).contains("Vladimir Putin", "Ilham Aliyev");
        assertThat(first.get("dates").findValuesAsText("value")).contains("2021-01-30", "2020-11-10", "1988/1994");
    }

    @Test
    void byteIdenticalCopiesAreExactDuplicatesAndBadFilesAreDeadLettered(@TempDir Path tmp) throws IOException {
        Path input = Files.createDirectories(tmp.resolve("input"));
        List<String> seeds;
        try (Stream<Path> files = Files.list(SEEDS)) {
            seeds = files.map(p -> p.getFileName().toString()).sorted().toList();
        }
        for (String seed : seeds) {
            Files.copy(SEEDS.resolve(seed), input.resolve(seed));
            Files.copy(SEEDS.resolve(seed), input.resolve("copy-of-" + seed));
        }
        Files.write(input.resolve("empty.txt"), new byte[0]);
        Files.write(input.resolve("binary.bin"), new byte[] {0x7f, 'E', 'L', 'F', 0, 0, 1, 2, 3, 0, 0, 0, (byte) 0xff});
        Files.writeString(input.resolve("huge.txt"), "A sentence of an article that never ends. ".repeat(250_000));
        Files.writeString(input.resolve("menus-only.txt"), "Home\nWorld\nPolitics\nBusiness\nSport\nContact Us\n"
                + "Privacy Policy\nSubscribe\n");
        Path export = tmp.resolve("out.jsonl");

        int exit = NewsflowCommand.commandLine().execute("run", "--input", input.toString(), "--export", export.toString());

        assertThat(exit).isZero();
        Map<String, JsonNode> lines = bySource(read(export));
        assertThat(lines).hasSize(seeds.size() * 2 + 4);
        for (String seed : seeds) {
            JsonNode original = lines.get(seed);
            JsonNode copy = lines.get("copy-of-" + seed);
            // Sorted input order means the original is ingested first, so it is the first seen.
            assertThat(original.get("status").asText()).isEqualTo("ENRICHED");
            assertThat(copy.get("status").asText()).isEqualTo("DUPLICATE");
            assertThat(copy.get("dedup").get("status").asText()).isEqualTo("EXACT_DUPLICATE");
            assertThat(copy.get("dedup").get("duplicateOf").asText()).isEqualTo(original.get("articleId").asText());
            assertThat(copy.get("articleId").asText()).isNotEqualTo(original.get("articleId").asText());
        }
        assertThat(lines.get("empty.txt").get("status").asText()).isEqualTo("DEAD_LETTER");
        assertThat(lines.get("empty.txt").get("error").asText()).containsIgnoringCase("empty");
        assertThat(lines.get("binary.bin").get("status").asText()).isEqualTo("DEAD_LETTER");
        assertThat(lines.get("binary.bin").get("error").asText()).containsIgnoringCase("binary");
        assertThat(lines.get("huge.txt").get("status").asText()).isEqualTo("DEAD_LETTER");
        assertThat(lines.get("huge.txt").get("error").asText()).contains("10,500,000 bytes").contains("cap");
        assertThat(lines.get("menus-only.txt").get("status").asText()).isEqualTo("DEAD_LETTER");
        assertThat(lines.get("menus-only.txt").get("error").asText()).containsIgnoringCase("no article");
    }

    @Test
    void missingInputFolderIsAClearErrorAndNonZeroExit(@TempDir Path tmp) {
        var err = new java.io.StringWriter();
        CommandLine cli = NewsflowCommand.commandLine();
        cli.setErr(new java.io.PrintWriter(err));
        int exit = cli.execute("run", "--input", tmp.resolve("nope").toString(), "--export", tmp.resolve("o.jsonl").toString());
        assertThat(exit).isNotZero();
        assertThat(err.toString()).contains("is not a folder");
    }

    private List<JsonNode> read(Path export) throws IOException {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : Files.readAllLines(export)) {
            lines.add(json.readTree(line));
        }
        return lines;
    }

    private static Map<String, JsonNode> bySource(List<JsonNode> lines) {
        return lines.stream().collect(Collectors.toMap(l -> l.get("sourceFile").asText(), Function.identity()));
    }
}
