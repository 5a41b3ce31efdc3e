package io.newsflow.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesPagesTest {
    @TempDir
    Path root;

    private List<InputPage> pages(InputFolder folder, Path file) {
        try (Stream<InputPage> s = folder.pages(file)) {
            return s.toList();
        }
    }

    @Test
    void eachLineIsAPageWithItsUrlFetchTimeAndLineNumber() throws IOException {
        Path crawl = root.resolve("crawl/day1.jsonl");
        Files.createDirectories(crawl.getParent());
        Files.writeString(crawl, """
                {"url":"https://example.org/a","html":"<html><body><p>Caf\\u00e9 story</p></body></html>","fetchedAt":"2024-05-01T10:00:00Z"}

                {"url":"https://example.org/b","text":"Plain text page\\nsecond line","fetchedAt":"2024-05-01T12:30:00+02:00"}
                {"text":"no url, no fetch time"}
                """, StandardCharsets.UTF_8);
        InputFolder folder = new InputFolder(root, 1000);
        List<InputPage> pages = pages(folder, crawl);

        assertThat(pages).extracting(InputPage::sourceName)
                .containsExactly("crawl/day1.jsonl#line1", "crawl/day1.jsonl#line3", "crawl/day1.jsonl#line4");
        assertThat(pages).allMatch(InputPage::readable);
        assertThat(pages.get(0).sourceUrl()).isEqualTo("https://example.org/a");
        assertThat(pages.get(0).fetchedAt()).isEqualTo(Instant.parse("2024-05-01T10:00:00Z"));
        assertThat(new String(pages.get(0).bytes(), StandardCharsets.UTF_8)).contains("<p>Café story</p>");
        assertThat(pages.get(1).fetchedAt()).isEqualTo(Instant.parse("2024-05-01T10:30:00Z"));
        assertThat(new String(pages.get(1).bytes(), StandardCharsets.UTF_8)).isEqualTo("Plain text page\nsecond line");
        assertThat(pages.get(2).sourceUrl()).isNull();
        assertThat(pages.get(2).fetchedAt()).isNull();
        assertThat(pages).allMatch(p -> p.path().equals(crawl));
    }

    @Test
    void badLinesBecomeUnreadablePagesWithTheReasonAndTheRestGoesOn() throws IOException {
        Path crawl = root.resolve("bad.jsonl");
        Files.writeString(crawl, String.join("\n",
                "{\"url\":\"u1\",\"text\":\"fine page text\"}",
                "{not json",
                "[1,2]",
                "{\"url\":\"u4\"}",
                "{\"url\":\"u5\",\"html\":42}",
                "{\"url\":\"u6\",\"text\":\"   \"}",
                "{\"url\":\"u7\",\"text\":\"x\",\"fetchedAt\":\"yesterday\"}",
                "{\"url\":\"u8\",\"text\":\"" + "a".repeat(300) + "\"}",
                "{\"url\":\"u9\",\"text\":\"last good page\"}"), StandardCharsets.UTF_8);
        List<InputPage> pages = pages(new InputFolder(root, 200), crawl);

        assertThat(pages).hasSize(9);
        assertThat(pages.get(0).readable()).isTrue();
        assertThat(pages.get(1).problem()).isEqualTo("JSON line 2: not valid JSON (Unexpected character ('n' (code 110)): was expecting double-quote to start field name)");
        assertThat(pages.get(2).problem()).isEqualTo("JSON line 3: not a JSON object");
        assertThat(pages.get(3).problem()).isEqualTo("JSON line 4: has neither \"html\" nor \"text\"");
        assertThat(pages.get(4).problem()).isEqualTo("JSON line 5: \"html\" is not a string");
        assertThat(pages.get(5).problem()).isEqualTo("JSON line 6: \"text\" is empty");
        assertThat(pages.get(6).problem()).isEqualTo("JSON line 7: fetchedAt \"yesterday\" is not an ISO-8601 date-time");
        assertThat(pages.get(7).problem()).isEqualTo("JSON line 8: \"text\" is 300 bytes, over the 200-byte cap (--max-bytes)");
        assertThat(pages.get(7).sourceUrl()).isEqualTo("u8");
        assertThat(pages.get(7).size()).isEqualTo(300);
        assertThat(pages.get(8).readable()).isTrue();
        assertThat(pages.get(8).sourceName()).isEqualTo("bad.jsonl#line9");
        assertThat(pages.subList(1, 8)).allSatisfy(p -> {
            assertThat(p.readable()).isFalse();
            assertThat(p.bytes()).isNull();
            assertThat(p.head()).isNotNull();
        });
    }

    @Test
    void aLineFarOverTheCapIsReportedWithoutLoadingItWhole() throws IOException {
        Path crawl = root.resolve("huge.jsonl");
        int length = 2_000_000;
        Files.writeString(crawl, "{\"text\":\"" + "b".repeat(length) + "\"}\n{\"text\":\"after the huge line\"}\n");
        List<InputPage> pages = pages(new InputFolder(root, 1000), crawl);

        assertThat(pages).hasSize(2);
        assertThat(pages.get(0).readable()).isFalse();
        assertThat(pages.get(0).problem()).startsWith("JSON line 1: line is 2,000,011 bytes, over the cap");
        assertThat(pages.get(0).head()).hasSize(InputFolder.HEAD_BYTES);
        assertThat(pages.get(1).readable()).isTrue();
        assertThat(pages.get(1).sourceName()).isEqualTo("huge.jsonl#line2");
    }

    @Test
    void ordinaryFilesAreStillOnePageEach() throws IOException {
        Path page = root.resolve("page.json");
        Files.writeString(page, "{\"text\":\"a json file that is not json lines\"}\n{\"text\":\"x\"}");
        List<InputPage> pages = pages(new InputFolder(root, 1000), page);
        assertThat(pages).singleElement().satisfies(p -> {
            assertThat(p.sourceName()).isEqualTo("page.json");
            assertThat(p.readable()).isTrue();
        });
        assertThat(InputFolder.isJsonLines(Path.of("a/B.JSONL"))).isTrue();
        assertThat(InputFolder.isJsonLines(Path.of("a/b.ndjson"))).isTrue();
        assertThat(InputFolder.isJsonLines(Path.of("a/b.json"))).isFalse();
    }
}
