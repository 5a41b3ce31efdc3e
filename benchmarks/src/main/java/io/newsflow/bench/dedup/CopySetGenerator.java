package io.newsflow.bench.dedup;

import io.newsflow.bench.BrownCorpus;
import io.newsflow.ingest.extract.ArticleExtractor;
import io.newsflow.ingest.extract.ExtractedArticle;
import io.newsflow.ingest.extract.UnusableInputException;
import io.newsflow.ingest.source.ArticleIdentity;
import io.newsflow.schema.Provenance;
import io.newsflow.schema.RawArticle;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * A dedup test set from real text: distinct stories (the seed pages as they are, Brown corpus passages wrapped in
 * page chrome), and copies of some of them the way news is copied: the same page re-sent, the story re-wrapped in
 * another site's chrome, lightly edited (≤ 5% of words changed plus an appended line), cut to its first 70%. Every
 * page goes through the real extractor, as at ingest. The sequence is shuffled, so a copy may come before its
 * story; the truth is "the first seen of a group is the original".
 */
public final class CopySetGenerator {
    /** How an article relates to its story. */
    public enum Kind { ORIGINAL, RESEND, REWRAP, EDITED, CUT }

    /** One article of the sequence: the story it belongs to (its group) and the RawArticle that ingest would send. */
    public record TestArticle(String group, Kind kind, RawArticle article) {
        public String id() {
            return article.getArticleId();
        }
    }

    private static final String[] CHROME_TOP = {
            "Home\nWorld\nPolitics\nBusiness\nContact Us\n\n",
            "Skip to content\nSubscribe\nSign in\nNews | Sport | Weather\n\n",
            "MENU\nLatest\nOpinion\nVideo\nPodcasts\nNewsletters\n\n"};
    private static final String[] CHROME_BOTTOM = {
            "\n\nPrevious Story\n\nOther headline here\n\nNext Story\n\nCopyright © 1961 The Daily Example. All rights reserved.\n",
            "\n\nShare this article\n\nFacebook Twitter Email\n\nMore from World\n\n© 1961 Example Wire Service\n",
            "\n\nRelated\n\nMost read\n\nTerms of use | Privacy | Cookies\n"};
    private static final String[] APPENDED = {
            "This story was updated to correct the spelling of a name.",
            "An earlier version of this article misstated the date of the meeting.",
            "Additional reporting by the Associated Press."};

    private final ArticleExtractor extractor = new ArticleExtractor(8 << 20);
    private final Random random;
    private final List<TestArticle> out = new ArrayList<>();
    private long clockMillis = Instant.parse("2021-02-01T00:00:00Z").toEpochMilli();

    private CopySetGenerator(long seed) {
        this.random = new Random(seed);
    }

    /**
     * @param seeds     folder of seed pages (each a distinct story), or null
     * @param brown     Brown corpus passages (each a distinct story)
     * @param copyShare fraction of stories that get copies; one story in ten of those gets one copy of every kind
     */
    public static List<TestArticle> generate(Path seeds, List<BrownCorpus.Article> brown, double copyShare, long seed) {
        CopySetGenerator generator = new CopySetGenerator(seed);
        int story = 0;
        for (byte[] page : seedPages(seeds)) {
            generator.story("seed-" + story++, page, copyShare);
        }
        for (BrownCorpus.Article passage : brown) {
            generator.story(passage.id(), generator.wrap(title(passage), passage.body(), 0), copyShare);
        }
        List<TestArticle> sequence = new ArrayList<>(generator.out);
        Collections.shuffle(sequence, generator.random);
        // Ingest times follow the sequence (one article a second), as they would on the raw topic.
        List<TestArticle> timed = new ArrayList<>(sequence.size());
        for (TestArticle a : sequence) {
            generator.clockMillis += 1000;
            RawArticle article = RawArticle.newBuilder(a.article()).setProvenance(Provenance.newBuilder(a.article().getProvenance())
                    .setIngestedAt(Instant.ofEpochMilli(generator.clockMillis)).build()).build();
            timed.add(new TestArticle(a.group(), a.kind(), article));
        }
        return timed;
    }

    private void story(String group, byte[] page, double copyShare) {
        ExtractedArticle original = extract(page, group + "/original");
        if (original == null) {
            return;
        }
        add(group, Kind.ORIGINAL, page, group + "/original");
        if (random.nextDouble() >= copyShare) {
            return;
        }
        List<Kind> kinds = random.nextInt(10) == 0 ? List.of(Kind.RESEND, Kind.REWRAP, Kind.EDITED, Kind.CUT)
                : List.of(Kind.values()[1 + random.nextInt(4)]);
        String title = original.title() == null ? "Untitled" : original.title();
        for (Kind kind : kinds) {
            byte[] copy = switch (kind) {
                case RESEND -> page;
                case REWRAP -> wrap(title, original.body(), 1 + random.nextInt(2));
                case EDITED -> wrap(title, edited(original.body()) + "\n\n" + APPENDED[random.nextInt(APPENDED.length)],
                        random.nextInt(3));
                case CUT -> wrap(title, cut(original.body(), 0.7), random.nextInt(3));
                case ORIGINAL -> throw new IllegalStateException();
            };
            add(group, kind, copy, group + "/" + kind.name().toLowerCase());
        }
    }

    private void add(String group, Kind kind, byte[] page, String sourceName) {
        ExtractedArticle extracted = extract(page, sourceName);
        if (extracted == null) {
            return;
        }
        String id = ArticleIdentity.articleId(sourceName, ArticleIdentity.sha256Hex(page));
        LocalDate date = extracted.publishedDate();
        out.add(new TestArticle(group, kind, RawArticle.newBuilder().setArticleId(id).setTitle(extracted.title())
                .setBody(extracted.body()).setPublishedDate(date == null ? null : date.toString())
                .setProvenance(Provenance.newBuilder().setRawSha256(ArticleIdentity.sha256Hex(page))
                        .setIngestedAt(Instant.EPOCH).setPipelineVersion("bench").setSourceFile(sourceName).build())
                .build()));
    }

    /**
     * Replaces 5% of the words (at least one) with other words of the same story, as a copy editor's changes would.
     * Only plain words are swapped, with plain words: an edit changes wording, not the punctuation that ends a
     * sentence or the breaks between paragraphs (moving a "mind.\nAnd" token would split sentences mid-way).
     */
    String edited(String body) {
        String[] words = body.split(" ");
        List<Integer> plain = new ArrayList<>();
        for (int i = 0; i < words.length; i++) {
            if (isPlainWord(words[i])) {
                plain.add(i);
            }
        }
        if (plain.isEmpty()) {
            return body;
        }
        int changes = Math.max(1, words.length / 20);
        for (int i = 0; i < changes; i++) {
            words[plain.get(random.nextInt(plain.size()))] = words[plain.get(random.nextInt(plain.size()))];
        }
        return String.join(" ", words);
    }

    private static boolean isPlainWord(String word) {
        return !word.isEmpty() && word.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '-' || c == '\'');
    }

    /** The first {@code fraction} of the words, paragraph breaks kept, the last sentence cut mid-way. */
    static String cut(String body, double fraction) {
        List<String> words = Arrays.asList(body.split(" "));
        return String.join(" ", words.subList(0, Math.max(1, (int) Math.round(words.size() * fraction))));
    }

    byte[] wrap(String title, String body, int chrome) {
        String date = LocalDate.of(2021, 1, 29).plusDays(random.nextInt(3)).format(java.time.format.DateTimeFormatter.ofPattern("MMMM d, yyyy", java.util.Locale.ENGLISH));
        return (CHROME_TOP[chrome] + title + "\n\n" + date + "\n\n" + body + CHROME_BOTTOM[chrome]).getBytes(StandardCharsets.UTF_8);
    }

    private ExtractedArticle extract(byte[] page, String sourceName) {
        try {
            return extractor.extract(page, sourceName);
        } catch (UnusableInputException e) {
            return null;
        }
    }

    private static String title(BrownCorpus.Article passage) {
        String title = passage.paragraphs().get(0).split("[.;:]")[0];
        return title.length() > 90 ? title.substring(0, 90) : title;
    }

    private static List<byte[]> seedPages(Path seeds) {
        if (seeds == null || !Files.isDirectory(seeds)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(seeds)) {
            List<byte[]> pages = new ArrayList<>();
            for (Path file : files.sorted().toList()) {
                pages.add(Files.readAllBytes(file));
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
