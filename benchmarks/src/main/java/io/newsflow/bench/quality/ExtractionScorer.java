package io.newsflow.bench.quality;

import io.newsflow.ingest.extract.ArticleExtractor;
import io.newsflow.ingest.extract.ExtractedArticle;
import io.newsflow.ingest.extract.UnusableInputException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Scores an extractor against the labelled development set (see {@link DevSetPage}): title exact-match rate
 * (after whitespace and quote normalisation), publication and updated date accuracy (a correct null counts as
 * right), byline / source / language accuracy where labelled, body sentence recall (labelled sentences kept) and
 * precision (extracted sentences that are labelled body), boilerplate lines leaked (extracted paragraphs holding
 * no labelled body sentence, plus {@code absent.N} texts found), and expected rejections. Prints each page's
 * failures.
 *
 * <p>Run: {@code java -cp ... io.newsflow.bench.quality.ExtractionScorer [DEVSET_DIR [SEEDS_DIR]]}.
 */
public final class ExtractionScorer {

    /** The extraction under test: normally {@link ArticleExtractor#extract}. */
    @FunctionalInterface
    public interface Extraction {
        ExtractedArticle extract(byte[] page, String name) throws UnusableInputException;
    }

    /** How one page fared. Field checks are null when the page does not label that field. */
    public record PageScore(String name, boolean seed, boolean titleRight, Boolean publishedRight, Boolean updatedRight,
                            Boolean bylineRight, Boolean sourceRight, Boolean languageRight, Boolean rejectionRight,
                            int labelledSentences, int keptSentences, int extractedSentences, int extractedBodySentences,
                            int leakedLines, double millis, List<String> failures) {
    }

    /** Aggregates over a set of pages (micro-averaged sentence counts). */
    public record Score(List<PageScore> pages) {

        public Score subset(Predicate<PageScore> which) {
            return new Score(pages.stream().filter(which).toList());
        }

        public int size() {
            return pages.size();
        }

        /** Pages that should yield an article (not expected rejections). */
        private List<PageScore> articles() {
            return pages.stream().filter(p -> p.rejectionRight() == null).toList();
        }

        public double titleRate() {
            List<PageScore> a = articles();
            return rate(a.stream().filter(PageScore::titleRight).count(), a.size());
        }

        public double publishedRate() {
            return rateOf(PageScore::publishedRight);
        }

        public double updatedRate() {
            return rateOf(PageScore::updatedRight);
        }

        public double bylineRate() {
            return rateOf(PageScore::bylineRight);
        }

        public double sourceRate() {
            return rateOf(PageScore::sourceRight);
        }

        public double languageRate() {
            return rateOf(PageScore::languageRight);
        }

        public double rejectionRate() {
            return rateOf(PageScore::rejectionRight);
        }

        public double sentenceRecall() {
            long labelled = pages.stream().mapToLong(PageScore::labelledSentences).sum();
            return rate(pages.stream().mapToLong(PageScore::keptSentences).sum(), labelled);
        }

        public double sentencePrecision() {
            List<PageScore> withBody = pages.stream().filter(p -> p.labelledSentences() > 0).toList();
            return rate(withBody.stream().mapToLong(PageScore::extractedBodySentences).sum(),
                    withBody.stream().mapToLong(PageScore::extractedSentences).sum());
        }

        public int leakedLines() {
            return pages.stream().mapToInt(PageScore::leakedLines).sum();
        }

        public double meanMillis() {
            return pages.stream().mapToDouble(PageScore::millis).average().orElse(0);
        }

        private double rateOf(java.util.function.Function<PageScore, Boolean> check) {
            long labelled = pages.stream().map(check).filter(Objects::nonNull).count();
            long right = pages.stream().map(check).filter(Boolean.TRUE::equals).count();
            return rate(right, labelled);
        }

        /** 1.0 when there is nothing to score: an empty subset has no failures. */
        private static double rate(long right, long total) {
            return total == 0 ? 1.0 : (double) right / total;
        }

        public String summary(String label) {
            return String.format(Locale.ROOT, "%-8s pages %2d  title %5.1f%%  published %5.1f%%  updated %5.1f%%  byline %5.1f%%"
                            + "  source %5.1f%%  language %5.1f%%  rejected %5.1f%%  sentence recall %5.1f%%  precision %5.1f%%"
                            + "  leaked lines %d",
                    label, size(), 100 * titleRate(), 100 * publishedRate(), 100 * updatedRate(), 100 * bylineRate(),
                    100 * sourceRate(), 100 * languageRate(), 100 * rejectionRate(), 100 * sentenceRecall(),
                    100 * sentencePrecision(), leakedLines());
        }
    }

    private final Extraction extraction;

    public ExtractionScorer(Extraction extraction) {
        this.extraction = extraction;
    }

    public Score score(List<DevSetPage> pages) {
        List<PageScore> out = new ArrayList<>(pages.size());
        for (DevSetPage page : pages) {
            out.add(score(page));
        }
        return new Score(out);
    }

    public PageScore score(DevSetPage page) {
        byte[] bytes = page.bytes();
        List<String> failures = new ArrayList<>();
        ExtractedArticle a = null;
        String rejection = null;
        long t0 = System.nanoTime();
        try {
            a = extraction.extract(bytes, page.name());
        } catch (UnusableInputException e) {
            rejection = e.getMessage();
        }
        double millis = (System.nanoTime() - t0) / 1e6;

        if (page.expectsRejection()) {
            String want = page.expected("error");
            boolean right = rejection != null && rejection.contains(want);
            if (!right) {
                failures.add(rejection == null ? "expected rejection \"" + want + "\", got an article titled " + quote(a.title())
                        : "expected rejection \"" + want + "\", got \"" + rejection + "\"");
            }
            return new PageScore(page.name(), page.seed(), right, null, null, null, null, null, right,
                    0, 0, 0, 0, right ? 0 : (a == null ? 0 : a.paragraphs().size()), millis, failures);
        }
        if (a == null) {
            failures.add("rejected: " + rejection);
        }
        String title = a == null ? null : a.title();
        boolean titleRight = Objects.equals(BodySentences.normalize(page.expected("title")), BodySentences.normalize(title));
        if (!titleRight) {
            failures.add("title: expected " + quote(page.expected("title")) + ", got " + quote(title));
        }
        Boolean published = checkDate(page, "publishedDate", a == null ? null : a.publishedDate(), failures);
        Boolean updated = checkDate(page, "updatedDate", a == null ? null : a.updatedDate(), failures);
        Boolean byline = checkText(page, "byline", a == null ? null : a.byline(), failures);
        Boolean source = checkText(page, "source", a == null ? null : a.source(), failures);
        Boolean language = checkText(page, "language", a == null ? null : a.language(), failures);

        List<String> paragraphs = a == null ? List.of() : a.paragraphs();
        String body = a == null ? "" : BodySentences.normalize(a.body());
        int leaked = 0;
        for (String key : page.label().stringPropertyNames().stream().sorted().toList()) {
            String text = BodySentences.normalize(page.label().getProperty(key));
            if (key.startsWith("absent.") && body.contains(text)) {
                failures.add(key + " found in body: " + quote(text));
                leaked++;
            } else if (key.startsWith("present.") && !body.contains(text)) {
                failures.add(key + " missing from body: " + quote(text));
            }
        }
        int labelled = 0;
        int kept = 0;
        int extracted = 0;
        int extractedBody = 0;
        if (page.bodyParagraphs() != null) {
            List<String> want = BodySentences.of(page.bodyParagraphs());
            List<String> got = BodySentences.of(paragraphs);
            Set<String> wantSet = new HashSet<>(want);
            Set<String> gotSet = new HashSet<>(got);
            labelled = want.size();
            extracted = got.size();
            for (String s : want) {
                if (gotSet.contains(s)) {
                    kept++;
                } else {
                    failures.add("missed: " + quote(s));
                }
            }
            for (String s : got) {
                if (wantSet.contains(s)) {
                    extractedBody++;
                }
            }
            for (String p : paragraphs) {
                boolean any = false;
                for (String s : BodySentences.of(List.of(p))) {
                    if (wantSet.contains(s)) {
                        any = true;
                        break;
                    }
                }
                if (!any) {
                    leaked++;
                    failures.add("leaked: " + quote(p));
                } else {
                    for (String s : BodySentences.of(List.of(p))) {
                        if (!wantSet.contains(s)) {
                            failures.add("extra sentence: " + quote(s));
                        }
                    }
                }
            }
        }
        return new PageScore(page.name(), page.seed(), titleRight, published, updated, byline, source, language, null,
                labelled, kept, extracted, extractedBody, leaked, millis, failures);
    }

    private static Boolean checkDate(DevSetPage page, String key, LocalDate actual, List<String> failures) {
        if (!page.labels(key)) {
            return null;
        }
        String want = page.expected(key);
        LocalDate expected = want == null ? null : LocalDate.parse(want);
        boolean right = Objects.equals(expected, actual);
        if (!right) {
            failures.add(key + ": expected " + expected + ", got " + actual);
        }
        return right;
    }

    private static Boolean checkText(DevSetPage page, String key, String actual, List<String> failures) {
        if (!page.labels(key)) {
            return null;
        }
        String want = page.expected(key);
        boolean right = Objects.equals(BodySentences.normalize(want), BodySentences.normalize(actual));
        if (!right) {
            failures.add(key + ": expected " + quote(want) + ", got " + quote(actual));
        }
        return right;
    }

    private static String quote(String s) {
        if (s == null) {
            return "null";
        }
        return "\"" + (s.length() > 140 ? s.substring(0, 137) + "..." : s) + "\"";
    }

    /** The report printed by {@link #main}: each page's failures, then totals for all, seed and written pages. */
    public static String report(Score score) {
        StringBuilder sb = new StringBuilder();
        for (PageScore p : score.pages()) {
            sb.append(String.format(Locale.ROOT, "%-34s %s  sentences %d/%d kept, %d/%d extracted are body, %.2f ms%n",
                    p.name(), p.failures().isEmpty() ? "ok  " : "FAIL", p.keptSentences(), p.labelledSentences(),
                    p.extractedBodySentences(), p.extractedSentences(), p.millis()));
            for (String f : p.failures()) {
                sb.append("    - ").append(f).append('\n');
            }
        }
        sb.append(score.summary("all")).append('\n');
        sb.append(score.subset(PageScore::seed).summary("seeds")).append('\n');
        sb.append(score.subset(p -> !p.seed()).summary("written")).append('\n');
        return sb.toString();
    }

    public static void main(String[] args) {
        Path devSet = Path.of(args.length > 0 ? args[0] : "ingest-producer/src/test/resources/extraction-devset");
        Path seeds = Path.of(args.length > 1 ? args[1] : "seeds");
        ArticleExtractor extractor = new ArticleExtractor(8L << 20);
        List<DevSetPage> pages = DevSetPage.load(devSet, seeds);
        ExtractionScorer scorer = new ExtractionScorer(extractor::extract);
        scorer.score(pages);                                     // warm-up, so the timings mean something
        System.out.print(report(scorer.score(pages)));
    }
}
