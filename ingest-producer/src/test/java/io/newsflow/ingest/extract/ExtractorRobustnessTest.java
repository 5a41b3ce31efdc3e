package io.newsflow.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Pathological pages must end in an article or an {@link UnusableInputException}, in time linear in their size:
 * no runaway regex backtracking, no quadratic passes, no stack overflow from deep nesting. The time limits are
 * loose on purpose (a shared CI machine); a quadratic pass on these inputs takes minutes, not seconds.
 */
class ExtractorRobustnessTest {

    private static final Duration LIMIT = Duration.ofSeconds(20);
    private final ArticleExtractor extractor = new ArticleExtractor(64L * 1024 * 1024);

    @Test
    void oneHugeLineOfProse() {
        String page = "Long page without line breaks\n\n"
                + "The committee met again on Tuesday and agreed to continue the talks. ".repeat(30_000);
        ExtractedArticle a = run(page);
        assertThat(a).isNotNull();
        assertThat(a.paragraphs()).hasSize(1);
        assertThat(a.title()).isEqualTo("Long page without line breaks");
    }

    @Test
    void oneHugeTokenAndGluedSocialNames() {
        run("FacebookTwitter".repeat(100_000) + "\n\n" + "x".repeat(500_000) + "\n\n"
                + "The committee met again on Tuesday and agreed to continue the talks next month in Geneva.\n");
    }

    @Test
    void thousandsOfCaptionsAndCredits() {
        StringBuilder sb = new StringBuilder("Gallery of the flood in pictures today\n\n");
        for (int i = 0; i < 20_000; i++) {
            sb.append("Residents walk through the flooded street number ").append(i).append(", April 16, 2023.\n")
                    .append("Reuters\n\n");
            if (i % 10 == 0) {
                sb.append("The water level at gauge ").append(i)
                        .append(" kept rising through the afternoon, officials said in a statement.\n\n");
            }
        }
        ExtractedArticle a = run(sb.toString());
        assertThat(a).isNotNull();
        assertThat(a.body()).doesNotContain("Residents walk through").contains("The water level at gauge 19990 kept");
    }

    @Test
    void deeplyNestedHtml() {
        int depth = 20_000;
        String html = "<html><body><article>" + "<div class=\"share wrap\">".repeat(depth)
                + "<p>Share this</p>" + "</div>".repeat(depth)
                + "<h1>Nested page still parses</h1><p>The committee met again on Tuesday and agreed to continue the "
                + "talks next month in Geneva, officials said.</p></article></body></html>";
        ExtractedArticle a = run(html);
        assertThat(a).isNotNull();
        assertThat(a.title()).isEqualTo("Nested page still parses");
    }

    @Test
    void shuffledSeedLinesNeverThrowAnythingElse() throws Exception {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> s = Files.list(ArticleExtractorTest.seedDir())) {
            for (Path p : s.sorted().toList()) {
                lines.addAll(Files.readAllLines(p, StandardCharsets.UTF_8));
            }
        }
        Random random = new Random(42);
        assertTimeoutPreemptively(LIMIT, () -> {
            for (int round = 0; round < 300; round++) {
                Collections.shuffle(lines, random);
                List<String> page = lines.subList(0, 1 + random.nextInt(lines.size() - 1));
                try {
                    ExtractedArticle a = extractor.extract(String.join("\n", page).getBytes(StandardCharsets.UTF_8), "fuzz");
                    assertThat(a.paragraphs()).isNotEmpty();
                    assertThat(a.body()).isEqualTo(String.join("\n\n", a.paragraphs()));
                } catch (UnusableInputException expected) {
                    assertThat(expected.getMessage()).isNotBlank();
                }
            }
        });
    }

    private ExtractedArticle run(String page) {
        return assertTimeoutPreemptively(LIMIT, () -> {
            try {
                return extractor.extract(page.getBytes(StandardCharsets.UTF_8), "stress");
            } catch (UnusableInputException e) {
                return null;
            }
        });
    }
}
