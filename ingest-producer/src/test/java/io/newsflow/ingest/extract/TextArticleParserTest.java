package io.newsflow.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
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
    void textWrappedWiderThanAHundredColumnsIsJoinedToo() throws Exception {
        List<String> prose = List.of("Officials in the northern province said on Tuesday that repairs to the main bridge "
                + "would take at least six weeks, forcing traffic onto a single mountain road used mostly by farm vehicles "
                + "until now, and that a ferry would run for pedestrians.",
                "The bridge was damaged by floodwater earlier this month, when the river rose more than four metres in "
                + "a single night and carried away part of the central pier that had been repaired only last year by a "
                + "contractor from the capital.",
                "Local businesses said the closure would cost them thousands of customers during the spring season, "
                + "traditionally their busiest, and asked the province for help with rents and wages until the bridge "
                + "reopens to cars and lorries.");
        for (int width : new int[] {110, 132, 160}) {
            StringBuilder page = new StringBuilder("Bridge repairs to take six weeks, officials say\n\n");
            prose.forEach(p -> page.append(wrap(p, width)).append("\n\n"));
            assertThat(extract(page.toString()).paragraphs()).as("width %d", width).isEqualTo(prose);
        }
    }

    @Test
    void oneParagraphPerLineWithoutBlankLinesIsNotTakenForWrappedText() throws Exception {
        String page = "Bridge repairs to take six weeks, officials say\n\n"
                + "Officials in the northern province said on Tuesday that repairs to the main bridge would take at least six weeks, forcing traffic onto a single mountain road.\n"
                + "The bridge was damaged by floodwater earlier this month, when the river rose more than four metres in a single night and carried away part of the pier.\n"
                + "Local businesses said the closure would cost them thousands of customers during the spring season, traditionally their busiest time of the year.\n"
                + "The province said a temporary crossing for pedestrians would open next week, and buses would run on the mountain road every half hour.\n"
                + "Engineers from the capital arrived on Wednesday to inspect the damaged pier and said the rest of the structure was sound for now.\n";
        assertThat(extract(page).paragraphs()).hasSize(5);
    }

    private static String wrap(String text, int width) {
        StringBuilder out = new StringBuilder();
        int lineLength = 0;
        for (String word : text.split(" ")) {
            if (lineLength > 0 && lineLength + 1 + word.length() > width) {
                out.append('\n');
                lineLength = 0;
            } else if (lineLength > 0) {
                out.append(' ');
                lineLength++;
            }
            out.append(word);
            lineLength += word.length();
        }
        return out.toString();
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
    void aTeaserAboveTheHeadlineIsNotTheTitleAndAShareBarIsNotEither() throws Exception {
        ExtractedArticle a = extract("Sport > Football\nLIVE: Scores and reaction from every ground\n\n"
                + "Bridge repairs to take six weeks, officials say\n\nMatch report\nBy Jane Doe, Chief Writer\n\n"
                + "Share  Comments (12)  Bookmark\n\n" + BODY);
        assertThat(a.title()).isEqualTo("Bridge repairs to take six weeks, officials say");
        // A live blog whose own headline carries the label keeps it.
        assertThat(extract("LIVE: Bridge repairs to take six weeks, officials say\n\n" + BODY).title())
                .isEqualTo("LIVE: Bridge repairs to take six weeks, officials say");
    }

    @Test
    void aBylineWithTheWritersRoleBeforeTheName() throws Exception {
        ExtractedArticle a = extract("Bridge repairs to take six weeks, officials say\n\nFacebook  X  Email  Copy link\n\n"
                + "By state political reporter Jane Doe\n\n" + BODY);
        assertThat(a.title()).isEqualTo("Bridge repairs to take six weeks, officials say");
        assertThat(a.byline()).isEqualTo("Jane Doe");
        assertThat(extract("Bridge repairs to take six weeks, officials say\n\nBy Chief Political Correspondent Tom Roe\n\n"
                + BODY).byline()).isEqualTo("Tom Roe");
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
    void anAuthorBioIsNotBodyButAContributorNoteIs() throws Exception {
        ExtractedArticle a = extract("Bridge repairs to take six weeks, officials say\n\n" + BODY
                + "\nAssociated Press writer Sophie Austin contributed from Sacramento.\n\n");
        assertThat(a.body()).endsWith("Associated Press writer Sophie Austin contributed from Sacramento.");
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

    @Test
    void anAmbiguousSlashDateIsResolvedByTheWireDateline() throws Exception {
        String page = "06/02/2024 14:05 GMT\n\nBridge repairs to take six weeks, officials say\n\n"
                + "SKOPJE, Feb 6 (AFP) - " + BODY;
        assertThat(extract(page).publishedDate()).isEqualTo(LocalDate.of(2024, 2, 6));
        assertThat(extract(page.replace("Feb 6", "June 2")).publishedDate()).isEqualTo(LocalDate.of(2024, 6, 2));
        assertThat(extract(page.replace("SKOPJE, Feb 6 (AFP) - ", "")).publishedDate()).isNull();
    }

    @Test
    void aPageWithAnUnambiguousSlashDateFixesTheOrderOfTheOthers() throws Exception {
        ExtractedArticle a = extract("Bridge repairs to take six weeks, officials say\n\n03/04/2021 10:00\n\n" + BODY
                + "\nMore news\n21/05/2021 Council tax to rise\n");
        assertThat(a.publishedDate()).isEqualTo(LocalDate.of(2021, 4, 3));
    }

    @Test
    void aDekAboveTheBylineAndDateDoesNotHideThem() throws Exception {
        ExtractedArticle a = extract("Bridge repairs to take six weeks, officials say\n\n"
                + "The river rose four metres in a night. Here is what happens next.\n\n"
                + "By Hannah Okafor, Transport Correspondent\nSat 30 Sep 2023 07.00 BST\n\n" + BODY);
        assertThat(a.publishedDate()).isEqualTo(LocalDate.of(2023, 9, 30));
        assertThat(a.byline()).isEqualTo("Hannah Okafor");
    }

    @Test
    void aLiveBlogsEntryHeadingIsNotTheTitle() throws Exception {
        ExtractedArticle a = extract("LIVE\n\nStorm Ingrid live: power cuts and road closures across the county\n\n"
                + "Last updated: 16:42, 9 February 2024\n\n16:42\nCouncil confirms all schools will reopen on Monday\n\n"
                + BODY);
        assertThat(a.title()).isEqualTo("Storm Ingrid live: power cuts and road closures across the county");
        assertThat(a.updatedDate()).isEqualTo(LocalDate.of(2024, 2, 9));
    }

    @Test
    void writersBioAndContactLinesAreNotBodyAndDoNotHideTheByline() throws Exception {
        ExtractedArticle a = extract("Bridge repairs to take six weeks, officials say\n\nMargaret Osei\n\n"
                + "Margaret Osei is a former engineer. She writes a monthly column for the Examiner.\n\n"
                + "Thursday 18 May 2023\n\n" + BODY + "\nReach Margaret Osei at mosei@examiner.example.\n");
        assertThat(a.byline()).isEqualTo("Margaret Osei");
        assertThat(a.publishedDate()).isEqualTo(LocalDate.of(2023, 5, 18));
        assertThat(a.body()).doesNotContain("former engineer").doesNotContain("Reach Margaret");
    }

    @Test
    void aBylineAfterADateInOtherLanguagesIsRead() throws Exception {
        ExtractedArticle a = extract("Bridge repairs to take six weeks, officials say\n\n"
                + "Publicado em 14/03/2023 - 15:20 Por Ana Paula Souza - Repórter - Brasília\n\n" + BODY);
        assertThat(a.byline()).isEqualTo("Ana Paula Souza");
        assertThat(a.publishedDate()).isEqualTo(LocalDate.of(2023, 3, 14));
    }

    @Test
    void anEmbeddedPostKeepsItsTextWithoutThePictureLink() throws Exception {
        ExtractedArticle a = extract("Bridge repairs to take six weeks, officials say\n\n" + BODY
                + "\nTen years of work, and tonight we did it. Thank you all. pic.twitter.com/k3Pq9XwzLm\n"
                + "— Teresa Lin (@MayorTeresaLin) March 5, 2024\n\n" + BODY.replace("Officials", "Engineers"));
        assertThat(a.body()).contains("Ten years of work, and tonight we did it. Thank you all.")
                .doesNotContain("pic.twitter.com").doesNotContain("@MayorTeresaLin");
    }

    @Test
    void anArchivedWireStoryTakesItsYearFromTheArchiveIdThatAgreesWithTheDateline() throws Exception {
        ExtractedArticle a = extract("Today: 14 January 2026\nNEWS ARCHIVE | Document 1985-07-05-0419\n\n"
                + "BRIDGE REPAIRS TO TAKE SIX WEEKS\n\nSKOPJE, July 5 (Reuter) - " + BODY);
        assertThat(a.publishedDate()).isEqualTo(LocalDate.of(1985, 7, 5));
        assertThat(a.source()).isEqualTo("Reuters");
        ExtractedArticle b = extract("Record 19980505-AFP-0731\n\nBridge repairs to take six weeks\n\n"
                + "SKOPJE, May 5 (AFP) - " + BODY);
        assertThat(b.publishedDate()).isEqualTo(LocalDate.of(1998, 5, 5));
        // Old AP copy: "_" after the dateline, the year only in the archive's header.
        assertThat(extract("Collection: Associated Press, 1976 | Item 0901-0047\n\nBridge repairs to take six weeks\n\n"
                + "SKOPJE, Sept. 1 (AP) _ " + BODY).publishedDate()).isEqualTo(LocalDate.of(1976, 9, 1));
        // An archive's DATELINE field and a short day-first header date.
        assertThat(extract("LIBRARY REPORT  03/05/91\nSECTION: International\n\nHEADLINE: Bridge repairs to take six weeks\n\n"
                + "DATELINE: SKOPJE, May 3\n\n" + BODY).publishedDate()).isEqualTo(LocalDate.of(1991, 5, 3));
        // "CITY, Country, Month Day (Agency) --" with the year in the archive's header.
        assertThat(extract("United Press International 1994 | Day file: 0922\n\nBridge repairs to take six weeks\n\n"
                + "SKOPJE, Macedonia, Sept. 22 (UPI) -- " + BODY).publishedDate()).isEqualTo(LocalDate.of(1994, 9, 22));
        // An id whose digits do not agree with the dateline is not a date of this story.
        assertThat(extract("Record 19980612-AFP-0731\n\nBridge repairs to take six weeks\n\n"
                + "SKOPJE, May 5 (AFP) - " + BODY).publishedDate()).isNull();
    }

    @Test
    void aPublishedLineUnderTheRelatedStoriesIsThePublicationDate() throws Exception {
        ExtractedArticle a = extract("Bridge repairs to take six weeks, officials say\n\n" + BODY
                + "\nRelated Stories\nFerry sinking: coast guard blames overloading   January 30, 2024\n\n"
                + "Published February 8th, 2024 at 11:05 PHT\n© 2025 Example Post. All rights reserved.\n");
        assertThat(a.publishedDate()).isEqualTo(LocalDate.of(2024, 2, 8));
    }

    @Test
    void theLegalFormIsNotPartOfTheOutletName() throws Exception {
        ExtractedArticle a = extract("Bridge repairs to take six weeks, officials say\n\n" + BODY
                + "\nCopyright © 2024 Northfield Gazette Ltd\n");
        assertThat(a.source()).isEqualTo("Northfield Gazette");
        assertThat(extract("Bridge repairs to take six weeks, officials say\n\n" + BODY
                + "\n©2025 Bloomberg L.P.\n").source()).isEqualTo("Bloomberg");
        assertThat(extract("Bridge repairs to take six weeks, officials say\n\n" + BODY
                + "\nCopyright 2022 The Associated Press. All rights reserved.\n").source()).isEqualTo("Associated Press");
    }

    @Test
    void microdataAuthorNameWinsOverTheBylineBoxText() throws Exception {
        StringBuilder html = new StringBuilder("<html><head><title>Bridge repairs | Example</title></head><body>"
                + "<div itemscope itemtype=\"https://schema.org/NewsArticle\"><h1 itemprop=\"headline\">Bridge repairs to "
                + "take six weeks</h1><div class=\"byline\"><span itemprop=\"author\" itemscope><span itemprop=\"name\">"
                + "Owen Pritchard</span></span> <span>Local Democracy Reporter</span> <time itemprop=\"datePublished\" "
                + "datetime=\"2022-07-21T16:30:00+01:00\">21/07/2022</time></div><div itemprop=\"articleBody\">");
        for (String p : BODY.split("\n\n")) {
            html.append("<p>").append(p.trim()).append("</p>");
        }
        html.append("</div></div></body></html>");
        ExtractedArticle a = extract(html.toString());
        assertThat(a.byline()).isEqualTo("Owen Pritchard");
        assertThat(a.publishedDate()).isEqualTo(LocalDate.of(2022, 7, 21));
    }

    private ExtractedArticle extract(String page) throws UnusableInputException {
        return extractor.extract(page.getBytes(StandardCharsets.UTF_8), "test");
    }
}
