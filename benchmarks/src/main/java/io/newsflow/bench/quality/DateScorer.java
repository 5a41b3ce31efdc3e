package io.newsflow.bench.quality;

import io.newsflow.enrich.dates.DateMention;
import io.newsflow.enrich.dates.DateTagger;
import io.newsflow.ingest.extract.ArticleExtractor;
import io.newsflow.ingest.extract.ExtractedArticle;
import io.newsflow.ingest.extract.UnusableInputException;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Scores date tagging end to end on the labelled dev set ({@link DateLabels}): raw page bytes →
 * {@link ArticleExtractor} (body, publication date and reference date, as the ingest producer does) →
 * {@link DateTagger} on the body with those dates (as the enrichment stream does) → compared with the labels.
 *
 * <p>Matching rule. Each label's text is located in the extracted body, searching forward from the previous
 * label, which gives it a span; labels whose text the body lacks (the extractor dropped their paragraph) keep no
 * span. Two scores, both micro-averaged over mentions:
 * <ul>
 *   <li><b>strict</b> (the TempEval-3 "value" score): a system mention is a true positive when its span overlaps a
 *       label's span and their TIMEX3 values are equal; each label and each system mention match at most once.
 *   <li><b>value</b>: spans ignored; per page the labels' values and the system's values are matched as multisets
 *       (a page with three 2020-11-14 labels and two such system mentions scores two).
 * </ul>
 * A labelled mention found with the wrong value counts as one miss and one spurious in both scores.
 */
public final class DateScorer {

    /** Precision/recall counts. */
    public record Counts(int tp, int gold, int system) {
        public double precision() {
            return system == 0 ? 1.0 : (double) tp / system;
        }

        public double recall() {
            return gold == 0 ? 1.0 : (double) tp / gold;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        Counts plus(Counts o) {
            return new Counts(tp + o.tp, gold + o.gold, system + o.system);
        }

        String line() {
            return String.format(Locale.ROOT, "P=%.3f R=%.3f F1=%.3f (tp=%d gold=%d system=%d)", precision(), recall(),
                    f1(), tp, gold, system);
        }
    }

    /** One page's outcome: what was missed and what was spurious under the strict rule. */
    public record PageResult(DateLabels.Page page, LocalDate extractedPublished, Counts strict, Counts value,
                             List<String> misses, List<String> spurious, List<String> notInBody) {
    }

    /** The whole run. */
    public record Report(List<PageResult> pages) {
        public Counts strict() {
            return sum(true, null);
        }

        public Counts value() {
            return sum(false, null);
        }

        /** Totals over seed pages (seeds = true) or written pages (seeds = false). */
        public Counts strict(boolean seeds) {
            return sum(true, seeds);
        }

        public Counts value(boolean seeds) {
            return sum(false, seeds);
        }

        private Counts sum(boolean strict, Boolean seeds) {
            Counts c = new Counts(0, 0, 0);
            for (PageResult p : pages) {
                if (seeds == null || p.page().isSeed() == seeds) {
                    c = c.plus(strict ? p.strict() : p.value());
                }
            }
            return c;
        }

        public int mentions() {
            return pages.stream().mapToInt(p -> p.page().mentions().size()).sum();
        }

        public void print(PrintStream out, boolean details) {
            if (details) {
                for (PageResult p : pages) {
                    out.printf(Locale.ROOT, "%-36s published: labelled %s, extracted %s%s; strict %s%n", p.page().name(),
                            p.page().published(), p.extractedPublished(),
                            Objects.equals(p.page().published(), p.extractedPublished()) ? "" : " (WRONG)",
                            p.strict().line());
                    p.misses().forEach(m -> out.println("    miss      " + m));
                    p.spurious().forEach(m -> out.println("    spurious  " + m));
                    p.notInBody().forEach(m -> out.println("    not in extracted body: " + m));
                }
            }
            out.printf("dev set: %d pages, %d labelled mentions%n", pages.size(), mentions());
            out.println("strict (span overlap + value): " + strict().line());
            out.println("value  (values per page)     : " + value().line());
            out.println("  seeds   strict " + strict(true).line() + "   value F1=" + fmt(value(true).f1()));
            out.println("  written strict " + strict(false).line() + "   value F1=" + fmt(value(false).f1()));
        }

        private static String fmt(double d) {
            return String.format(Locale.ROOT, "%.3f", d);
        }
    }

    private final ArticleExtractor extractor;
    private final DateTagger tagger;

    public DateScorer(ArticleExtractor extractor, DateTagger tagger) {
        this.extractor = extractor;
        this.tagger = tagger;
    }

    public DateScorer() {
        this(new ArticleExtractor(8L << 20), new DateTagger());
    }

    public Report score(Path devSetDir) {
        List<PageResult> results = new ArrayList<>();
        for (DateLabels.Page page : DateLabels.load(devSetDir)) {
            results.add(score(page));
        }
        return new Report(List.copyOf(results));
    }

    PageResult score(DateLabels.Page page) {
        ExtractedArticle article;
        try {
            article = extractor.extract(Files.readAllBytes(page.file()), page.file().getFileName().toString());
        } catch (UnusableInputException e) {
            // nothing extracted: every label is a miss
            List<String> misses = page.mentions().stream().map(g -> g.text() + " => " + g.value()).toList();
            Counts zero = new Counts(0, page.mentions().size(), 0);
            return new PageResult(page, null, zero, zero, misses, List.of(), List.of("page rejected: " + e.getMessage()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Same inputs as the pipeline: ArticlePublisher carries referenceDate, ArticleEnricher passes it on.
        List<DateMention> system = tagger.tag(article.body(), article.publishedDate(), article.referenceDate());
        return compare(page, article.body(), article.publishedDate(), system);
    }

    static PageResult compare(DateLabels.Page page, String body, LocalDate extractedPublished, List<DateMention> system) {
        List<DateLabels.Gold> gold = page.mentions();
        int[] gs = new int[gold.size()];
        int[] ge = new int[gold.size()];
        List<String> notInBody = new ArrayList<>();
        int cursor = 0;
        for (int i = 0; i < gold.size(); i++) {
            int at = body.indexOf(gold.get(i).text(), cursor);
            if (at < 0) {
                gs[i] = -1;
                ge[i] = -1;
                notInBody.add(gold.get(i).text() + " => " + gold.get(i).value());
            } else {
                gs[i] = at;
                ge[i] = at + gold.get(i).text().length();
                cursor = ge[i];
            }
        }
        // strict: overlap and equal value, one-to-one, labels in order take the first free system mention
        boolean[] sysUsed = new boolean[system.size()];
        boolean[] goldHit = new boolean[gold.size()];
        int strictTp = 0;
        for (int i = 0; i < gold.size(); i++) {
            if (gs[i] < 0) {
                continue;
            }
            for (int j = 0; j < system.size(); j++) {
                DateMention m = system.get(j);
                if (!sysUsed[j] && m.start() < ge[i] && gs[i] < m.end() && m.value().equals(gold.get(i).value())) {
                    sysUsed[j] = true;
                    goldHit[i] = true;
                    strictTp++;
                    break;
                }
            }
        }
        // value: multiset intersection of values
        List<String> remaining = new ArrayList<>();
        system.forEach(m -> remaining.add(m.value()));
        int valueTp = 0;
        for (DateLabels.Gold g : gold) {
            if (remaining.remove(g.value())) {
                valueTp++;
            }
        }
        List<String> misses = new ArrayList<>();
        for (int i = 0; i < gold.size(); i++) {
            if (!goldHit[i]) {
                String got = "";
                for (DateMention m : system) {
                    if (gs[i] >= 0 && m.start() < ge[i] && gs[i] < m.end()) {
                        got = "  (tagged \"" + m.text() + "\" => " + m.value() + ")";
                    }
                }
                misses.add("\"" + gold.get(i).text() + "\" => " + gold.get(i).value() + got);
            }
        }
        List<String> spurious = new ArrayList<>();
        for (int j = 0; j < system.size(); j++) {
            if (!sysUsed[j]) {
                DateMention m = system.get(j);
                spurious.add("\"" + m.text() + "\" => " + m.value() + "  @" + m.start() + ": \u2026"
                        + context(body, m.start(), m.end()) + "\u2026");
            }
        }
        return new PageResult(page, extractedPublished, new Counts(strictTp, gold.size(), system.size()),
                new Counts(valueTp, gold.size(), system.size()), List.copyOf(misses), List.copyOf(spurious),
                List.copyOf(notInBody));
    }

    private static String context(String body, int start, int end) {
        int s = Math.max(0, start - 30);
        int e = Math.min(body.length(), end + 20);
        return body.substring(s, e).replace('\n', ' ');
    }

    /** Prints per-page misses and spurious mentions and the totals for the dev set in args[0]. */
    public static void main(String[] args) {
        Path dir = Path.of(args.length > 0 ? args[0] : "benchmarks/src/test/resources/devset-dates");
        new DateScorer().score(dir).print(System.out, true);
    }
}
