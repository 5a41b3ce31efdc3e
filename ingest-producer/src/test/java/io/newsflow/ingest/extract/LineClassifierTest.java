package io.newsflow.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.ingest.extract.PageLine.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LineClassifierTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiterString = "=>", value = {
        "Today: 21 June 2025 => TODAY",
        "2 mins read => READ_TIME",
        "Advertisement => AD",
        "Loading... => AD",
        "Story continues below advertisement => AD",
        "Also read:Putin signs extension of Russia-US nuke treaty => LINK",
        "Read:  Armenia-Azerbaijan Conflict: Turkish President Opposes Foreign Interference => LINK",
        "READ MORE: Victors of the Karabakh war: Azerbaijan, Russia and Turkey => LINK",
        "RELATED: Armenia accepts defeat in fight over occupied territories => LINK",
        "Previous Story => PREV_NEXT",
        "Next article » => PREV_NEXT",
        "Latest from -Top News => SIDEBAR",
        "Related Articles => SIDEBAR",
        "More from Reuters => SIDEBAR",
        "You may also like => SIDEBAR",
        "3 Comments => SIDEBAR",
        "KLOS-HD3 – Los Angeles, CA © 2025 Powered by OneCMS™ | Served by InterTech Media LLC => COPYRIGHT",
        "Copyright 2021 Reuters. All rights reserved. => COPYRIGHT",
        "Valley Post Media, 4 Mill Lane, Leeds LS1. Registered in England and Wales. => COPYRIGHT",
        "Registered office: 1 London Bridge Street, London SE1 9GF. Registered number 00176082. => COPYRIGHT",
        "The charity registered in England last year now runs four shelters in the city. => PROSE",
        "Mozilla/5.0 AppleWebKit/537.36 (KHTML, like Gecko; compatible; ClaudeBot/1.0; +claudebot@anthropic.com) => ID",
        "46874596ad2f525ae22ddd9072cd3fe1f7d6d0ad => ID",
        "a24038ea-37d6-4042-a095-e547bdacc744_w800_h450 => ID",
        "3628718165 => ID",
        "IMG_2041-final.jpg => ID",
        "https://example.com/news/123 => ID",
        "Reuters => CREDIT",
        "| Image:self => CREDIT",
        "Photo: Lena Brandt/Northern Post => CREDIT",
        "AP Photo/Jane Doe => CREDIT",
        "Image source, Getty Images => CREDIT",
        "Reported by: Kunal Gaurav => BYLINE",
        "By JANE DOE => BYLINE",
        "(Reporting by Jane Doe; Editing by John Roe) => TRAILER",
        "Updated October 3rd, 2020 at 13:01 IST => DATELINE",
        "31 January 2021 => DATELINE",
        "Updated 2 hours ago => DATELINE",
        "FacebookTwitterYouTube => BOILERPLATE",
        "Share this article => BOILERPLATE",
        "Facebook  X  Email  Copy link => BOILERPLATE",
        "Share  Comments (84)  Bookmark => BOILERPLATE",
        "Print | Email | Save => BOILERPLATE",
        "Share this article f t in Email => BOILERPLATE",
        "Share this story: f X in ✉ => BOILERPLATE",
        "COMMODITY LEDGER | Washington, D.C. => SHORT",
        "Share: Facebook X Viber Email Copy link => BOILERPLATE",
        "Share prices fall => SHORT",
        "Email scam targets pensioners => SHORT",
        "Tags: swallows, warblers => BOILERPLATE",
        "Go toTop => BOILERPLATE",
        "We use cookies to improve your experience. By continuing to browse you agree to our use of cookies. => BOILERPLATE",
        "Sign up for our free morning newsletter and get the top stories every day. => BOILERPLATE",
        "Home About Archive Contact => MENU",
        "Houses on fire => SHORT",
        "However, a settlement was never reached. => PROSE",
        "By then, the talks had already collapsed. => PROSE",
        "Ankara is a strong backer of Azerbaijan. => PROSE",
        "Above all, the ceasefire must hold through the winter. => PROSE",
        "Image caption, Residents shelter in a basement during shelling => CAPTION",
        "Anzeige => AD",
        "Page 1 of 2 => BOILERPLATE",
        "Next page › => BOILERPLATE",
        "1 2 Next Page » => BOILERPLATE",
        "Continued on page 4 => BOILERPLATE",
        "LOAD-DATE: March 16, 1995 => BOILERPLATE",
        "LENGTH: 412 words => BOILERPLATE",
        "BYLINE: By PETER HOLLAND, Associated Press Writer => BYLINE",
        "Von Anna Lindner und Tobias Kern => BYLINE",
        "Sarah Whitmore | Reuters => BYLINE",
        "Priya Nair | Health Reporter => BYLINE",
        "Associated Press writer Sophie Austin contributed from Sacramento. => PROSE",
        "Staff writers Ann Lee and Tom Roe contributed to this report. => PROSE",
        "Margaret Okafor, nurse and campaigner: born 12 May 1940; died 2 February 2021 => PROSE",
        "About the author => SIDEBAR",
        "Read Next => SIDEBAR",
        "Most E-Mailed Articles => SIDEBAR",
        "Also on the site: Lumora opens $2bn plant in Arizona - June 14, 2023 => LINK",
        "We and our partners use cookies to store and access information on your device to personalise ads. => BOILERPLATE",
        "Reach Dana Redbird at dana.redbird@wxyz.example. => AUTHOR_NOTE",
        "Jolene Harper covers education for the Sentinel. Reach her at 555-0142. => AUTHOR_NOTE",
        "Margaret Osei is a former head teacher. She writes a monthly column for the Examiner. => AUTHOR_NOTE",
        "Tom Roe can be reached at 555-0100 or on Twitter. => AUTHOR_NOTE",
        "Contact the reporter: 555-0100. => AUTHOR_NOTE",
        "Layla Haddad is a mother of three who has lived in the building since 2019. => PROSE",
        "Residents can contact the council at its offices on Mill Lane. => PROSE",
        "The Local Democracy Reporting Service is funded by the BBC and covers councils across the UK. => BOILERPLATE",
        "This reporting is supported by a grant from the Hartwell Foundation. => BOILERPLATE",
        "The bridge project was funded by a federal grant and opened in 2019. => PROSE",
        "The views expressed in this column are the author's own. => BOILERPLATE",
        "Have a news tip? Email us at newsroom@citypost.example or call 555-0100. => BOILERPLATE",
        "Comments are closed for this story. => BOILERPLATE",
        "jharper@prairiesentinel.example => ID",
        "16:42 => DATELINE",
        "9.05am BST => DATELINE",
        "Show key events only => BOILERPLATE",
        "What changes on Monday? => SHORT",
        "Why would anyone vote for a plan that raises rents? => PROSE",
        "\"What changes on Monday?\" => PROSE",
        "Police said three people were arrested after the clashes. (Reuters) => PROSE",
        "A man walks past a burning house in the village of Charektar. (Reuters) => CAPTION",
        "We use your sign-up to provide content in ways you've consented to. Read our Privacy Notice. => BOILERPLATE",
        "A beaver swims near a lodge on the river Otter in Devon. (Getty Images) => CAPTION",
        "Flood water covers a street in Winnipeg after the river broke its banks. (Jane Doe/The Prairie Times) => CAPTION",
        "An artist's rendering of the new terminal at the northern port (Courtesy Port Authority) => CAPTION",
        "The minister repeated the figure in a later interview (CBC/Radio-Canada). => PROSE",
        "The board also agreed to wipe about $61,000 in unpaid fines that blocked 3,400 cardholders. => PROSE",
        "The company said it contributed to the fund in 2019 and would do so again. => PROSE",
        "Meta said it had changed its privacy policy after complaints from regulators. => PROSE",
        "The ministry said the talks ended on June 14, 2023. => PROSE",
    })
    void classifiesSingleLines(String text, Kind expected) {
        List<PageLine> lines = PageLine.split(text);
        LineClassifier.classify(lines);
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0).kind).isEqualTo(expected);
    }

    @Test
    void shortSentenceBulletsNextToProseBulletsArePartOfTheArticle() {
        List<Kind> kinds = kinds("The change in short:\n"
                + "• Landlords can no longer end a tenancy without giving a reason.\n"
                + "• Rent can rise only once a year.\n"
                + "• Tenants can challenge a rise at a tribunal.\n\n"
                + "Menu\n• Home\n• World news.\n• Sport\n");
        assertThat(kinds.subList(1, 4)).containsOnly(Kind.PROSE);
        assertThat(kinds.subList(4, 8)).doesNotContain(Kind.PROSE);
    }

    @Test
    void aLastParagraphCutOffMidSentenceAfterTheArticlesProseIsProse() {
        String cut = "The council said the new depot would open in the spring and that drivers who had been laid off in "
                + "the autumn would be offered their jobs back, but the union said it had not yet seen";
        String before = "The county council said on Tuesday that it had agreed a new contract for its bus depot, which "
                + "closed in March after the old operator pulled out.";
        assertThat(kinds(before + "\n\n" + cut)).containsExactly(Kind.PROSE, Kind.PROSE);
        // The same line after a teaser's headline is a sidebar teaser cut short.
        assertThat(kinds("Depot to reopen in spring\n\n" + cut)).containsExactly(Kind.SHORT, Kind.SHORT);
    }

    @Test
    void truncatedTeasersAndSubheadsAreNotProse() {
        assertThat(kinds("Trump says it’s hard to tell Israel to stop\n\nPresident downplays European diplomacy "
                + "as Israeli jets strike over 35 Iranian missile sites US President Donald Trump has said it would "
                + "be “difficult” to ask Israel to stop its ongoing airstrikes on"))
                .containsExactly(Kind.SHORT, Kind.SHORT);
        assertThat(kinds("Armenia says the talks failed and the fighting went on for weeks…"))
                .containsExactly(Kind.SHORT);
    }

    @Test
    void bulletItemsAreMenusUnlessTheyAreSentences() {
        assertThat(kinds("  • Let’s Talk About It With Yelena Chobanyan\n  • Ordinary people. ExtraordinaryStories\n"
                + "• The ceasefire took effect at midnight local time on Saturday."))
                .containsExactly(Kind.MENU, Kind.MENU, Kind.PROSE);
    }

    @Test
    void captionFollowedByItsCreditAndItsRepeatAreCaptions() {
        String caption = "Men wearing the national flags of Azerbaijan and Turkey stand next to a makeshift memorial "
                + "outside the embassy of Azerbaijan in Moscow, Russia October 19, 2020.";
        assertThat(kinds(caption + "\nReuters\n\n" + caption + "\n\nTurkish and Russian military delegations have "
                + "held technical talks, the Defence Ministry has said."))
                .containsExactly(Kind.CAPTION, Kind.CREDIT, Kind.CAPTION, Kind.PROSE);
    }

    @Test
    void captionAfterAStandaloneCreditNeedsASecondSign() {
        String body = "On Friday, at least 10 houses were burned in and around the village.";
        String caption = "A local resident walks past a burning house in the village of Cherektar, November 14, 2020.";
        assertThat(kinds(body + "\n\nReuters\n\n" + caption))
                .containsExactly(Kind.PROSE, Kind.CREDIT, Kind.CAPTION);
        // A credit line followed by ordinary prose (no photo date, no scene verb) leaves the prose alone.
        assertThat(kinds("Reuters\n\nThe ministry said talks would continue next week in Ankara."))
                .containsExactly(Kind.CREDIT, Kind.PROSE);
    }

    @Test
    void paginationInsideTheBodyDoesNotEndTheArticle() {
        assertThat(kinds("The first part of the story ends here with a full sentence.\n\nPage 1 of 2\nNext page ›\n\n"
                + "The second part of the story goes on with another full sentence."))
                .containsExactly(Kind.PROSE, Kind.BOILERPLATE, Kind.BOILERPLATE, Kind.PROSE);
    }

    @Test
    void proseEndingInADateAfterAPrepositionIsNotACaption() {
        assertThat(kinds("The two countries signed a Russia-brokered agreement on November 10, 2020."))
                .containsExactly(Kind.PROSE);
    }

    @Test
    void shortLinesInOneBlockAreAMenu() {
        assertThat(kinds("World\nEurope\nArmenia\nAzerbaijan")).containsOnly(Kind.MENU);
        // Title, byline and date in one block are not a menu.
        assertThat(kinds("Council approves new bus routes\nBy Sam Okafor\nSeptember 7, 2022"))
                .containsExactly(Kind.SHORT, Kind.BYLINE, Kind.DATELINE);
    }

    private static List<Kind> kinds(String text) {
        List<PageLine> lines = PageLine.split(TextArticleParser.normalize(text));
        LineClassifier.classify(lines);
        return lines.stream().map(l -> l.kind).toList();
    }
}
