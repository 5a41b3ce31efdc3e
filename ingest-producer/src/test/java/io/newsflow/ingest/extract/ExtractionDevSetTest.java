package io.newsflow.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs the extractor over the labelled pages in {@code src/test/resources/extraction-devset}. Each
 * {@code NAME.properties} names its page ({@code page=file} in the folder, or {@code page=seed:file} for the
 * committed seeds in {@code ../seeds}) and the expected values:
 * <ul>
 *   <li>{@code title}, {@code publishedDate} (required), {@code updatedDate}, {@code byline}, {@code source},
 *       {@code language}: exact values, {@code null} for none; a key left out is not checked;</li>
 *   <li>{@code body.first} / {@code body.last}: the first / last paragraph starts with this text;</li>
 *   <li>{@code present.N}: text that must be in the body; {@code absent.N}: text that must not be;</li>
 *   <li>{@code error}: the page must be rejected with a reason containing this text.</li>
 * </ul>
 * {@code NAME.body.txt} holds the exact expected body; the benchmarks module's {@code ExtractionScorer} scores it.
 */
class ExtractionDevSetTest {

    private static final ArticleExtractor EXTRACTOR = new ArticleExtractor(8L * 1024 * 1024);

    static Stream<Arguments> cases() throws IOException, URISyntaxException {
        List<Arguments> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(devSetDir())) {
            for (Path p : files.filter(f -> f.toString().endsWith(".properties")).sorted().toList()) {
                out.add(Arguments.of(p.getFileName().toString().replace(".properties", ""), load(p)));
            }
        }
        return out.stream();
    }

    @Test
    void devSetHasSeedsAndOwnPages() throws Exception {
        List<Arguments> all = cases().toList();
        long seeds = all.stream().filter(a -> ((Properties) a.get()[1]).getProperty("page").startsWith("seed:")).count();
        assertThat(seeds).as("seed cases").isEqualTo(5);
        assertThat(all.size() - seeds).as("own pages").isGreaterThanOrEqualTo(43);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void extractsLabelledFields(String name, Properties label) throws Exception {
        byte[] page = Files.readAllBytes(pagePath(label.getProperty("page")));
        if (label.containsKey("error")) {
            assertThatThrownBy(() -> EXTRACTOR.extract(page, name)).isInstanceOf(UnusableInputException.class)
                    .hasMessageContaining(label.getProperty("error"));
            return;
        }
        ExtractedArticle a = EXTRACTOR.extract(page, name);

        assertThat(label.getProperty("title")).as("label file must give a title").isNotNull();
        assertThat(label.getProperty("publishedDate")).as("label file must give publishedDate").isNotNull();
        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(a.title()).as("title").isEqualTo(expected(label, "title"));
        soft.assertThat(a.publishedDate()).as("publishedDate").isEqualTo(date(expected(label, "publishedDate")));
        if (label.containsKey("updatedDate")) {
            soft.assertThat(a.updatedDate()).as("updatedDate").isEqualTo(date(expected(label, "updatedDate")));
        }
        for (String field : List.of("byline", "source", "language")) {
            if (label.containsKey(field)) {
                String actual = field.equals("byline") ? a.byline() : field.equals("source") ? a.source() : a.language();
                soft.assertThat(actual).as(field).isEqualTo(expected(label, field));
            }
        }
        soft.assertThat(a.paragraphs()).as("paragraphs").isNotEmpty();
        soft.assertThat(a.body()).as("body is the paragraphs joined by blank lines")
                .isEqualTo(String.join("\n\n", a.paragraphs()));
        soft.assertThat(a.paragraphs()).as("no paragraph is blank or spans lines")
                .allSatisfy(p -> assertThat(p).isNotBlank().doesNotContain("\n"));
        if (a.title() != null) {
            soft.assertThat(a.paragraphs()).as("title is not repeated as a paragraph").doesNotContain(a.title());
        }
        if (label.containsKey("body.first") && !a.paragraphs().isEmpty()) {
            soft.assertThat(a.paragraphs().get(0)).as("first paragraph").startsWith(label.getProperty("body.first"));
        }
        if (label.containsKey("body.last") && !a.paragraphs().isEmpty()) {
            soft.assertThat(a.paragraphs().get(a.paragraphs().size() - 1)).as("last paragraph")
                    .startsWith(label.getProperty("body.last"));
        }
        for (String key : label.stringPropertyNames()) {
            if (key.startsWith("present.")) {
                soft.assertThat(a.body()).as(key).contains(label.getProperty(key));
            } else if (key.startsWith("absent.")) {
                soft.assertThat(a.body()).as(key).doesNotContain(label.getProperty(key));
            }
        }
        soft.assertAll();
    }

    private static String expected(Properties label, String key) {
        String v = label.getProperty(key);
        return v == null || v.equals("null") ? null : v;
    }

    private static LocalDate date(String v) {
        return v == null ? null : LocalDate.parse(v);
    }

    private static Properties load(Path p) throws IOException {
        Properties props = new Properties();
        try (Reader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
            props.load(r);
        }
        return props;
    }

    static Path devSetDir() throws URISyntaxException {
        return Path.of(ExtractionDevSetTest.class.getResource("/extraction-devset").toURI());
    }

    static Path pagePath(String page) throws URISyntaxException {
        if (page.startsWith("seed:")) {
            // The seeds are committed once at the repository root; the module reads them from there.
            Path moduleDir = Path.of(System.getProperty("basedir", System.getProperty("user.dir")));
            Path seed = moduleDir.resolve("../seeds").resolve(page.substring(5)).normalize();
            assertThat(seed).as("seed page").exists();
            return seed;
        }
        return devSetDir().resolve(page);
    }
}
