package io.newsflow.bench.quality;

import io.newsflow.enrich.entities.EntityKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One page of the entity dev set: the raw page bytes as crawled, and its label file {@code NAME.labels} next to
 * it (the page is {@code NAME.txt} or {@code NAME.html}).
 *
 * <p>Label file lines ({@code #} starts a comment):
 * <ul>
 *   <li>{@code @group seed|other} — which figure the page counts towards;</li>
 *   <li>{@code @text FROM >>> TO} — a stretch of article text in the raw page, from the first occurrence of FROM
 *       to the end of the next occurrence of TO; {@code @text LINE} — one line of article text (the headline).
 *       Together they are the article: what a reader would call the story, not menus, teasers or footers;</li>
 *   <li>{@code KIND<TAB>canonical[<TAB>alias|alias...]} — a document-level entity; KIND is PERSON, ORGANIZATION
 *       or LOCATION, with a trailing {@code ?} when listing it is optional (neither a miss nor spurious).</li>
 * </ul>
 */
public record LabelledPage(String name, String group, byte[] raw, String articleText, List<Gold> gold) {

    /** A labelled entity; {@code keys} are the matching keys of its canonical name and every alias. */
    public record Gold(EntityKind kind, String canonical, Set<String> keys, boolean optional) {
        public String label() {
            return kind + " " + canonical + (optional ? " (optional)" : "");
        }
    }

    private static final Pattern SPACES = Pattern.compile("\\s+");

    /**
     * The canonical-matching key: Unicode compatibility form, diacritics removed, lower case, curly apostrophes
     * straightened, periods dropped ("U.S." = "US"), every other non-alphanumeric run a single space, and a
     * leading "the " dropped ("The Hague" = "Hague"). Two names match when their keys are equal.
     */
    public static String key(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        s = s.toLowerCase(Locale.ROOT).replace('’', '\'').replace(".", "");
        s = s.replaceAll("[^\\p{L}\\p{N}']+", " ").replace("'", "").strip();
        return s.startsWith("the ") ? s.substring(4) : s;
    }

    /** Whitespace runs as one space, so hard-wrapped pages and labels compare. */
    public static String normaliseSpace(String s) {
        return SPACES.matcher(s).replaceAll(" ").strip();
    }

    /** Loads every labelled page of a dev-set folder, in file-name order. */
    public static List<LabelledPage> loadAll(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            List<LabelledPage> pages = new ArrayList<>();
            for (Path labels : files.filter(f -> f.toString().endsWith(".labels")).sorted().toList()) {
                pages.add(load(labels));
            }
            if (pages.isEmpty()) throw new IllegalArgumentException("no *.labels files in " + dir);
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static LabelledPage load(Path labels) throws IOException {
        String base = labels.getFileName().toString().replaceFirst("\\.labels$", "");
        Path page = Stream.of(".txt", ".html").map(ext -> labels.resolveSibling(base + ext)).filter(Files::exists)
                .findFirst().orElseThrow(() -> new IllegalArgumentException("no page for " + labels));
        byte[] raw = Files.readAllBytes(page);
        String pageText = normaliseSpace(new String(raw, StandardCharsets.UTF_8));
        String group = null;
        StringBuilder article = new StringBuilder();
        List<Gold> gold = new ArrayList<>();
        int lineNo = 0;
        for (String line : Files.readAllLines(labels, StandardCharsets.UTF_8)) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#")) continue;
            String where = labels.getFileName() + ":" + lineNo;
            if (line.startsWith("@group ")) {
                group = line.substring(7).strip();
            } else if (line.startsWith("@text ")) {
                article.append(articleStretch(pageText, line.substring(6), where)).append('\n');
            } else {
                gold.add(parseGold(line, where));
            }
        }
        if (group == null) throw new IllegalArgumentException(labels + ": no @group line");
        if (article.isEmpty()) throw new IllegalArgumentException(labels + ": no @text line");
        return new LabelledPage(base, group, raw, article.toString(), List.copyOf(gold));
    }

    private static String articleStretch(String pageText, String spec, String where) {
        String[] ends = spec.split(">>>", 2);
        String from = normaliseSpace(ends[0]);
        int s = pageText.indexOf(from);
        if (s < 0) throw new IllegalArgumentException(where + ": text not in the page: " + from);
        if (ends.length == 1) return from;
        String to = normaliseSpace(ends[1]);
        int e = pageText.indexOf(to, s);
        if (e < 0) throw new IllegalArgumentException(where + ": end text not in the page after the start: " + to);
        return pageText.substring(s, e + to.length());
    }

    private static Gold parseGold(String line, String where) {
        String[] f = line.split("\t");
        if (f.length < 2) throw new IllegalArgumentException(where + ": expected KIND<TAB>canonical: " + line);
        String kindName = f[0].strip();
        boolean optional = kindName.endsWith("?");
        EntityKind kind = EntityKind.valueOf(optional ? kindName.substring(0, kindName.length() - 1) : kindName);
        String canonical = f[1].strip();
        Set<String> keys = new LinkedHashSet<>();
        keys.add(key(canonical));
        if (f.length > 2) {
            for (String alias : f[2].split("\\|")) if (!alias.isBlank()) keys.add(key(alias));
        }
        return new Gold(kind, canonical, Set.copyOf(keys), optional);
    }
}
