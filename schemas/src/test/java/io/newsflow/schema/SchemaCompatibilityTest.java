package io.newsflow.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every top-level record schema must stay BACKWARD compatible with each released version kept in
 * {@code schemas/released/vN/}: consumers on the new schema must read everything already in the topics (the raw
 * topic is kept forever, so this is what makes replay of old articles work).
 */
class SchemaCompatibilityTest {
    static final List<String> TOP_LEVEL = List.of("RawArticle", "EnrichedArticle", "DuplicateNotice", "TrendingEntityCount");
    static final Path RELEASED = Path.of("released");

    static Stream<Object[]> releasedVersions() throws IOException {
        List<Object[]> cases = new ArrayList<>();
        try (Stream<Path> versions = Files.list(RELEASED)) {
            for (Path version : versions.sorted().toList()) {
                for (String record : TOP_LEVEL) {
                    cases.add(new Object[] {version.getFileName().toString(), record});
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{1} is BACKWARD compatible with released {0}")
    @MethodSource("releasedVersions")
    void currentSchemaReadsEveryReleasedVersion(String version, String record) throws IOException {
        Schema released = parseReleased(RELEASED.resolve(version), record);
        Schema current = currentSchema(record);
        var result = SchemaCompatibility.checkReaderWriterCompatibility(current, released);
        assertThat(result.getType())
                .as("%s vs released %s: %s", record, version, result.getResult().getIncompatibilities())
                .isEqualTo(SchemaCompatibilityType.COMPATIBLE);
    }

    @Test
    void theCheckCatchesABreakingChange() {
        // Guards the guard: a new required field without a default is not BACKWARD compatible.
        Schema released = RawArticle.getClassSchema();
        Schema breaking = SchemaBuilder.record("RawArticle").namespace("io.newsflow.schema").fields()
                .requiredString("articleId").requiredString("newRequiredField").endRecord();
        assertThat(SchemaCompatibility.checkReaderWriterCompatibility(breaking, released).getType())
                .isEqualTo(SchemaCompatibilityType.INCOMPATIBLE);
    }

    @Test
    void everyReleasedDirectoryHasEveryTopLevelSchema() throws IOException {
        try (Stream<Path> versions = Files.list(RELEASED)) {
            for (Path version : versions.toList()) {
                for (String record : TOP_LEVEL) {
                    assertThat(version.resolve(record + ".avsc")).exists();
                }
            }
        }
    }

    /** Named types a released version's files reference, in an order where each is defined before use. */
    static final List<String> SHARED_TYPES = List.of("EntityType", "EntityMention", "EntityTag", "DateTag", "DedupStatus",
            "DedupVerdict", "Provenance");

    /** Released schemas reference their named types by name, so parse the version's files into one parser. */
    private static Schema parseReleased(Path dir, String record) throws IOException {
        Schema.Parser parser = new Schema.Parser();
        for (String type : SHARED_TYPES) {
            Path file = dir.resolve(type + ".avsc");
            if (Files.exists(file)) {
                parser.parse(Files.readString(file));
            }
        }
        return parser.parse(Files.readString(dir.resolve(record + ".avsc")));
    }

    private static Schema currentSchema(String record) {
        return switch (record) {
            case "RawArticle" -> RawArticle.getClassSchema();
            case "EnrichedArticle" -> EnrichedArticle.getClassSchema();
            case "DuplicateNotice" -> DuplicateNotice.getClassSchema();
            case "TrendingEntityCount" -> TrendingEntityCount.getClassSchema();
            default -> throw new IllegalArgumentException(record);
        };
    }
}
