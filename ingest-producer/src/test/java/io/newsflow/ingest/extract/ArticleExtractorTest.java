package io.newsflow.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ArticleExtractorTest {

    private static final long MB = 1024L * 1024;
    private final ArticleExtractor extractor = new ArticleExtractor(8 * MB);

    @Test
    void emptyFile() {
        assertThatThrownBy(() -> extractor.extract(new byte[0], "empty.txt"))
                .isInstanceOf(UnusableInputException.class).hasMessage("empty file");
    }

    @Test
    void binaryFile() {
        byte[] gzipLike = {0x1F, (byte) 0x8B, 8, 0, 0, 0, 0, 0, 0, 3, 0x4B, 0x4C};
        byte[] withNul = "Headline here\n\n\u0000\u0000\u0001binary".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> extractor.extract(gzipLike, "a.gz")).hasMessage("binary content (gzip data)");
        assertThatThrownBy(() -> extractor.extract(withNul, "b.bin")).hasMessage("binary content (NUL bytes)");
    }

    @Test
    void oversizeIsReportedWithSizesNotCut() {
        ArticleExtractor small = new ArticleExtractor(8 * MB);
        byte[] big = new byte[(int) (8 * MB) + 1];
        assertThatThrownBy(() -> small.extract(big, "big.txt"))
                .isInstanceOf(UnusableInputException.class)
                .hasMessage("file is 8388609 bytes, over the 8388608 bytes cap");
        assertThatThrownBy(() -> small.checkSize(52 * MB)).hasMessage("file is 52 MB, over the 8 MB cap");
        assertThatThrownBy(() -> new ArticleExtractor(2048).extract(new byte[3 * 1024 + 100], "x"))
                .hasMessage("file is 3.1 KB, over the 2 KB cap");
    }

    @Test
    void exactlyAtTheCapIsAccepted() throws Exception {
        byte[] page = seed("002_3db1d98cad92fc4e.txt");
        assertThat(new ArticleExtractor(page.length).extract(page, "002").title()).isNotNull();
        assertThatThrownBy(() -> new ArticleExtractor(page.length - 1).extract(page, "002"))
                .hasMessageStartingWith("file is ");
    }

    private static final String PROSE = "The council said on Saturday that the new bridge would open to traffic before "
            + "the end of the month, after engineers finished the last safety checks this week.\n\n"
            + "Residents who had waited for years welcomed the news, and several shop owners said they expected "
            + "more customers once the crossing was open again.\n\n"
            + "Work on the bridge began after the old one was closed on March 3, 2019, when inspectors found "
            + "cracks in two of its piers.\n\n";

    @Test
    void referenceDateIsTheLatestCaptionOrDatelineDateOnTheArticle() throws Exception {
        String page = "Today: 21 June 2025\n\n"
                + "New bridge to open before the end of the month\n\n"
                + "A worker walks across the new bridge in Riverton, November 14, 2020.\n\n"
                + PROSE
                + "The mayor stands on the old bridge at its opening in Riverton, October 19, 1990.\n\n"
                + "Latest from Riverton\n\n"
                + "Flood warning lifted on 3 January 2021\n\n"
                + "© 2025 Riverton Post\n";
        ExtractedArticle a = extractor.extract(page.getBytes(StandardCharsets.UTF_8), "bridge.txt");
        assertThat(a.publishedDate()).isNull();
        assertThat(a.body()).doesNotContain("November 14, 2020");
        // Not the crawl date, not the sidebar story after "Latest from", not the body's own 2019 event date.
        assertThat(a.referenceDate()).isEqualTo(java.time.LocalDate.of(2020, 11, 14));
        assertThat(a.body()).doesNotContain("November 14, 2020");
    }

    @Test
    void referenceDateIsNullWhenOnlyTheBodyHasFullDates() throws Exception {
        String page = "New bridge to open before the end of the month\n\n" + PROSE;
        ExtractedArticle a = extractor.extract(page.getBytes(StandardCharsets.UTF_8), "bridge.txt");
        assertThat(a.body()).contains("March 3, 2019");
        assertThat(a.referenceDate()).isNull();                 // the tagger reads the body's dates itself
    }

    @Test
    void oldWireHeaderGivesThePublicationDate() throws Exception {
        String page = "AP-NR-04-09-98 1812EDT\n\nNew bridge to open before the end of the month\n\n" + PROSE;
        ExtractedArticle a = extractor.extract(page.getBytes(StandardCharsets.UTF_8), "wire.txt");
        assertThat(a.publishedDate()).isEqualTo(java.time.LocalDate.of(1998, 4, 9));
        assertThat(a.referenceDate()).isEqualTo(java.time.LocalDate.of(1998, 4, 9));
        assertThat(a.body()).doesNotContain("AP-NR");
    }

    @Test
    void menusOnly() {
        String page = "Today: 21 June 2025\n\nHome\nNews\nWorld\nBusiness\nSport\n\n• About us\n• Contact us\n"
                + "• Advertise With Us\n\nFacebook Twitter YouTube\n© 2025 Example Media\n";
        assertThatThrownBy(() -> extractor.extract(page.getBytes(StandardCharsets.UTF_8), "menu.txt"))
                .isInstanceOf(UnusableInputException.class)
                .hasMessage("no article text found (only navigation)");
    }

    @Test
    void aHeadlineWithoutAnyArticleText() {
        String page = "Putin, Aliyev hold talks on Nagorno-Karabakh ceasefire control\n\nPrevious Story\n\nNext Story\n";
        assertThatThrownBy(() -> extractor.extract(page.getBytes(StandardCharsets.UTF_8), "x"))
                .isInstanceOf(UnusableInputException.class).hasMessageStartingWith("no article text found");
    }

    @Test
    void tooLittleProse() {
        String page = "Title of a stub page here\n\nThis is the only sentence.\n";
        assertThatThrownBy(() -> extractor.extract(page.getBytes(StandardCharsets.UTF_8), "x"))
                .hasMessage("no article text found (only 5 words of prose)");
    }

    @Test
    void errorPagesSayWhatTheyAre() {
        String page = "<html><head><title>404 Not Found</title></head><body><h1>Page not found</h1>"
                + "<p>Home</p></body></html>";
        assertThatThrownBy(() -> extractor.extract(page.getBytes(StandardCharsets.UTF_8), "x"))
                .hasMessage("no article text found (error or blocked page)");
    }

    @Test
    void htmlHeadlineBlockOutsideTheBodyElementStillGivesDatesAndSite() throws Exception {
        String html = "<html><head><title>Ferry firm axes winter sailings - Island Gazette</title>"
                + "<meta name=\"pdate\" content=\"20091103\"></head><body>"
                + "<div class=\"page\"><h1>Ferry firm axes winter sailings</h1>"
                + "<div class=\"ds\">Page last updated at 14:22 GMT, Wednesday, 4 November 2009</div>"
                + "<div class=\"story-body\"><p>" + PROSE + "</p><p>" + PROSE.replace("council", "company") + "</p>"
                + "</div></div></body></html>";
        ExtractedArticle a = extractor.extract(html.getBytes(StandardCharsets.UTF_8), "old-site.html");
        assertThat(a.title()).isEqualTo("Ferry firm axes winter sailings");
        assertThat(a.publishedDate()).isEqualTo(LocalDate.of(2009, 11, 3));
        assertThat(a.updatedDate()).isEqualTo(LocalDate.of(2009, 11, 4));
        assertThat(a.source()).isEqualTo("Island Gazette");
    }

    @Test
    void siteNameIsWhatTheDocumentTitleAddsToTheHeadline() {
        assertThat(HtmlArticleParser.siteNameAroundHeadline("Library fees scrapped – The Millbrook Ledger",
                "Library fees scrapped")).isEqualTo("The Millbrook Ledger");
        assertThat(HtmlArticleParser.siteNameAroundHeadline("Glacier loss | Science | The Continental", "Glacier loss"))
                .isEqualTo("The Continental");
        assertThat(HtmlArticleParser.siteNameAroundHeadline("County News | Ferry firm axes sailings", "Ferry firm axes sailings"))
                .isEqualTo("County News");
        assertThat(HtmlArticleParser.siteNameAroundHeadline("Glacier loss", "Glacier loss")).isNull();
        assertThat(HtmlArticleParser.siteNameAroundHeadline("Something else entirely", "Glacier loss")).isNull();
    }

    @Test
    void htmlIsDetectedByContentNotByName() throws Exception {
        String html = "\n  <div class=\"story\"><h1>Dam inspection finds no structural damage</h1>"
                + "<p>Engineers who inspected the Millbrook dam after last week's earthquake found no structural "
                + "damage, the water authority said on Monday.</p><p>The reservoir will be refilled to its normal "
                + "level over the next two weeks, the authority added in a statement.</p></div>";
        ExtractedArticle a = extractor.extract(html.getBytes(StandardCharsets.UTF_8), "no-extension");
        assertThat(a.title()).isEqualTo("Dam inspection finds no structural damage");
        assertThat(a.body()).doesNotContain("<p>").startsWith("Engineers who inspected");
        assertThat(a.paragraphs()).hasSize(2);
    }

    @Test
    void textMentioningATagIsNotHtml() throws Exception {
        String text = "Browsers ignore a stray <p> tag in plain text files\n\nA developer found that the page still "
                + "rendered correctly after the markup was removed, and the bug report was closed on Friday.\n";
        ExtractedArticle a = extractor.extract(text.getBytes(StandardCharsets.UTF_8), "x");
        assertThat(a.title()).isEqualTo("Browsers ignore a stray <p> tag in plain text files");
    }

    @Test
    void nonEnglishTextGetsNoLanguage() throws Exception {
        String text = "Le cessez-le-feu est entré en vigueur à minuit\n\nLes deux pays se sont accusés mutuellement "
                + "de violations quelques heures après l'entrée en vigueur de la trêve, selon les ministères de la "
                + "Défense. Les combats ont fait des centaines de morts depuis la fin du mois de septembre dans la "
                + "région montagneuse.\n";
        ExtractedArticle a = extractor.extract(text.getBytes(StandardCharsets.UTF_8), "fr.txt");
        assertThat(a.language()).isNull();
        assertThat(a.title()).isEqualTo("Le cessez-le-feu est entré en vigueur à minuit");
    }

    @Test
    void concurrentUseGivesTheSameResultsAsSequential() throws Exception {
        List<byte[]> pages = new ArrayList<>();
        try (Stream<Path> s = Files.list(seedDir())) {
            for (Path p : s.sorted().toList()) {
                pages.add(Files.readAllBytes(p));
            }
        }
        List<ExtractedArticle> expected = new ArrayList<>();
        for (byte[] p : pages) {
            expected.add(extractor.extract(p, "seq"));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<ExtractedArticle>> futures = new ArrayList<>();
            for (int round = 0; round < 50; round++) {
                for (byte[] p : pages) {
                    futures.add(pool.submit(() -> extractor.extract(p, "par")));
                }
            }
            for (int i = 0; i < futures.size(); i++) {
                assertThat(futures.get(i).get()).isEqualTo(expected.get(i % pages.size()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void rejectsANonPositiveCap() {
        assertThatThrownBy(() -> new ArticleExtractor(0)).isInstanceOf(IllegalArgumentException.class);
    }

    static Path seedDir() {
        Path moduleDir = Path.of(System.getProperty("basedir", System.getProperty("user.dir")));
        return moduleDir.resolve("../seeds").normalize();
    }

    static byte[] seed(String name) throws Exception {
        return Files.readAllBytes(seedDir().resolve(name));
    }
}
