package io.newsflow.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The plain-text heuristics on small pages, each built so that one wrong rule changes the result. */
class TextArticleParserTest {

    private static final String BODY = "Officials in the northern province said on Tuesday that repairs to the main "
            + "bridge would take at least six weeks, forcing traffic onto a single mountain road.\n\n"
            + "The bridge was damaged by floodwater on March 3, 2019, when the river rose more than four metres in a "
            + "single night.\n\n"
            + "Local businesses said the closure would cost them thousands of customers during the spring season.\n";

    private final ArticleExtractor extractor = new ArticleExtractor(1 << 20);

    @Test
    void crawlDateCopyrightYearAndEventDatesAreNeverThePublicationDate() throws Exception {
        ExtractedArticle a = extract("Today: 21 June 2025\n\nBridge repairs to take six weeks, officials say\n\n"
                + BODY + "\n© 2021 Example News. All rights reserved.\n");
        assertThat(a.title()).isEqualTo("Bridge repairs to take six weeks, officials say");
        assertThat(a.publishedDate()).isNull();
        assertThat(a.updatedDate()).isNull();
    }

    @Test
    void aDatelineNextToTheTitleIsThePublicationDate() throws Exception {
        ExtractedArticle a = extract("Today: 21 June 2025\n12 April 2019\n\n"
                + "Bridge repairs to take six weeks, officials say\n\n" + BODY);
        assertThat(a.publishedDate()).isEqualTo(LocalDate.of(2019, 4, 12));
    }

    @Test
    void aSiteHeaderDateFarAboveTheTitleIsNot() throws Exception {
        StringBuilder menu = new StringBuilder();
        for (String item : new String[] {"Home", "World", "Europe", "Business", "Markets", "Sport", "Culture",
            "Opinion", "Travel", "Science"}) {
            menu.append("  • ").append(item).append('\n');
        }
        ExtractedArticle a = extract("July 7, 2025\n\n" + menu + "\nBridge repairs to take six weeks, officials say\n\n"
                + BODY);
        assertThat(a.title()).isEqualTo("Bridge repairs to take six weeks, officials say");
        assertThat(a.publishedDate()).isNull();
    }

    @Test
    void aDateAfterTheCrawlDateIsNotBelieved() throws Exception {
        ExtractedArticle a = extract("Today: 21 June 2025\n\nBridge repairs to take six weeks, officials say\n\n"
                + "Published 3 March 2031\n\n" + BODY);
        assertThat(a.publishedDate()).isNull();
    }

    @Test
    void updatedAloneIsNotPublished() throws Exception {
        ExtractedArticle a = extract("Bridge repairs to take six weeks, officials say\n\n"
                + "Last updated: April 13, 2019 08:10 GMT\n\n" + BODY);
        assertThat(a.updatedDate()).isEqualTo(LocalDate.of(2019, 4, 13));
        assertThat(a.publishedDate()).isNull();
    }

    @Test
    void cueWordsOnTheirOwnLine() throws Exception {
        ExtractedArticle a = extract("Bridge repairs to take six weeks, officials say\n\nPublished\n12 April 2019\n\n"
                + "Updated\n13 April 2019\n\n" + BODY);
        assertThat(a.publishedDate()).isEqualTo(LocalDate.of(2019, 4, 12));
        assertThat(a.updatedDate()).isEqualTo(LocalDate.of(2019, 4, 13));
    }

    @Test
    void captionDatesAreNotPublicationDates() throws Exception {
        ExtractedArticle a = extract("Bridge repairs to take six weeks, officials say\n\n"
                + "Workers inspect the damaged bridge over the Rava river, April 10, 2019.\nPhoto: AFP\n\n" + BODY);
        assertThat(a.publishedDate()).isNull();
        assertThat(a.body()).doesNotContain("Workers inspect");
    }

    @Test
    void subheadsLinksAndAdsAreDroppedInsideTheBody() throws Exception {
        ExtractedArticle a = extract("Bridge repairs to take six weeks, officials say\n\n"
                + "Officials in the northern province said on Tuesday that repairs would take six weeks.\n\n"
                + "Traffic diverted\n\nAdvertisement\n\nREAD MORE: Floods hit northern towns\n\n"
                + "Drivers will have to use a single mountain road until the bridge reopens in May.\n");
        assertThat(a.paragraphs()).containsExactly(
                "Officials in the northern province said on Tuesday that repairs would take six weeks.",
                "Drivers will have to use a single mountain road until the bridge reopens in May.");
    }

    @Test
    void everythingAfterALatestFromHeaderIsCutEvenWhenItReadsLikeProse() throws Exception {
        ExtractedArticle a = extract("Bridge repairs to take six weeks, officials say\n\n" + BODY
                + "\nLatest from World\n\nPort strike ends after two weeks\n\n"
                + "Dock workers returned to work on Monday after accepting a new pay offer.\n");
        assertThat(a.body()).doesNotContain("Dock workers").doesNotContain("Port strike");
        assertThat(a.paragraphs()).hasSize(3);
    }

    @Test
    void hardWrappedParagraphsAreJoined() throws Exception {
        String wrapped = "Bridge repairs to take six weeks, officials say\n\n"
                + "Officials in the northern province said on Tuesday that repairs\n"
                + "to the main bridge would take at least six weeks, forcing traffic\n"
                + "onto a single mountain road used mostly by farm vehicles until now.\n\n"
                + "The bridge was damaged by floodwater earlier this month, when the\n"
                + "river rose more than four metres in a single night and carried away\n"
                + "part of the central pier that had been repaired only last year.\n\n"
                + "Local businesses said the closure would cost them thousands of\n"
                + "customers during the spring season, traditionally their busiest.\n";
        ExtractedArticle a = extract(wrapped);
        assertThat(a.paragraphs()).hasSize(3);
        assertThat(a.paragraphs().get(0)).isEqualTo("Officials in the northern province said on Tuesday that repairs "
                + "to the main bridge would take at least six weeks, forcing traffic onto a single mountain road used "
                + "mostly by farm vehicles until now.");
    }

    @Test
    void aHeadlineEndingInAQuestionMark() throws Exception {
        ExtractedArticle a = extract("Will the bridge reopen before the spring season?\n\n" + BODY);
        assertThat(a.title()).isEqualTo("Will the bridge reopen before the spring season?");
        assertThat(a.paragraphs()).hasSize(3);
    }

    @Test
    void aFirstParagraphEndingInAQuotedSentenceIsNotAHeadline() throws Exception {
        ExtractedArticle a = extract("The governor told reporters: “We will rebuild the bridge before spring.”\n\n" + BODY);
        assertThat(a.title()).isNull();
        assertThat(a.paragraphs()).hasSize(4);
    }

    @Test
    void sectionLabelAboveAndCaptionBelowTheHeadline() throws Exception {
        ExtractedArticle a = extract("World Media\n\nBridge repairs to take six weeks, officials say\n\n"
                + "Two men walk across the damaged bridge at dawn\n\n" + BODY);
        assertThat(a.title()).isEqualTo("Bridge repairs to take six weeks, officials say");
    }

    @Test
    void agencyBylineIsASourceNotAnAuthor() throws Exception {
        ExtractedArticle a = extract("Bridge repairs to take six weeks, officials say\n\nBy Reuters\n\n" + BODY);
        assertThat(a.byline()).isNull();
        assertThat(a.source()).isEqualTo("Reuters");
        ExtractedArticle b = extract("Bridge repairs to take six weeks, officials say\n\nBy Ana Lima, Reuters\n\n" + BODY);
        assertThat(b.byline()).isEqualTo("Ana Lima");
        assertThat(b.source()).isEqualTo("Reuters");
    }

    @Test
    void noTitleWhenNothingLooksLikeOne() throws Exception {
        ExtractedArticle a = extract(BODY);
        assertThat(a.title()).isNull();
        assertThat(a.paragraphs()).hasSize(3);
        assertThat(a.language()).isEqualTo("en");
    }

    @Test
    void aBareNameBesideTheDatelineIsTheByline() throws Exception {
        ExtractedArticle a = extract("Bridge repairs to take six weeks, officials say\n\nTomás Ferreira\n"
                + "Thursday 7 October 2010 12.41 BST\n\n" + BODY);
        assertThat(a.byline()).isEqualTo("Tomás Ferreira");
        assertThat(a.publishedDate()).isEqualTo(LocalDate.of(2010, 10, 7));
        // A label of the same shape away from any dateline is not a byline.
        assertThat(extract("Bridge repairs to take six weeks, officials say\n\nBreaking News\n\n" + BODY).byline())
                .isNull();
    }

    @Test
    void archiveExportFieldsAreReadAsWhatTheyLabel() throws Exception {
        ExtractedArticle a = extract("Copyright 1995 The Associated Press\n\nMarch 14, 1995, Tuesday, AM cycle\n\n"
                + "SECTION: International News\n\nLENGTH: 412 words\n\n"
                + "HEADLINE: Bridge repairs to take six weeks, officials say\n\n"
                + "BYLINE: By PETER HOLLAND, Associated Press Writer\n\nBODY:\n\n" + BODY
                + "\nLOAD-DATE: March 16, 1995\n");
        assertThat(a.title()).isEqualTo("Bridge repairs to take six weeks, officials say");
        assertThat(a.byline()).isEqualTo("Peter Holland");
        assertThat(a.source()).isEqualTo("Associated Press");
        assertThat(a.publishedDate()).isEqualTo(LocalDate.of(1995, 3, 14));
        assertThat(a.body()).doesNotContain("LENGTH").doesNotContain("LOAD-DATE");
    }

    @Test
    void aNameAndAnAgencyAfterASeparatorGiveBylineAndSource() throws Exception {
        ExtractedArticle a = extract("Bridge repairs to take six weeks, officials say\n\nSarah Whitmore | Reuters\n"
                + "First Published: Aug 24, 2023 | 9:10 AM EDT\n\n" + BODY);
        assertThat(a.byline()).isEqualTo("Sarah Whitmore");
        assertThat(a.source()).isEqualTo("Reuters");
        assertThat(a.publishedDate()).isEqualTo(LocalDate.of(2023, 8, 24));
    }

    @Test
    void anAuthorBioAndContributorNoteAreNotBody() throws Exception {
        ExtractedArticle a = extract("Bridge repairs to take six weeks, officials say\n\n" + BODY
                + "\nAssociated Press writer Sophie Austin contributed from Sacramento.\n\n");
        assertThat(a.body()).doesNotContain("contributed");
        ExtractedArticle b = extract("Bridge repairs to take six weeks, officials say\n\n" + BODY
                + "\nAbout the author\nPriya Nair has been the paper's transport reporter since 2019. She previously "
                + "worked for the Midlands Standard.\n");
        assertThat(b.body()).doesNotContain("Priya Nair");
    }

    @Test
    void germanNumericDatelinesAreDayFirst() throws Exception {
        ExtractedArticle a = extract("Bridge repairs to take six weeks, officials say\n\nVon Anna Lindner und Tobias Kern\n"
                + "12.03.2023, 14:05 Uhr\nAktualisiert: 13.03.2023, 09:30 Uhr\n\n" + BODY);
        assertThat(a.publishedDate()).isEqualTo(LocalDate.of(2023, 3, 12));
        assertThat(a.updatedDate()).isEqualTo(LocalDate.of(2023, 3, 13));
        assertThat(a.byline()).isEqualTo("Anna Lindner und Tobias Kern");
    }

    private ExtractedArticle extract(String page) throws UnusableInputException {
        return extractor.extract(page.getBytes(StandardCharsets.UTF_8), "test");
    }
}
