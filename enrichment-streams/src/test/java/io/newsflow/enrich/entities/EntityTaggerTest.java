package io.newsflow.enrich.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EntityTaggerTest {
    private static final EntityTagger TAGGER = EntityTagger.withBundledGazetteer();

    /** A seed article: the headline and the article paragraphs of seeds/NNN_*.txt (menus and teasers cut). */
    private record Seed(String title, String body) {
        static Seed load(String number) {
            String name = "seed-" + number + ".txt";
            try (InputStream in = EntityTaggerTest.class.getResourceAsStream(name)) {
                assertThat(in).as(name).isNotNull();
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                int split = text.indexOf("\n\n");
                return new Seed(text.substring(0, split), text.substring(split + 2));
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        }

        Map<String, TaggedEntity> tag() {
            return byId(TAGGER.tag(title, body));
        }
    }

    private static Map<String, TaggedEntity> byId(List<TaggedEntity> entities) {
        return entities.stream().collect(Collectors.toMap(TaggedEntity::id, Function.identity()));
    }

    private static Map<String, TaggedEntity> tag(String body) {
        return byId(TAGGER.tag(null, body));
    }

    private static List<String> texts(TaggedEntity e) {
        return e.mentions().stream().map(Mention::text).toList();
    }

    private static List<String> idsOfKind(Map<String, TaggedEntity> entities, EntityKind kind) {
        return entities.values().stream().filter(e -> e.kind() == kind).map(TaggedEntity::id).sorted().toList();
    }

    // ------------------------------------------------------------------------------------------ seeds

    @Test
    void seed000PutinAliyevCall() {
        Map<String, TaggedEntity> e = Seed.load("000").tag();

        assertThat(e).containsKeys("person:vladimir-putin", "person:ilham-aliyev", "person:hulusi-akar",
                "organization:kremlin", "organization:xinhua-news-agency", "organization:turkish-parliament",
                "location:nagorno-karabakh", "location:azerbaijan", "location:armenia", "location:russia",
                "location:ankara", "location:moscow", "location:aghdam", "location:united-states",
                "location:republic-of-artsakh");
        // surnames before and after the full name resolve to it; the title words are never part of the person
        assertThat(texts(e.get("person:vladimir-putin"))).containsExactly("Putin", "Vladimir Putin", "Putin");
        assertThat(texts(e.get("person:ilham-aliyev")))
                .containsExactly("Aliyev", "Ilham Aliyev", "Aliyev", "Aliyev");
        assertThat(e.get("person:hulusi-akar").text()).isEqualTo("Hulusi Akar");
        assertThat(e.get("location:united-states").text()).isEqualTo("US");
        // only "Turkish" appears in this article: a demonym names no country and no organisation
        assertThat(e).doesNotContainKeys("location:turkey", "organization:turkish");
        assertThat(idsOfKind(e, EntityKind.PERSON))
                .containsExactly("person:hulusi-akar", "person:ilham-aliyev", "person:vladimir-putin");
        // salient: in the title or the first paragraph (the stand-first here)
        assertThat(e.get("person:vladimir-putin").salient()).isTrue();
        assertThat(e.get("location:nagorno-karabakh").salient()).isTrue();
        assertThat(e.get("person:hulusi-akar").salient()).isFalse();
        assertThat(e.get("organization:kremlin").salient()).isFalse();
    }

    @Test
    void seed001PutinPashinyanCall() {
        Map<String, TaggedEntity> e = Seed.load("001").tag();

        assertThat(e).containsKeys("person:vladimir-putin", "person:nikol-pashinyan", "organization:kremlin",
                "organization:osce-minsk-group", "organization:organization-for-security-and-co-operation-in-europe",
                "organization:international-committee-of-the-red-cross", "location:middle-east",
                "location:south-caucasus", "location:nagorno-karabakh", "location:turkey", "location:syria",
                "location:france", "location:united-states", "location:ankara");
        assertThat(e.get("organization:organization-for-security-and-co-operation-in-europe").text())
                .isEqualTo("OSCE");
        // "Read: ... Turkish President Opposes Foreign Interference" is a title-cased teaser, not a person
        assertThat(idsOfKind(e, EntityKind.PERSON)).containsExactly("person:nikol-pashinyan", "person:vladimir-putin");
        assertThat(e.get("person:vladimir-putin").salient()).isTrue();
    }

    @Test
    void seed002KalbajarHandover() {
        Map<String, TaggedEntity> e = Seed.load("002").tag();

        assertThat(e).containsKeys("location:kalbajar", "location:charektar", "location:martakert",
                "location:lachin", "location:aghdam", "location:shusha", "location:lachin-corridor",
                "location:baku", "location:moscow", "organization:reuters", "organization:agence-france-presse",
                "organization:turkish-defence-ministry");
        assertThat(texts(e.get("location:nagorno-karabakh"))).contains("Karabakh", "Upper Karabakh", "Nagorno-Karabakh");
        // a village known only from "the village of ..." still merges its second spelling
        assertThat(texts(e.get("location:charektar"))).containsExactly("Charektar", "Charektar", "Cherektar");
        assertThat(e).doesNotContainKey("location:cherektar");
        assertThat(texts(e.get("organization:turkish-defence-ministry")))
                .containsExactly("Turkish Defence Ministry", "Defence Ministry", "Turkish Defence Ministry");
        // no person is named in this article: residents, villagers, "Turks", "Azerbaijanis" are not people
        assertThat(idsOfKind(e, EntityKind.PERSON)).isEmpty();
        assertThat(e.get("location:kalbajar").salient()).isTrue();
    }

    @Test
    void seed003LachinReturned() {
        Map<String, TaggedEntity> e = Seed.load("003").tag();

        assertThat(e).containsKeys("person:ilham-aliyev", "location:baku", "location:lachin", "location:aghdam",
                "location:kalbajar", "location:lachin-corridor", "location:moscow", "location:ankara",
                "organization:turkish-defense-ministry");
        assertThat(e.get("location:baku").text()).isEqualTo("BAKU");
        assertThat(texts(e.get("location:aghdam"))).containsExactly("Agdam", "Agdam");
        assertThat(texts(e.get("location:kalbajar"))).containsExactly("Kalbacar", "Kalbacar");
        assertThat(e.keySet()).noneMatch(id -> id.contains("third"));
        assertThat(e.get("location:nagorno-karabakh").salient()).isTrue();
    }

    @Test
    void seed004CeasefireTalks() {
        Map<String, TaggedEntity> e = Seed.load("004").tag();

        assertThat(idsOfKind(e, EntityKind.PERSON)).containsExactly("person:ilham-aliyev", "person:jeyhun-bayramov",
                "person:mike-pompeo", "person:nikol-pashinyan", "person:stephen-e-biegun",
                "person:zohrab-mnatsakanyan");
        assertThat(e).containsKeys("organization:collective-security-treaty-organization", "organization:nato",
                "organization:united-states-department-of-state", "organization:anadolu-agency",
                "organization:le-figaro", "organization:twitter", "organization:islamic-revolutionary-guard-corps",
                "location:republic-of-artsakh", "location:qubadli", "location:tsaghkadzor", "location:yerevan",
                "location:paris", "location:iran", "location:kazakhstan", "location:uzbekistan");
        assertThat(texts(e.get("location:russia"))).contains("Russian Federation");
        assertThat(e.get("organization:nato").text()).isEqualTo("North Atlantic Treaty Organisation");
        assertThat(e.get("organization:islamic-revolutionary-guard-corps").text()).isEqualTo("Revolutionary Guard");
        assertThat(texts(e.get("person:nikol-pashinyan"))).containsExactly("Pashinyan", "Nikol Pashinyan");
        assertThat(e.get("location:united-states").text()).isEqualTo("U.S.");
        assertThat(e.get("person:stephen-e-biegun").canonical()).isEqualTo("Stephen E. Biegun");
        assertThat(e.get("person:zohrab-mnatsakanyan").salient()).isTrue();
        assertThat(e.get("person:mike-pompeo").salient()).isFalse();
        assertThat(e).doesNotContainKey("organization:russian-federation");
    }

    @ParameterizedTest
    @ValueSource(strings = {"000", "001", "002", "003", "004"})
    void mentionsAreExactNonOverlappingBodySpansWithWellFormedIds(String number) {
        Seed seed = Seed.load(number);
        List<TaggedEntity> entities = TAGGER.tag(seed.title(), seed.body());
        assertThat(entities).isNotEmpty();
        List<Mention> all = new ArrayList<>();
        for (TaggedEntity entity : entities) {
            assertThat(entity.id()).matches("(person|organization|location):[a-z0-9]+(-[a-z0-9]+)*")
                    .startsWith(entity.kind().name().toLowerCase(Locale.ROOT) + ":")
                    .isEqualTo(entity.kind().name().toLowerCase(Locale.ROOT) + ":" + NameFolding.slug(entity.canonical()));
            if (!entity.mentions().isEmpty()) assertThat(entity.text()).isEqualTo(entity.mentions().get(0).text());
            for (Mention m : entity.mentions()) {
                assertThat(seed.body().substring(m.start(), m.end())).isEqualTo(m.text());
                all.add(m);
            }
        }
        all.sort(Comparator.comparingInt(Mention::start));
        for (int i = 1; i < all.size(); i++) {
            assertThat(all.get(i).start()).as("%s overlaps %s", all.get(i), all.get(i - 1))
                    .isGreaterThanOrEqualTo(all.get(i - 1).end());
        }
    }

    // ------------------------------------------------------------------------------------------ false friends

    @Test
    void vladimirTheCityNeverFiresInsideVladimirPutin() {
        Map<String, TaggedEntity> e = tag("Vladimir Putin visited Vladimir, a city east of Moscow, on Monday. "
                + "In Vladimir, Putin met factory workers. Vladimir Putin later flew home.");

        assertThat(texts(e.get("person:vladimir-putin"))).containsExactly("Vladimir Putin", "Putin", "Vladimir Putin");
        assertThat(e.get("location:vladimir").mentions()).extracting(Mention::start).containsExactly(23, 70);
    }

    @Test
    void aTitleAloneMakesAPersonOfASingleUnknownName() {
        Map<String, TaggedEntity> e = tag("The session was chaired by Ambassador Okonkwo. Mr. Sarkees arrived late "
                + "and Dr. Ivanova-Reyes left early.");

        assertThat(e.keySet()).containsExactlyInAnyOrder("person:okonkwo", "person:sarkees", "person:ivanova-reyes");
        assertThat(e.get("person:sarkees").text()).isEqualTo("Sarkees");
    }

    @Test
    void aNameTypedOnceKeepsThatTypeEverywhereInTheArticle() {
        // "Somaliland said": a cue for a person, but the article has already typed the name as a place
        Map<String, TaggedEntity> e = tag("Berbera is the main port of Somaliland, which wants recognition. "
                + "Somaliland said the port deal would stand.");

        assertThat(idsOfKind(e, EntityKind.PERSON)).isEmpty();
        assertThat(texts(e.get("location:somaliland"))).containsExactly("Somaliland", "Somaliland");
    }

    @Test
    void anUnknownNameUsedTwiceIsKeptWithItsBestGuessType() {
        Map<String, TaggedEntity> place = tag("Flooding closed roads near Kessock Brae overnight. "
                + "By morning the water had reached the school, and Kessock Brae was cut off for a day.");
        assertThat(place).containsKey("location:kessock-brae");
        assertThat(place.get("location:kessock-brae").mentions()).hasSize(2);

        // words that only open sentences are not names
        assertThat(tag("Heavy Rain fell all day. Heavy Rain is forecast again.")).isEmpty();
    }

    @Test
    void anAcronymQuotedAsASourceIsAnOrganisation() {
        Map<String, TaggedEntity> e = tag("The board approved the plan on Monday. The KWRB said water levels were "
                + "safe, according to the PDMA, which monitors the dam.");

        assertThat(idsOfKind(e, EntityKind.ORGANIZATION)).contains("organization:kwrb", "organization:pdma");
        assertThat(idsOfKind(e, EntityKind.PERSON)).isEmpty();
        // letters after a person's name are not a quoted organisation
        assertThat(tag("Prosecuting, Naomi Fairbrother KC told the jury the case was clear."))
                .doesNotContainKey("organization:kc");
    }

    @Test
    void aTownThatIsAlsoANameNeedsPlaceContext() {
        assertThat(tag("Hamilton said the plan would work.")).doesNotContainKey("location:hamilton");
        assertThat(tag("The factory is in Hamilton, near the lake.")).containsKey("location:hamilton");
    }

    @Test
    void titlesAndDemonymsAloneAreNeverEntities() {
        Map<String, TaggedEntity> e = tag("The President said on Tuesday that the Secretary of State would travel. "
                + "Turkish troops and Armenian forces clashed, the Turkish side said. "
                + "Azerbaijani President Ilham Aliyev spoke to the Presidents.");

        assertThat(e.keySet()).containsExactly("person:ilham-aliyev");
        assertThat(e.get("person:ilham-aliyev").text()).isEqualTo("Ilham Aliyev");
    }

    @Test
    void sentenceInitialCommonWordsAreNotNames() {
        assertThat(tag("However, the talks failed. Officials said the deal was dead. Residents fled the town. "
                + "Crucially, nobody came. Villagers said they would return.")).isEmpty();
    }

    @Test
    void titleCasedTeaserLinesYieldOnlyKnownNames() {
        Map<String, TaggedEntity> e = tag("Read: Armenia-Azerbaijan Conflict: Turkish President Opposes Foreign Interference");

        assertThat(e.keySet()).containsExactlyInAnyOrder("location:armenia", "location:azerbaijan");
    }

    // ------------------------------------------------------------------------------------------ canonical names

    @Test
    void countryAliasesShareOneId() {
        Map<String, TaggedEntity> e = tag("Russian Federation officials met U.S., US and United States envoys, "
                + "the USA delegation said. Russia agreed. Us? No: us.");

        assertThat(texts(e.get("location:united-states"))).containsExactly("U.S.", "US", "United States", "USA");
        assertThat(texts(e.get("location:russia"))).containsExactly("Russian Federation", "Russia");
        assertThat(e).hasSize(2);
    }

    @Test
    void transliterationVariantsMeetOnOnePlace() {
        Map<String, TaggedEntity> e = tag("Troops withdrew from Agdam and Kelbajar. Residents returned to Shushi, "
                + "and later to the village of Charektar. Houses burned in Cherektar.");

        assertThat(texts(e.get("location:aghdam"))).containsExactly("Agdam");
        assertThat(texts(e.get("location:kalbajar"))).containsExactly("Kelbajar");
        assertThat(texts(e.get("location:shusha"))).containsExactly("Shushi");
        assertThat(texts(e.get("location:charektar"))).containsExactly("Charektar", "Cherektar");
        assertThat(e).hasSize(4);
        // spellings no alias lists, met through the vowel skeleton of a gazetteer place in place context
        assertThat(texts(tag("Floods hit homes in Lenkoran on Monday.").get("location:lankaran")))
                .containsExactly("Lenkoran");
        assertThat(tag("Officials in Xankendi said the road was open.")).containsOnlyKeys("location:stepanakert");
    }

    @Test
    void surnameResolvesToTheArticlesFullNameUnlessTwoPeopleShareIt() {
        Map<String, TaggedEntity> one = tag("Pashinyan posted on Twitter. Armenian Prime Minister Nikol Pashinyan "
                + "later said Pashinyan would not resign.");
        assertThat(texts(one.get("person:nikol-pashinyan"))).containsExactly("Pashinyan", "Nikol Pashinyan", "Pashinyan");

        Map<String, TaggedEntity> two = tag("Heydar Aliyev ruled until 2003. His son, President Ilham Aliyev, "
                + "succeeded him. Aliyev said on Monday that talks would resume.");
        assertThat(texts(two.get("person:heydar-aliyev"))).containsExactly("Heydar Aliyev");
        assertThat(texts(two.get("person:ilham-aliyev"))).containsExactly("Ilham Aliyev");
    }

    @Test
    void organisationsFromHeadsAcronymsAndShortForms() {
        Map<String, TaggedEntity> e = tag("The Eurasian Development Bank (EDB) raised its forecast. EDB economists "
                + "said growth would slow. Observers from the Caspian Monitoring Mission [CMM] arrived; the CMM "
                + "said it would stay. The ADB (Asian Development Bank) disagreed. Turkey's Defence Ministry said "
                + "the Defence Ministry would reply. The Turkish Parliament approved it.");

        assertThat(texts(e.get("organization:eurasian-development-bank")))
                .containsExactly("Eurasian Development Bank", "EDB", "EDB");
        assertThat(texts(e.get("organization:caspian-monitoring-mission")))
                .containsExactly("Caspian Monitoring Mission", "CMM", "CMM");
        assertThat(texts(e.get("organization:asian-development-bank"))).containsExactly("ADB", "Asian Development Bank");
        assertThat(texts(e.get("organization:turkish-defence-ministry"))).containsExactly("Defence Ministry", "Defence Ministry");
        assertThat(e).containsKey("organization:turkish-parliament").doesNotContainKey("organization:turkish");
    }

    @Test
    void businessNewsAndOtherEras() {
        Map<String, TaggedEntity> e = tag("Apple Inc. shares rose after Chief Executive Tim Cook said demand was "
                + "strong, Goldman Sachs analysts wrote. In 1944 General Dwight D. Eisenhower met Prime Minister "
                + "Winston Churchill in London. Mr. Churchill later visited Chicago.");

        assertThat(e.keySet()).containsExactlyInAnyOrder("organization:apple-inc", "person:tim-cook",
                "organization:goldman-sachs", "person:dwight-d-eisenhower", "person:winston-churchill",
                "location:london", "location:chicago");
        assertThat(texts(e.get("person:winston-churchill"))).containsExactly("Winston Churchill", "Churchill");
    }

    // ------------------------------------------------------------------------------------------ API behaviour

    @Test
    void titleOnlyNamesAreSalientWithoutMentions() {
        List<TaggedEntity> entities = TAGGER.tag("Erdogan backs Baku", "Talks resumed in Geneva on Monday.");
        Map<String, TaggedEntity> e = byId(entities);

        assertThat(e.get("person:recep-tayyip-erdogan").mentions()).isEmpty();
        assertThat(e.get("person:recep-tayyip-erdogan").salient()).isTrue();
        assertThat(e.get("person:recep-tayyip-erdogan").text()).isEqualTo("Erdogan");
        assertThat(e.get("location:baku").salient()).isTrue();
        assertThat(texts(e.get("location:geneva"))).containsExactly("Geneva");
        assertThat(TAGGER.tag(null, "Talks resumed in Geneva on Monday.")).extracting(TaggedEntity::id)
                .containsExactly("location:geneva");
        assertThat(TAGGER.tag(null, "")).isEmpty();
        assertThat(TAGGER.tag(null, null)).isEmpty();
    }

    @Test
    void salienceFollowsTheFirstParagraph() {
        Map<String, TaggedEntity> e = tag("Talks opened in Geneva.\n\nLater they moved to Vienna.");

        assertThat(e.get("location:geneva").salient()).isTrue();
        assertThat(e.get("location:vienna").salient()).isFalse();
    }

    @Test
    void operatorGazetteerAddsNamesWithoutRebuild(@TempDir Path dir) throws IOException {
        Path extra = dir.resolve("extra.tsv");
        Files.writeString(extra, "# operator's names\nORGANIZATION\tAcme Widgets\tAcme\n"
                + "LOCATION\tKarvachar Valley\tKarvachar Gorge\nNONSENSE\tignored\n", StandardCharsets.UTF_8);
        EntityTagger tagger = EntityTagger.withBundledGazetteer(extra);

        Map<String, TaggedEntity> e = byId(tagger.tag(null, "Acme opened a plant in the Karvachar Gorge near Baku."));
        assertThat(texts(e.get("organization:acme-widgets"))).containsExactly("Acme");
        assertThat(texts(e.get("location:karvachar-valley"))).containsExactly("Karvachar Gorge");
        assertThat(e).containsKey("location:baku");
        assertThat(byId(TAGGER.tag(null, "Acme opened a plant."))).doesNotContainKey("organization:acme-widgets");
        assertThat(EntityTagger.withBundledGazetteer(null).tag(null, "Baku")).extracting(TaggedEntity::id)
                .containsExactly("location:baku");
    }

    // ------------------------------------------------------------------ wire copy, US politics, business

    @Test
    void allCapsDatelinePlacesAndTheRegionAfterThem() {
        Map<String, TaggedEntity> e = tag("HARGEISA, Somaliland — Ethiopia signed a deal on Monday.\n\n"
                + "Officials in Hargeisa welcomed it.");
        assertThat(texts(e.get("location:hargeisa"))).containsExactly("HARGEISA", "Hargeisa");
        assertThat(e).containsKeys("location:somaliland", "location:ethiopia");
        assertThat(tag("MUMBAI: The central bank kept rates unchanged.")).containsKey("location:mumbai");
        // a label, not a place; and an acronym the gazetteer knows as an organisation stays one
        assertThat(tag("UPDATE — The vote was delayed.")).isEmpty();
        assertThat(tag("NATO — Allies met in Brussels.")).doesNotContainKey("location:nato");
    }

    @Test
    void stateAbbreviationsAfterPartyLettersAndCitiesButNotCourtesyTitles() {
        Map<String, TaggedEntity> e = tag("Sen. Thomas Whitaker (R-Ind.) and Chuck Schumer, D-N.Y., met officials "
                + "from Santa Clara, Calif., on Friday.");
        assertThat(e).containsKeys("location:indiana", "location:new-york", "location:california",
                "person:thomas-whitaker", "person:chuck-schumer");
        Map<String, TaggedEntity> titles = tag("The clerk, Mrs. Ruth Hollis, thanked Ms. Ellison and Miss. Jones.");
        assertThat(idsOfKind(titles, EntityKind.LOCATION)).isEmpty();
    }

    @Test
    void countiesKeepTheirUnitAndCommonWordCountiesCount() {
        Map<String, TaggedEntity> e = tag("Officials from Fulton County and DeKalb County met. Neighboring "
                + "Lake County and Summit County passed budgets. Nairobi County Governor Johnson Sakaja spoke.");
        assertThat(e).containsKeys("location:fulton-county", "location:dekalb-county", "location:lake-county",
                "location:summit-county", "location:nairobi-county", "person:johnson-sakaja");
        assertThat(e).doesNotContainKeys("location:fulton", "location:dekalb");
    }

    @Test
    void titlesInsideACapitalisedRunStartThePersonAfterThem() {
        Map<String, TaggedEntity> e = tag("Garfield Heights Mayor Matt Burke said the city would sue. "
                + "Councilwoman Meredith Turner voted no.");
        assertThat(e).containsKeys("person:matt-burke", "person:meredith-turner");
        assertThat(e).doesNotContainKey("person:garfield-heights-mayor-matt-burke");
    }

    @Test
    void companySuffixesNameTheCompanyOnce() {
        Map<String, TaggedEntity> e = tag("Rivals Microsoft Corp and Alphabet Inc moved faster. Later, Microsoft "
                + "said it would invest, and Acme Widgets Ltd agreed.");
        assertThat(idsOfKind(e, EntityKind.ORGANIZATION)).contains("organization:microsoft",
                "organization:alphabet-inc", "organization:acme-widgets");
        assertThat(texts(e.get("organization:microsoft"))).containsExactly("Microsoft Corp", "Microsoft");
        assertThat(e.keySet()).noneMatch(id -> id.contains("rivals"));
    }

    @Test
    void venuesPortsGulfsAndSelfStyledRepublicsAreOnePlace() {
        Map<String, TaggedEntity> e = tag("The Knicks won at Madison Square Garden. Ships left Port Harcourt "
                + "for the Gulf of Aden, off the self-declared Republic of Somaliland, near Second Thomas Shoal.");
        assertThat(e).containsKeys("location:madison-square-garden", "location:port-harcourt",
                "location:gulf-of-aden", "location:republic-of-somaliland", "location:second-thomas-shoal");
        assertThat(e).doesNotContainKeys("location:madison-square", "person:port-harcourt", "person:harcourt");
    }

    @Test
    void unknownNamesAfterPrepositionsOfPlaceAreTowns() {
        Map<String, TaggedEntity> e = tag("Floods cut off farms near Gulgong and a camp in Umuleri was full. "
                + "Shares in Vantoren fell, and the talks in Okafor's office went on.");
        assertThat(e).containsKeys("location:gulgong", "location:umuleri");
        assertThat(e).doesNotContainKeys("location:vantoren", "location:okafor");
    }

    @Test
    void placesBeforeBasedAreTowns() {
        Map<String, TaggedEntity> e = tag("The Leeds-based group hired Crane & Alvarez, a Wakefield-based firm.");
        assertThat(e).containsKeys("location:leeds", "location:wakefield");
    }

    @Test
    void companyHeadsWithoutSuffixAndTheirShortNames() {
        Map<String, TaggedEntity> e = tag("The buyer, Vantoren Holdings, outbid Calder Bridge Partners for "
                + "Harrowgate Logistics on Monday. Harrowgate shares rose, and Calder Bridge said it would not bid.");
        assertThat(idsOfKind(e, EntityKind.ORGANIZATION)).contains("organization:vantoren-holdings",
                "organization:calder-bridge-partners", "organization:harrowgate-logistics");
        assertThat(texts(e.get("organization:harrowgate-logistics"))).contains("Harrowgate");
        assertThat(texts(e.get("organization:calder-bridge-partners"))).contains("Calder Bridge");
        assertThat(e).doesNotContainKeys("person:harrowgate", "location:calder-bridge", "location:calder");
    }

    @Test
    void organisationNamesWithAndButNotTwoNamesJoinedByAnd() {
        Map<String, TaggedEntity> e = tag("The suit names the Department of Health and Human Services and the "
                + "Land and Environment Court. Shares of HDFC Bank and Tata Motors rose.");
        assertThat(idsOfKind(e, EntityKind.ORGANIZATION)).contains(
                "organization:department-of-health-and-human-services", "organization:land-and-environment-court");
        assertThat(e.keySet()).noneMatch(id -> id.contains("bank-and"));
    }

    @Test
    void acronymsThatSkipAWordOfTheirLongForm() {
        Map<String, TaggedEntity> e = tag("The European Centre for Disease Prevention and Control (ECDC) counted "
                + "cases. The ECDC said more would follow.");
        TaggedEntity ecdc = e.get("organization:european-centre-for-disease-prevention-and-control");
        assertThat(ecdc).isNotNull();
        assertThat(texts(ecdc)).contains("ECDC");
    }

    @Test
    void appositionsWithAPersonNounMakePeople() {
        Map<String, TaggedEntity> e = tag("Tomas Ekberg, an epidemiologist at Uppsala University, disagreed. "
                + "Lindqvist Borg, a 54-year-old farmer, agreed.");
        assertThat(e).containsKeys("person:tomas-ekberg", "person:lindqvist-borg");
    }

    @Test
    void clubsByTheirSuffixAndTheirTownNamesInASportsStory() {
        Map<String, TaggedEntity> e = tag("Two goals from the substitute gave Grimsby Town a win over Carlisle "
                + "United in League Two. Carlisle had led through a header, but the referee added stoppage time "
                + "and Grimsby scored twice. The coach said the season was young.");
        assertThat(idsOfKind(e, EntityKind.ORGANIZATION)).contains("organization:grimsby-town",
                "organization:carlisle-united", "organization:league-two");
        assertThat(texts(e.get("organization:carlisle-united"))).contains("Carlisle");
        assertThat(idsOfKind(e, EntityKind.LOCATION)).doesNotContain("location:carlisle", "location:grimsby");
    }

    @Test
    void townsNamedLikeClubsOutsideSportsStayPlaces() {
        Map<String, TaggedEntity> e = tag("The council of Hull City met in Carlisle to discuss bus fares.");
        assertThat(e).doesNotContainKey("organization:hull-city");
        assertThat(e).containsKey("location:carlisle");
    }

    @Test
    void courtesyTitleCllrIsNotPartOfTheName() {
        Map<String, TaggedEntity> e = tag("Council leader Cllr Vincent Mabey spoke first. Cllr Alan Garrod replied.");
        assertThat(e).containsKeys("person:vincent-mabey", "person:alan-garrod");
        assertThat(e.keySet()).noneMatch(id -> id.contains("cllr"));
    }

    @Test
    void partiesAndSouthAsianInstitutions() {
        Map<String, TaggedEntity> e = tag("The Conservative group and Labour clashed. In Delhi, the Lok Sabha "
                + "met and the Janata Dal walked out.");
        assertThat(idsOfKind(e, EntityKind.ORGANIZATION)).contains("organization:conservative-party",
                "organization:labour-party", "organization:lok-sabha", "organization:janata-dal");
        assertThat(idsOfKind(e, EntityKind.PERSON)).isEmpty();
    }

    @Test
    void hometownsAndPlacesListedWithPlaces() {
        Map<String, TaggedEntity> e = tag("Councilman Mike Gallagher of Parma voted no. Deaths were reported in "
                + "Nairobi, Nakuru and Kisumu, and people fled to the cities of Cucuta and Tibu.");
        assertThat(e.get("location:parma")).isNotNull();
        assertThat(e).doesNotContainKey("person:parma");
        assertThat(e).containsKeys("location:cucuta", "location:tibu", "location:nakuru", "location:kisumu");
    }

    // ------------------------------------------------------------------------------------------ names nobody listed

    @Test
    void organisationsNamedByWhatSurroundsThem() {
        Map<String, TaggedEntity> e = tag("Shares in Brimmacott fell after the Danish shipper Korvelund cancelled "
                + "its order. Tamsin Ridley, an analyst at Corbridge Mercer, said the loss was small. Veltrana, a Porto "
                + "software maker, said it would hire. Oskelby, which is based in Leeds, said nothing. "
                + "Quenfold's board met on Monday. Its customers include Drovana, Pellix and Quarro Foods.");
        assertThat(e).containsKeys("organization:brimmacott", "organization:korvelund", "organization:corbridge-mercer",
                "organization:veltrana", "organization:oskelby", "organization:quenfold", "person:tamsin-ridley",
                "organization:drovana", "organization:pellix", "organization:quarro-foods",
                "location:leeds");
        assertThat(idsOfKind(e, EntityKind.PERSON)).containsExactly("person:tamsin-ridley");
    }

    @Test
    void unknownNamesListedWithAnOrganisationAreOrganisations() {
        Map<String, TaggedEntity> e = tag("The round was led by new investor Vantrex and Oblique Nine, and the "
                + "committee heard from Housing and Communities officials.");
        assertThat(e).containsKeys("organization:vantrex", "organization:oblique-nine");
        assertThat(e).doesNotContainKeys("organization:housing", "organization:communities");
    }

    @Test
    void brandSpellingsAreNotPeopleButGluedGivenNamesAre() {
        Map<String, TaggedEntity> e = tag("The founder told TechWire on Monday. Vantix AI said it would appeal. "
                + "Ambassador MaryKay Carlson said the talks went well, and OG Anunoby scored 20.");
        assertThat(e).containsKeys("organization:techwire", "organization:vantix-ai", "person:marykay-carlson",
                "person:og-anunoby");
        assertThat(e).doesNotContainKeys("person:techwire", "person:vantix-ai");
    }

    @Test
    void smallTownsFromGeoNamesCountWithPlaceContext() {
        Map<String, TaggedEntity> e = tag("Ellen Brodie, 52, of Portsoy, was fined. A clinic in Plant City and a "
                + "home in Apollo Beach were searched. Leicester Brodie said little.");
        assertThat(e).containsKeys("location:portsoy", "location:plant-city", "location:apollo-beach");
        assertThat(e).doesNotContainKeys("person:portsoy", "location:plant", "person:apollo-beach", "location:leicester");
    }

    @Test
    void organisationNamesStopBeforeTheCityTheySitIn() {
        Map<String, TaggedEntity> e = tag("Officials lobbied the Ministry of Culture and Sport in Warsaw for money. "
                + "\"We will not wait,\" he said. United Conservative Party members disagreed.");
        assertThat(e).containsKeys("organization:ministry-of-culture-and-sport", "location:warsaw",
                "organization:united-conservative-party");
        assertThat(e).doesNotContainKeys("organization:conservative-party");
    }

    @Test
    void buildingsAfterAPrepositionArePlaces() {
        Map<String, TaggedEntity> e = tag("Protesters gathered outside City Hall and later marched to a rally at "
                + "State House, where MLA Colby Reinholt spoke.");
        assertThat(e).containsKeys("location:city-hall", "location:state-house", "person:colby-reinholt");
    }

    @Test
    void sportsStoriesNameTeamsByTheirCitiesAndSchools() {
        Map<String, TaggedEntity> e = tag("Leicester beat Burnley 2-1 on Saturday, a week after a loss to Wrexham. "
                + "The coach praised the defence after the match. Morehead State scored late in the season opener "
                + "at the Hartley Center, and the Raptors won a playoff game. The league said the referee was right. "
                + "\"Jalen Whitby was great,\" the coach said. \"Jalen told me at halftime he would score.\"");
        assertThat(e).containsKeys("organization:leicester", "organization:burnley", "organization:wrexham",
                "organization:morehead-state", "location:hartley-center", "organization:raptors",
                "person:jalen-whitby");
        assertThat(e).doesNotContainKeys("location:leicester", "location:morehead", "organization:hartley-center",
                "person:jalen");
        assertThat(texts(e.get("person:jalen-whitby"))).containsExactly("Jalen Whitby", "Jalen");
    }

    @Test
    void companiesTellWhereTheyAreAndAnalystsWhereTheyWork() {
        Map<String, TaggedEntity> e = tag("Corvane Systems, the Doncaster software maker that supplies the robots, "
                + "said so. Crew boats come from Hallvik Rederi of Haugesund. Analysts at Tarrow Capital agreed, and "
                + "buses now run in parts of Salford. Inspectors from the Welsh Government's fisheries unit checked.");
        assertThat(e).containsKeys("organization:corvane-systems", "location:doncaster", "location:haugesund",
                "organization:tarrow-capital", "location:salford", "organization:welsh-government");
    }

    @Test
    void basketballTeamsByCityAndNickname() {
        Map<String, TaggedEntity> e = tag("Dario Reyes scored 31 points and had 12 rebounds, and the Denver Nuggets "
                + "beat the Utah Jazz. The coach praised the assists in overtime. \"It was loud,\" Nuggets coach "
                + "Mike Trent said.");
        assertThat(e).containsKeys("organization:denver-nuggets", "person:dario-reyes", "person:mike-trent");
        assertThat(texts(e.get("organization:denver-nuggets"))).containsExactly("Denver Nuggets", "Nuggets");
        assertThat(e).doesNotContainKeys("location:denver", "person:nuggets", "organization:nuggets");
    }

    @Test
    void placesThatLookLikePeople() {
        Map<String, TaggedEntity> e = tag("Migrants crossed the Rio Grande overnight. The governor of Norte de Santander "
                + "state said the border was calm. Boats landed at Killybegs in County Donegal. Residents of Chouteau "
                + "and Adair asked why. Protesters said City Hall had been burned. Referee Dana Okoro booked five "
                + "players, and Jordan Smith scored.");
        assertThat(e).containsKeys("location:rio-grande", "location:norte-de-santander", "location:county-donegal",
                "location:chouteau", "location:adair", "location:city-hall", "person:dana-okoro", "person:jordan-smith");
        assertThat(idsOfKind(e, EntityKind.PERSON)).containsExactly("person:dana-okoro", "person:jordan-smith");
    }

    @Test
    void bracketedAcronymsThatDoNotSpellTheNameBeforeThem() {
        Map<String, TaggedEntity> e = tag("The talks stalled as the Moderate Alliance (MAP) walked out. "
                + "SEOUL (KNA) -- Officials met in Nairobi (AFP) later. Sen. Jo Hale (R-Ohio) objected. "
                + "Horizons Regional Council welcomed the vote.");
        assertThat(e.get("organization:moderate-alliance")).isNotNull();
        assertThat(texts(e.get("organization:moderate-alliance"))).containsExactly("Moderate Alliance", "MAP");
        assertThat(e).containsKeys("organization:kna", "organization:agence-france-presse", "location:seoul", "location:nairobi",
                "organization:horizons-regional-council", "person:jo-hale");
        assertThat(e).doesNotContainKeys("organization:regional-council", "organization:r-ohio");
    }

    @Test
    void foreignLegalFormsEndCompanyNames() {
        Map<String, TaggedEntity> e = tag("Shares in Tammisto Oy slid, while Kattegat Line A/S rose after it sold "
                + "two ships. Kattegat Line said the sale cut its debt. Lenders such as Banca Ostiense SpA fell.");
        assertThat(e).containsKeys("organization:tammisto", "organization:kattegat-line", "organization:banca-ostiense");
        assertThat(texts(e.get("organization:kattegat-line"))).containsExactly("Kattegat Line A/S", "Kattegat Line");
        assertThat(idsOfKind(e, EntityKind.ORGANIZATION)).doesNotContain("organization:kattegat-line-a");
    }

    @Test
    void anAndBetweenTwoNamesDoesNotJoinThemIntoOneOrganisation() {
        Map<String, TaggedEntity> e = tag("The opposition, led by Congress leader Farida Shaikh and Shiv Sena "
                + "corporator Mangesh Tupe, walked out. Shares of Bank of Baroda and State Bank of India gained. "
                + "The Competition and Markets Authority cleared the deal. Neighbouring Pimpri Chinchwad Municipal "
                + "Corporation will vote on Monday.");
        assertThat(e).containsKeys("person:farida-shaikh", "organization:bank-of-baroda",
                "organization:state-bank-of-india", "organization:competition-and-markets-authority",
                "organization:pimpri-chinchwad-municipal-corporation");
        assertThat(e).doesNotContainKeys("organization:farida-shaikh-and-shiv-sena",
                "organization:baroda-and-state-bank-of-india",
                "organization:neighbouring-pimpri-chinchwad-municipal-corporation");
    }

    @Test
    void aResultLineAndADefeatWithItsScoreNameTeams() {
        Map<String, TaggedEntity> e = tag("Connacht 24 Ospreys 20\n\nThe coach praised the maul and the lineout "
                + "after two tries and three penalties. Connacht had started brightly, and the season is long. "
                + "The Sharks lost 31-13 to Leinster on Friday. We've lost a few of those, the scrum-half said.");
        assertThat(e).containsKeys("organization:connacht", "organization:leinster");
        assertThat(e.get("organization:connacht").mentions()).hasSize(2);
        assertThat(e).doesNotContainKeys("organization:we-ve");
    }

    @Test
    void aBracketedWireCreditNamesItsReporters() {
        Map<String, TaggedEntity> e = tag("Shares rose on Tuesday.\n\n(Reporting by Tilda Varga in Frankfurt and "
                + "Oskar Lindqvist in Stockholm; Editing by Graham Pettifer)\n");
        assertThat(idsOfKind(e, EntityKind.PERSON)).contains("person:tilda-varga", "person:oskar-lindqvist",
                "person:graham-pettifer");
        assertThat(e).containsKeys("location:frankfurt", "location:stockholm");
    }

    @Test
    void courtTitlesPostNominalsAndAnExecutiveBody() {
        Map<String, TaggedEntity> e = tag("The firm had been warned by the Health and Safety Executive. Prosecuting, "
                + "Ms Naomi Fairbrother KC told the jury he was new. Detective Inspector Shabana Rafiq, of South "
                + "Yorkshire Police, said the sentence was fair. Its Chief Executive resigned.");
        assertThat(e).containsKeys("organization:health-and-safety-executive", "person:naomi-fairbrother",
                "person:shabana-rafiq", "organization:south-yorkshire-police");
        assertThat(e).doesNotContainKeys("organization:chief-executive", "organization:naomi-fairbrother-kc");
    }

    @Test
    void unknownNamesListedAfterAPlaceGroupOrJoinedByAndAfterInArePlaces() {
        Map<String, TaggedEntity> e = tag("The budget favoured suburbs such as Kothrud and Aundh. Water is scarce "
                + "in Baner and Wagholi, residents said. Shares in peers Credito Alpino and Banco Miradouro fell. "
                + "He invested in Procter and Gamble.");
        assertThat(idsOfKind(e, EntityKind.LOCATION)).contains("location:kothrud", "location:aundh",
                "location:baner", "location:wagholi");
        assertThat(idsOfKind(e, EntityKind.ORGANIZATION)).contains("organization:credito-alpino",
                "organization:banco-miradouro");
        assertThat(idsOfKind(e, EntityKind.LOCATION)).doesNotContain("location:procter", "location:gamble");
    }

    @Test
    void concurrentCallsGiveTheSameResultsAsSequentialOnes() throws Exception {
        List<Seed> seeds = List.of(Seed.load("000"), Seed.load("001"), Seed.load("002"), Seed.load("003"),
                Seed.load("004"));
        List<List<TaggedEntity>> expected = seeds.stream().map(s -> TAGGER.tag(s.title(), s.body())).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<TaggedEntity>>> futures = new ArrayList<>();
            for (int round = 0; round < 20; round++) {
                for (Seed s : seeds) futures.add(pool.submit(() -> TAGGER.tag(s.title(), s.body())));
            }
            for (int i = 0; i < futures.size(); i++) {
                assertThat(futures.get(i).get()).isEqualTo(expected.get(i % seeds.size()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void bracketedShortNameNamesTheEntityBeforeItEvenWhenItsLettersDoNotSpellIt() {
        Map<String, TaggedEntity> e = tag("The Electoral Commission of South Africa (IEC) said turnout was high. "
                + "The IEC will publish results on Friday. Shares in Petroleo Brasileiro SA (Petrobras) fell 3%. "
                + "Petrobras said output rose. Trading on the Bucharest Stock Exchange (BVB) was thin.");
        assertThat(e).doesNotContainKeys("organization:iec", "organization:petrobras", "organization:bvb");
        assertThat(texts(e.get("organization:electoral-commission-of-south-africa"))).contains("IEC");
        assertThat(texts(e.get("organization:petroleo-brasileiro"))).contains("Petrobras");
        assertThat(texts(e.get("organization:bucharest-stock-exchange"))).contains("BVB");
    }

    @Test
    void bareCountyNameIsTheCountyButADatelineCityStaysApart() {
        Map<String, TaggedEntity> e = tag("Flooding hit Marion County on Tuesday. Officials in Marion said roads "
                + "were closed.");
        assertThat(e).doesNotContainKey("location:marion");
        assertThat(texts(e.get("location:marion-county"))).contains("Marion");
        Map<String, TaggedEntity> d = tag("NAIROBI, Kenya — Protests spread across Nairobi County on Tuesday.");
        assertThat(d).containsKeys("location:nairobi", "location:nairobi-county");
    }

    @Test
    void nameAfterInitialsIsThatPerson() {
        Map<String, TaggedEntity> e = tag("S. Vel Murugesan, the district collector, visited the site. "
                + "Vel Murugesan said relief would arrive.");
        assertThat(e).doesNotContainKey("person:vel-murugesan");
        assertThat(texts(e.get("person:s-vel-murugesan"))).contains("Vel Murugesan");
    }

    @Test
    void tradeNounOpeningASentenceIsNoPartOfTheCompanyName() {
        Map<String, TaggedEntity> e = tag("Retailer Casa Verde Varejo SA cut its forecast. Lender Banco Meridional "
                + "SA fell. Carmaker Volta Motors Inc said sales rose.");
        assertThat(e).containsKeys("organization:casa-verde-varejo", "organization:banco-meridional",
                "organization:volta-motors");
        assertThat(e.keySet()).noneMatch(id -> id.contains("retailer") || id.contains("lender")
                || id.contains("carmaker"));
    }

    @Test
    void namedStormsAreNoEntities() {
        Map<String, TaggedEntity> e = tag("Typhoon Bopha killed hundreds. Bopha then moved west, officials said. "
                + "Hurricane Ida knocked out power. \"It was terrible,\" Ida said. Storm Ciar\u00e1n then struck Louisiana.");
        assertThat(e.keySet()).noneMatch(id -> id.contains("bopha") || id.contains("ida") || id.contains("ciar"));
        assertThat(e).containsKey("location:louisiana");
    }
}
