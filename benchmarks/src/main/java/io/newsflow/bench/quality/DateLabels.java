package io.newsflow.bench.quality;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The labelled date dev set: each raw page {@code NAME.txt} or {@code NAME.html} next to {@code NAME.labels}.
 *
 * <p>Label file format (UTF-8): lines starting with {@code #} are comments; one {@code published=YYYY-MM-DD}
 * (or {@code published=none}) line with the page's true publication date as an annotator reads it; then one
 * line per date mention in the article body, in the order they appear, {@code TEXT => TIMEX3}. TEXT is the
 * expression's core words as written in the body; the scorer finds each one in the extracted body after the
 * previous one, so a text that occurs twice is listed twice.
 */
public final class DateLabels {

    /** One labelled mention. */
    public record Gold(String text, String value) {
    }

    /** One page of the dev set. */
    public record Page(String name, Path file, LocalDate published, List<Gold> mentions) {
        public boolean isSeed() {
            return name.startsWith("seed-");
        }
    }

    private static final String ARROW = " => ";

    private DateLabels() {
    }

    /** Every page in dir that has a label file, sorted by name. */
    public static List<Page> load(Path dir) {
        List<Page> pages = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path labels : files.filter(f -> f.getFileName().toString().endsWith(".labels")).sorted().toList()) {
                String name = labels.getFileName().toString().replaceFirst("\\.labels$", "");
                Path page = dir.resolve(name + ".txt");
                if (!Files.exists(page)) {
                    page = dir.resolve(name + ".html");
                }
                if (!Files.exists(page)) {
                    throw new IllegalArgumentException(labels + ": no " + name + ".txt or " + name + ".html next to it");
                }
                pages.add(parse(name, page, Files.readAllLines(labels, StandardCharsets.UTF_8), labels.toString()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (pages.isEmpty()) {
            throw new IllegalArgumentException("no *.labels files in " + dir);
        }
        return pages;
    }

    static Page parse(String name, Path page, List<String> lines, String where) {
        LocalDate published = null;
        boolean sawPublished = false;
        List<Gold> gold = new ArrayList<>();
        int no = 0;
        for (String raw : lines) {
            no++;
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("published=")) {
                String v = line.substring("published=".length()).strip();
                published = v.equals("none") ? null : LocalDate.parse(v);
                sawPublished = true;
                continue;
            }
            int arrow = line.lastIndexOf(ARROW);
            if (arrow <= 0) {
                throw new IllegalArgumentException(where + ":" + no + ": expected 'TEXT => VALUE': " + raw);
            }
            gold.add(new Gold(line.substring(0, arrow).strip(), line.substring(arrow + ARROW.length()).strip()));
        }
        if (!sawPublished) {
            throw new IllegalArgumentException(where + ": no published= line");
        }
        return new Page(name, page, published, List.copyOf(gold));
    }
}
