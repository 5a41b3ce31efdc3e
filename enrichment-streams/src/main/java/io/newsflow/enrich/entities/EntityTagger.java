package io.newsflow.enrich.entities;

import static io.newsflow.enrich.entities.ContextCues.ADMIN_UNITS;
import static io.newsflow.enrich.entities.ContextCues.APPOSITIVE_ORG_NOUNS;
import static io.newsflow.enrich.entities.ContextCues.BUILDING_HEADS;
import static io.newsflow.enrich.entities.ContextCues.CIVIC_BUILDING_WORDS;
import static io.newsflow.enrich.entities.ContextCues.COMPANY_POSSESSIONS;
import static io.newsflow.enrich.entities.ContextCues.EMPLOYEE_ROLES;
import static io.newsflow.enrich.entities.ContextCues.SCHOOL_TEAM_SUFFIXES;
import static io.newsflow.enrich.entities.ContextCues.TEAM_VERBS_AFTER;
import static io.newsflow.enrich.entities.ContextCues.TEAM_WORDS_BEFORE;
import static io.newsflow.enrich.entities.ContextCues.VENUE_HEADS;
import static io.newsflow.enrich.entities.ContextCues.APPOSITIVE_PLACE_NOUNS;
import static io.newsflow.enrich.entities.ContextCues.CAPITALISED_TITLES_ONLY;
import static io.newsflow.enrich.entities.ContextCues.APPOSITIVE_PERSON_NOUNS;
import static io.newsflow.enrich.entities.ContextCues.CLUB_SUFFIXES;
import static io.newsflow.enrich.entities.ContextCues.COMPANY_HEADS;
import static io.newsflow.enrich.entities.ContextCues.COMPANY_SUFFIXES;
import static io.newsflow.enrich.entities.ContextCues.NOT_PLACE_BEFORE_IN;
import static io.newsflow.enrich.entities.ContextCues.SPORTS_CUES;
import static io.newsflow.enrich.entities.ContextCues.SPORTS_ONLY_CLUB_SUFFIXES;
import static io.newsflow.enrich.entities.ContextCues.NAMED_UNITS;
import static io.newsflow.enrich.entities.ContextCues.NAME_ADJECTIVES;
import static io.newsflow.enrich.entities.ContextCues.NOT_DATELINES;
import static io.newsflow.enrich.entities.ContextCues.PLACE_OF_HEADS;
import static io.newsflow.enrich.entities.ContextCues.PLACE_PREFIXES;
import static io.newsflow.enrich.entities.ContextCues.US_STATE_ABBREVIATIONS;
import static io.newsflow.enrich.entities.ContextCues.FUNCTION_WORDS;
import static io.newsflow.enrich.entities.ContextCues.GEO_FEATURES;
import static io.newsflow.enrich.entities.ContextCues.KNOWN_PLACE_NOUNS;
import static io.newsflow.enrich.entities.ContextCues.NAME_PARTICLES;
import static io.newsflow.enrich.entities.ContextCues.NON_NAMES;
import static io.newsflow.enrich.entities.ContextCues.ORG_CONNECTORS;
import static io.newsflow.enrich.entities.ContextCues.ORG_HEADS;
import static io.newsflow.enrich.entities.ContextCues.PLACE_NOUNS;
import static io.newsflow.enrich.entities.ContextCues.PLACE_OF_NOUNS;
import static io.newsflow.enrich.entities.ContextCues.PLACE_PREPOSITIONS;
import static io.newsflow.enrich.entities.ContextCues.SPEECH_VERBS;
import static io.newsflow.enrich.entities.ContextCues.TITLE_HEADS;
import static io.newsflow.enrich.entities.ContextCues.TITLE_MODIFIERS;
import static io.newsflow.enrich.entities.ContextCues.VERB_FILLERS;
import static io.newsflow.enrich.entities.ContextCues.WEAK_ORG_HEADS;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Rule- and gazetteer-based tagger for people, organisations and places, with canonical names.
 *
 * <p>One pass tokenizes the article; gazetteer names are found by HashMap probes on token n-grams; context
 * rules (titles, verbs of saying, organisation heads, place nouns) propose further spans; overlaps are
 * resolved longest-first, then by strength of evidence (a titled person beats a place). A second pass spreads
 * every accepted name over the rest of the article ("Aliyev" after "Ilham Aliyev"), and only then are the
 * ambiguous gazetteer places (towns that are also surnames or words) accepted, and only with place context.
 *
 * <p>Immutable and thread-safe: all per-article state lives in a {@link Run}.
 */
public final class EntityTagger {
    private static final int TITLED_PERSON = 90;
    private static final int TEAM_BY_CONTEXT = 86;
    private static final int CURATED_NAME = 85;
    private static final int DEFINED_ACRONYM = 80;
    private static final int VENUE_IN_SPORTS = 72;
    private static final int ORG_BY_HEAD = 70;
    private static final int STRONG_NAME = 65;
    private static final int PERSON_BY_GIVEN_NAME = 60;
    private static final int ORG_BY_CONTEXT = 58;
    private static final int PLACE_BY_CONTEXT = 55;
    private static final int PLACE_BY_PREPOSITION = 50;
    private static final int PERSON_BY_SPEECH = 45;
    private static final int SPREAD_IN_ARTICLE = 40;
    private static final int RECURRING_NAME = 38;
    private static final int WEAK_PLACE_CONFIRMED = 35;
    private static final int PERSON_BARE = 30;

    private static final class Bundled {
        static final Gazetteer GAZETTEER = Gazetteer.load(null);
    }

    /** Lower-case starts of surnames with an inner capital: "McConachie", "LaGrange", "DeShawn", "VanDyke". */
    private static final Set<String> SURNAME_PREFIXES = Set.of("mc", "mac", "de", "di", "da", "du", "la", "le",
            "van", "von", "fitz", "st", "ma", "al", "el", "ja", "ke", "ta", "sha", "tre", "ray");

    /** Word classes the context rules test, as bits, so a token's classes cost one lookup: see {@link #CUES}. */
    private static final int CUE_ORG_DESCRIPTOR = 1;
    private static final int CUE_EMPLOYER_PREPOSITION = 2; // at, for, of
    private static final int CUE_BUILDING_PREPOSITION = 4; // at, outside, inside, near, in, into
    private static final int CUE_SHARES_PREPOSITION = 8;   // in, of
    private static final int CUE_SPORTS = 16;
    private static final Map<String, Integer> CUES = new HashMap<>();
    /** Plural nouns for groups of companies: "customers include X, Y and Z". */
    /** Post-nominal letters: honours, silk, seats. */
    private static final Set<String> POST_NOMINALS = Set.of("kc", "qc", "sc", "mp", "msp", "mla", "mpp",
            "obe", "mbe", "cbe", "kbe", "dbe", "frs", "phd", "jp");
    /** Plural place nouns before "such as" / "including": "suburbs such as Baner and Aundh". */
    private static final Set<String> PLACE_GROUPS = Set.of("suburbs", "towns", "villages", "districts", "cities",
            "areas", "neighbourhoods", "neighborhoods", "wards", "provinces", "regions", "countries", "states",
            "counties", "localities", "islands");
    /** Words before "by" in a credit line: "Reporting by", "Editing by", "Writing by", "Compiled by". */
    /** "Retailer Casa Verde SA": a trade noun opening a sentence describes the company and is no part of its name. */
    private static final Set<String> COMPANY_DESCRIPTORS = Set.of("retailer", "homebuilder", "lender", "insurer",
            "reinsurer", "carmaker", "automaker", "miner", "chipmaker", "drugmaker", "steelmaker", "brewer", "grocer",
            "shipbuilder", "refiner", "conglomerate", "broker", "airline", "supermarket", "shipper", "rival");
    /** "Typhoon Bopha", "Storm Ciarán": a named storm is neither a person nor any other entity. */
    private static final Set<String> STORM_WORDS = Set.of("typhoon", "cyclone", "hurricane", "storm", "depression",
            "super-typhoon", "supertyphoon", "windstorm", "blizzard");
    /** Units whose bare name ("Marion" for "Marion County") means the unit itself within one article. */
    private static final Set<String> COUNTY_LIKE = Set.of("county", "parish", "district", "province", "prefecture",
            "governorate", "oblast", "borough", "municipality", "region");
    private static final Set<String> CREDIT_WORDS = Set.of("reporting", "editing", "writing", "compiled",
            "edited", "written", "reported", "photographs", "photos", "additional");
    private static final Set<String> BUSINESS_GROUPS = Set.of("customers", "clients", "investors", "backers",
            "rivals", "competitors", "partners", "brands", "shareholders", "buyers", "suppliers", "lenders",
            "tenants", "sponsors", "advertisers", "bidders", "peers", "rival", "peer");

    static {
        ContextCues.ORG_DESCRIPTORS.forEach(w -> CUES.merge(w, CUE_ORG_DESCRIPTOR, (a, b) -> a | b));
        for (String w : List.of("at", "for", "of")) CUES.merge(w, CUE_EMPLOYER_PREPOSITION, (a, b) -> a | b);
        for (String w : List.of("at", "outside", "inside", "near", "in", "into", "from", "stormed")) {
            CUES.merge(w, CUE_BUILDING_PREPOSITION, (a, b) -> a | b);
        }
        for (String w : List.of("in", "of")) CUES.merge(w, CUE_SHARES_PREPOSITION, (a, b) -> a | b);
        SPORTS_CUES.forEach(w -> CUES.merge(w, CUE_SPORTS, (a, b) -> a | b));
    }

    private final Gazetteer gaz;

    private EntityTagger(Gazetteer gaz) {
        this.gaz = gaz;
    }

    /** The tagger with the vendored gazetteer, loaded once per JVM. */
    public static EntityTagger withBundledGazetteer() {
        return new EntityTagger(Bundled.GAZETTEER);
    }

    /**
     * The vendored gazetteer plus an operator's TSV file ({@code KIND<TAB>canonical<TAB>alias...}); its names
     * win over the bundled ones. {@code extraGazetteer} may be null.
     */
    public static EntityTagger withBundledGazetteer(Path extraGazetteer) {
        return extraGazetteer == null ? withBundledGazetteer() : new EntityTagger(Gazetteer.load(extraGazetteer));
    }

    /** title may be null; salient = mentioned in the title or the first paragraph of body. Thread-safe. */
    public List<TaggedEntity> tag(String title, String body) {
        return new Run(body == null ? "" : body).tag(title);
    }

    /** A proposed or accepted entity span over tokens [start, end). */
    private static final class Span {
        final EntityKind kind;
        final int start;
        final int end;
        String canonical;
        final int strength;
        final boolean fromGazetteer;

        Span(EntityKind kind, int start, int end, String canonical, int strength, boolean fromGazetteer) {
            this.kind = kind;
            this.start = start;
            this.end = end;
            this.canonical = canonical;
            this.strength = strength;
            this.fromGazetteer = fromGazetteer;
        }
    }

    private final class Run {
        final String body;
        final Token[] t;
        final int n;
        final Gazetteer.Match[] strong;
        final Gazetteer.Match[] weak;
        final Span[] owner;
        final List<Span> accepted = new ArrayList<>();
        final List<Span> proposed = new ArrayList<>();
        final Set<String> midSentenceCapitals = new HashSet<>();
        /** "harrowgate" for "Harrowgate Logistics", "grimsby" for "Grimsby Town": short names of organisations. */
        final Map<String, Span> shortNames = new HashMap<>();
        /** Acronyms quoted as a source ("the KWRB said"), accepted where nothing else claimed them. */
        final List<Span> quotedAcronyms = new ArrayList<>();
        final boolean sportsStory;
        /** Per token, the {@link #CUES} bits of a lower-case word; 0 for anything else. */
        final int[] cues;

        Run(String body) {
            this.body = body;
            this.t = Tokenizer.tokenize(body);
            this.n = t.length;
            this.strong = new Gazetteer.Match[n];
            this.weak = new Gazetteer.Match[n];
            this.owner = new Span[n];
            this.cues = new int[n];
            Set<String> sportsCues = new HashSet<>();
            for (int i = 0; i < n; i++) {
                Token x = t[i];
                if (!x.word) continue;
                if (x.cap && !x.sentenceStart && !x.headline) midSentenceCapitals.add(x.key);
                if (x.cap) continue; // the cue words are lower-case ones
                Integer bits = CUES.get(x.key);
                if (bits == null) continue;
                cues[i] = bits;
                if ((bits & CUE_SPORTS) != 0) sportsCues.add(x.key);
            }
            this.sportsStory = sportsCues.size() >= 4;
        }

        List<TaggedEntity> tag(String title) {
            for (int i = 0; i < n; i++) {
                if (!gaz.mayStart(t[i])) continue;
                Gazetteer.Match[] m = gaz.longestAt(t, i);
                strong[i] = m[0];
                weak[i] = m[1];
                if (m[0] != null) {
                    Gazetteer.Entry e = m[0].entry();
                    int strength = e.tier() == Gazetteer.Tier.CURATED ? CURATED_NAME : STRONG_NAME;
                    proposed.add(new Span(e.kind(), m[0].start(), m[0].end(), e.canonical(), strength, true));
                }
            }
            proposeDefinedAcronyms();
            proposeDatelines();
            proposeStateAbbreviations();
            proposeOrganisationsByHead();
            proposeClubs();
            proposeOrganisationsByContext();
            proposeTeamsAndVenues();
            proposeBuildings();
            proposePlacesByContext();
            proposeBasedPlaces();
            proposePlacesAfterPrepositions();
            proposePeople();
            resolve(proposed);
            acceptRecurringNames();
            yieldShortNamesToOrganisations();
            spreadOverArticle();
            for (Span c : quotedAcronyms) if (free(c.start, c.end)) accept(c);
            unifyTypesAcrossArticle();
            acceptConfirmedWeakPlaces();
            acceptPlaceVariants();
            acceptHometowns();
            acceptListedPlaces();
            acceptListedOrganisations();
            dropNamedStorms();
            canonicalise();
            mergeBracketedShortNames();
            mergeBareCountyNames();
            mergeNamesAfterInitials();
            return assemble(title);
        }

        // ---------------------------------------------------------------- proposals

        /** "Collective Security Treaty Organization (CSTO)" and "CSTO (Collective Security ...)". */
        void proposeDefinedAcronyms() {
            for (int i = 1; i + 2 < n; i++) {
                if (!(t[i].is("(") || t[i].is("["))) continue;
                Token acr = t[i + 1];
                boolean closes = t[i + 2].is(")") || t[i + 2].is("]");
                if (acr.word && acr.allCaps && closes && acr.text.length() <= 10) {
                    int s = runStartBefore(i, 12);
                    int best = -1;
                    for (int k = s; k < i; k++) {
                        if (t[k].word && t[k].cap && initialsMatch(k, i, acr.text)) {
                            best = k;
                            break;
                        }
                    }
                    if (best >= 0) {
                        proposeAcronymPair(best, i, i + 1);
                    } else {
                        proposeUnmatchedAcronym(i);
                    }
                } else if (t[i - 1].word && t[i - 1].allCaps && t[i + 1].word && t[i + 1].cap) {
                    int close = i + 1;
                    while (close < n && close < i + 14 && !(t[close].is(")") || t[close].is("]"))) close++;
                    if (close < n && close < i + 14 && initialsMatch(i + 1, close, t[i - 1].text)) {
                        proposeAcronymPair(i + 1, close, i - 1);
                    }
                }
            }
        }

        /**
         * "the Social Democrats (SPD)", "TOKYO (UPI) --": an acronym in brackets whose letters do not spell the
         * name before it is still an organisation's (a place, a person or a US state code is never put there
         * as an acronym); the name before it is that organisation when it is no place.
         */
        void proposeUnmatchedAcronym(int open) {
            Token acr = t[open + 1];
            String letters = acr.text.replace(".", "");
            if (letters.length() < 2 || letters.length() > 6 || open == 0) return;
            Gazetteer.Match known = strong[open + 1];
            if (known != null && known.end() == open + 2) return; // the gazetteer's own reading wins
            if (US_STATE_ABBREVIATIONS.containsKey(acr.key) || partyBefore(open + 1)) return;
            Token before = t[open - 1];
            if (!before.word || !before.cap) return;
            int s = trimNameStart(capitalisedRunStart(open), open);
            if (s >= open) return;
            boolean place = knownPlaceAt(s) != null || before.allCaps; // "Nairobi (AFP)", "TOKYO (UPI)"
            if (place || strong[s] != null && strong[s].end() == open || wordCount(s, open) > 5
                    || wordCount(s, open) >= 2 && gaz.isGivenName(t[s].key)) {
                proposed.add(new Span(EntityKind.ORGANIZATION, open + 1, open + 2, acr.text, ORG_BY_CONTEXT, false));
                return;
            }
            String canonical = text(s, open);
            proposed.add(new Span(EntityKind.ORGANIZATION, s, open, canonical, ORG_BY_CONTEXT, false));
            proposed.add(new Span(EntityKind.ORGANIZATION, open + 1, open + 2, canonical, ORG_BY_CONTEXT, false));
        }

        void proposeAcronymPair(int longStart, int longEnd, int acronymAt) {
            Gazetteer.Match g = strong[longStart];
            EntityKind kind;
            String canonical;
            if (g != null && g.end() == longEnd) {
                kind = g.entry().kind();
                canonical = g.entry().canonical();
            } else {
                Token last = lastWord(longStart, longEnd);
                kind = last != null && (ADMIN_UNITS.contains(last.key) || GEO_FEATURES.contains(last.key))
                        ? EntityKind.LOCATION : EntityKind.ORGANIZATION;
                canonical = text(longStart, longEnd);
                proposed.add(new Span(kind, longStart, longEnd, canonical, DEFINED_ACRONYM, false));
            }
            proposed.add(new Span(kind, acronymAt, acronymAt + 1, canonical, DEFINED_ACRONYM, false));
        }

        boolean initialsMatch(int from, int to, String acronym) {
            StringBuilder initials = new StringBuilder();
            for (int k = from; k < to; k++) {
                Token x = t[k];
                if (!x.word) continue;
                if (x.cap || Character.isDigit(x.text.charAt(0))) initials.append(x.text.charAt(0));
                else if (!ORG_CONNECTORS.contains(x.key) && !x.key.equals("in")) return false;
            }
            String letters = acronym.replaceAll("[^A-Z0-9]", "");
            String all = initials.toString().toUpperCase(Locale.ROOT);
            if (letters.length() < 2) return false;
            if (all.equals(letters)) return true;
            // "European Centre for Disease Prevention and Control (ECDC)": acronyms may skip a word or two, but
            // they keep the first and last initials and the order
            if (all.length() > letters.length() + 2 || all.charAt(0) != letters.charAt(0)
                    || all.charAt(all.length() - 1) != letters.charAt(letters.length() - 1)) return false;
            int k = 0;
            for (int c = 0; c < all.length() && k < letters.length(); c++) if (all.charAt(c) == letters.charAt(k)) k++;
            return k == letters.length();
        }

        /**
         * Wire datelines: an all-caps place opening a paragraph ("WASHINGTON (AP) —", "HARGEISA, Somaliland —",
         * "MUMBAI:"), and the region or state after its comma. Capitals say nothing there, the position does.
         */
        void proposeDatelines() {
            for (int i = 0; i < n; i++) {
                if (!(i == 0 || t[i].lineStart) || !t[i].word || !t[i].allCaps || t[i].headline) continue;
                int e = i;
                while (e < n && e - i < 6 && (t[e].word && t[e].allCaps && (e == i || !t[e].lineStart)
                        || joiningHyphen(e))) e++;
                if (e >= n || e == i || wordCount(i, e) > 4 || !datelineEnd(e)) continue;
                if (NOT_DATELINES.contains(t[i].key) || wordCount(i, e) == 1 && t[i].text.length() < 3) continue;
                Gazetteer.Match g = strong[i] != null && strong[i].end() == e ? strong[i]
                        : weak[i] != null && weak[i].end() == e ? weak[i] : null;
                if (g != null && g.entry().kind() != EntityKind.LOCATION) continue; // "NATO —", "AP —"
                String canonical = g != null ? g.entry().canonical() : titleCase(i, e);
                proposed.add(new Span(EntityKind.LOCATION, i, e, canonical, TITLED_PERSON, g != null));
                if (t[e].is(",") && e + 1 < n && t[e + 1].word && t[e + 1].cap) {
                    int r = capitalisedRunEnd(e + 1);
                    if (r - (e + 1) <= 3 && r < n && (t[r].is(",") || t[r].is("(") || t[r].is(".") || datelineEnd(r))) {
                        String state = US_STATE_ABBREVIATIONS.get(t[e + 1].key);
                        Gazetteer.Match h = strong[e + 1] != null && strong[e + 1].end() == r ? strong[e + 1] : null;
                        String region = r == e + 2 && state != null && (t[r].is(".") || t[e + 1].text.endsWith("."))
                                ? state : h != null && h.entry().kind() == EntityKind.LOCATION ? h.entry().canonical()
                                : h == null ? text(e + 1, r) : null;
                        if (region != null) {
                            proposed.add(new Span(EntityKind.LOCATION, e + 1, r, region, TITLED_PERSON, h != null));
                        }
                    }
                }
            }
        }

        /** After a dateline place: "," "(" ":" or a dash. */
        boolean datelineEnd(int k) {
            if (k >= n || t[k].word) return false;
            String p = t[k].text;
            return p.equals(",") || p.equals("(") || p.equals(":") || p.equals("—") || p.equals("–")
                    || (p.equals("-") && t[k].spaceBefore);
        }

        String titleCase(int s, int e) {
            StringBuilder b = new StringBuilder();
            String raw = text(s, e);
            boolean start = true;
            for (int k = 0; k < raw.length(); k++) {
                char c = raw.charAt(k);
                b.append(start ? c : Character.toLowerCase(c));
                start = !Character.isLetter(c) && c != '\'' && c != '’';
            }
            return b.toString();
        }

        /** "Sen. Todd Young (R-Ind.)", "Chuck Schumer, D-N.Y.", "Santa Clara, Calif.": US state abbreviations. */
        void proposeStateAbbreviations() {
            for (int i = 1; i < n; i++) {
                Token x = t[i];
                if (!x.word || !x.cap || owner[i] != null) continue;
                String state = US_STATE_ABBREVIATIONS.get(x.key);
                if (state == null && !(x.allCaps && x.key.length() == 2 && partyBefore(i))) continue;
                boolean dotted = x.text.endsWith(".") || i + 1 < n && t[i + 1].is(".") && !t[i + 1].spaceBefore;
                boolean party = partyBefore(i);
                boolean afterPlace = t[i - 1].is(",") && i >= 2 && t[i - 2].word && t[i - 2].cap && dotted
                        && !(i + 2 < n && t[i + 1].is(".") && t[i + 2].word && t[i + 2].cap && !t[i + 2].sentenceStart);
                if (state == null || !(party || afterPlace)) continue;
                if (strong[i] != null && strong[i].end() == i + 1 && strong[i].entry().kind() == EntityKind.LOCATION) {
                    continue; // the gazetteer already knows it ("Ohio")
                }
                proposed.add(new Span(EntityKind.LOCATION, i, i + 1, state, TITLED_PERSON, true));
            }
        }

        /** ", D-N.Y." or "(R-Ind.)" right after a name: a US legislator's party and state. */
        boolean partyAfter(int e) {
            return e + 3 < n && (t[e].is(",") || t[e].is("(")) && partyBefore(e + 3);
        }

        /** "D-" or "R-" or "I-" right before: a party letter and a hyphen, as in "(D-Ohio)". */
        boolean partyBefore(int i) {
            if (i < 2 || !(t[i - 1].is("-") || t[i - 1].is("–")) || t[i - 1].spaceBefore || t[i].spaceBefore) return false;
            Token p = t[i - 2];
            return p.word && (p.text.equals("D") || p.text.equals("R") || p.text.equals("I"));
        }

        /** Organisation names that end in a head word: "Turkish Defence Ministry", "Ministry of Defence". */
        void proposeOrganisationsByHead() {
            for (int i = 0; i < n; i++) {
                Token h = t[i];
                if (!h.word || !h.cap || h.headline || !ORG_HEADS.contains(h.key)) continue;
                int e = i + 1;
                // "Ministry of Defence", not "Calder Bridge Partners for Harrowgate": companies end at their head
                if (e + 1 < n && t[e].word && !t[e].cap && !COMPANY_HEADS.contains(h.key)
                        && (t[e].key.equals("of") || t[e].key.equals("for") || t[e].key.equals("on"))
                        && t[e + 1].cap && !t[e + 1].lineStart && !NON_NAMES.contains(t[e + 1].key)) {
                    int j = e + 1;
                    int last = e;
                    while (j < n && !t[j].lineStart) {
                        Token z = t[j];
                        if (z.word && z.cap && !z.headline && !NON_NAMES.contains(z.key)) {
                            last = j + 1;
                            j++;
                        } else if (z.word && !z.cap && ORG_CONNECTORS.contains(z.key)
                                && j + 1 < n && t[j + 1].cap && !t[j + 1].lineStart
                                && !(z.key.equals("and") && secondName(j + 1, h.key))
                                // "Ministry of Climate and Environment in Warsaw": the place is where it sits
                                && !(z.key.equals("in") && (strong[j + 1] != null
                                && strong[j + 1].entry().kind() == EntityKind.LOCATION || weak[j + 1] != null))) {
                            j++;
                        } else if (joiningHyphen(j)) {
                            j++;
                        } else {
                            break;
                        }
                    }
                    if (last > e) e = last;
                }
                int s = i;
                while (s > 0 && !t[s].lineStart) {
                    Token z = t[s - 1];
                    if (z.word && z.cap && !z.headline) {
                        s--;
                    } else if (joiningHyphen(s - 1)) {
                        s--;
                    } else if (z.word && !z.cap && (z.key.equals("of") || z.key.equals("for") || z.key.equals("&")
                            || z.key.equals("and") && !namedOnItsOwn(s - 2) && !namedOnItsOwn(s) && !listItemBefore(s - 1)
                            && !completeNameBefore(s - 1))
                            // "Calder Bridge Partners for Harrowgate Logistics", "HDFC Bank and Tata Motors": two names
                            && s >= 2 && !ORG_HEADS.contains(t[s - 2].key) && !COMPANY_SUFFIXES.contains(t[s - 2].key)
                            && t[s - 2].cap && !t[s - 2].sentenceStart && !t[s - 1].lineStart) {
                        s--;
                    } else {
                        break;
                    }
                }
                while (s < i) {
                    Token z = t[s];
                    boolean drop = !z.word || FUNCTION_WORDS.contains(z.key) || NON_NAMES.contains(z.key)
                            || TITLE_HEADS.contains(z.key) || ORG_CONNECTORS.contains(z.key)
                            || startsWithCompanyDescriptor(s, i)
                            // "Neighbouring Pimpri Chinchwad Municipal Corporation": a participle opening the sentence
                            || (z.sentenceStart && z.key.endsWith("ing") && strong[s] == null && weak[s] == null
                            && s + 1 < i && hasProperWord(s + 1, e))
                            || (z.sentenceStart && commonWordOrPlural(z.key) && !gaz.isDemonym(z.key)
                            && strong[s] == null && !(NAME_ADJECTIVES.contains(z.key) && s + 1 < i)
                            // "Horizons Regional Council": without its first word the name would name nothing
                            && !(s + 1 < i && !FUNCTION_WORDS.contains(z.key) && !hasProperWord(s + 1, e)));
                    if (!drop) break;
                    s++;
                }
                int words = 0;
                boolean properModifier = false;
                for (int k = s; k < e; k++) {
                    if (!t[k].word || ORG_CONNECTORS.contains(t[k].key) && !t[k].cap) continue;
                    words++;
                    if (k != i && t[k].cap && !gaz.isCommonWord(t[k].key) && !gaz.isDemonym(t[k].key)) {
                        properModifier = true;
                    }
                }
                if (words < 2) continue;
                if (strong[s] != null && strong[s].end() == e) continue; // the gazetteer knows it ("Russian Federation")
                if (COMPANY_SUFFIXES.contains(h.key) && e == i + 1) {
                    // "Rivals Microsoft Corp": the gazetteer's company right before the suffix is the name
                    int known = -1;
                    for (int k = s; k < i && known < 0; k++) {
                        if (strong[k] != null && strong[k].end() == i && strong[k].entry().kind() == EntityKind.ORGANIZATION) {
                            known = k;
                        }
                    }
                    if (known >= 0) {
                        proposed.add(new Span(EntityKind.ORGANIZATION, known, e, strong[known].entry().canonical(),
                                CURATED_NAME, true));
                        continue;
                    }
                    while (s < i - 1 && t[s].sentenceStart && commonWordOrPlural(t[s].key)) s++;
                    proposed.add(new Span(EntityKind.ORGANIZATION, s, e, text(s, i), ORG_BY_HEAD, false));
                    continue;
                }
                if (WEAK_ORG_HEADS.contains(h.key) && !properModifier && words < 3) continue;
                proposed.add(new Span(EntityKind.ORGANIZATION, s, e, text(s, e), ORG_BY_HEAD, false));
            }
        }

        /**
         * "Farida Shaikh and Shiv Sena", "Bank of Baroda and State Bank of India": the capitalised run before this
         * "and" is a person's name, or ends a name begun before it ("of Baroda"), so it is a name of its own, not
         * the first word of a paired name ("Procter and Gamble", "Competition and Markets Authority").
         */
        boolean completeNameBefore(int and) {
            if (and < 1) return false;
            int r = capitalisedRunStart(and);
            if (r >= and) return false;
            // a person's name ("Farida Shaikh"), not "Kent Fire and Rescue Service"
            if (and - r >= 2 && gaz.isGivenName(t[r].key) && !gaz.isCommonWord(t[r].key) && strong[r] == null) return true;
            if (r < 1 || !t[r - 1].word || t[r - 1].cap) return false;
            String before = t[r - 1].key;
            return before.equals("of") || before.equals("for") || before.equals("on");
        }

        /** "Drovana, Pellix and Quarro Foods": the name before this "and" is itself after a list comma. */
        boolean listItemBefore(int and) {
            if (and < 1) return false;
            int r = capitalisedRunStart(and);
            return r > 0 && r < and && t[r - 1].is(",");
        }

        /** Whether token k starts a name the gazetteer knows as a place or person: an "and" before it lists names. */
        boolean namedOnItsOwn(int k) {
            if (k < 0 || k >= n) return false;
            Gazetteer.Match g = strong[k];
            return g != null && g.entry().kind() != EntityKind.ORGANIZATION;
        }

        /**
         * Whether the capitalised run from k after an "and" is a second name rather than the rest of this one:
         * "Bank of Baroda and State Bank of India" (the same head again, a known name), not "Department of Health
         * and Human Services".
         */
        boolean secondName(int k, String head) {
            if (namedOnItsOwn(k) || strong[k] != null) return true;
            for (int j = k; j < n && (t[j].word && t[j].cap || joiningHyphen(j)) && !t[j].lineStart; j++) {
                if (t[j].key.equals(head) || COMPANY_SUFFIXES.contains(t[j].key)) return true;
            }
            return false;
        }

        /** Sports clubs: "Carlisle United", "Bolton Wanderers"; "Grimsby Town", "Hull City" in a sports story. */
        void proposeClubs() {
            for (int i = 1; i < n; i++) {
                Token h = t[i];
                if (!h.word || !h.cap || h.headline || h.lineStart) continue;
                if (!(CLUB_SUFFIXES.contains(h.key) || sportsStory && (SPORTS_ONLY_CLUB_SUFFIXES.contains(h.key)
                        || SCHOOL_TEAM_SUFFIXES.contains(h.key)))) continue;
                int s = trimNameStart(capitalisedRunStart(i), i);
                if (s >= i || i - s > 3 || !hasProperWord(s, i)) continue;
                if (strong[s] != null && strong[s].end() == i + 1) continue; // the gazetteer knows the club
                proposed.add(new Span(EntityKind.ORGANIZATION, s, i + 1, text(s, i + 1), ORG_BY_HEAD, false));
            }
        }

        /**
         * Organisations named by what surrounds them rather than by a head word: "the German forwarder Dachser",
         * "an analyst at Panmure Liberum", "a spokesman for X", "Quillfeather, a Lisbon startup", "Parkvale, which
         * is based in Calgary", "shares in Mthunzi", "Harrowgate's board". Weaker than a given name, so "investor
         * Warren Buffett" stays a person, and a known place or person is never re-typed.
         */
        void proposeOrganisationsByContext() {
            for (int i = 0; i < n; i++) {
                Token x = t[i];
                if ((cues[i] & CUE_ORG_DESCRIPTOR) != 0 && i + 1 < n) {
                    int s = i + 1;
                    // "the buyer, Broch Pelagic Processors,", "its Zambian unit, Kafue Millers,": an appositive name
                    if (t[s].is(",")) {
                        int e = s + 1 < n ? capitalisedRunEnd(s + 1) : s;
                        if (e > s + 1 && e < n && (t[e].is(",") || t[e].is(".") || t[e].key.equals("and"))) {
                            proposeOrganisationAt(s + 1);
                        }
                    } else {
                        proposeOrganisationAt(s);
                    }
                } else if ((x.key.equals("include") || x.key.equals("included") || x.key.equals("including"))
                        && businessGroupBefore(i)) {
                    // "customers include Zepto, Swiggy and the logistics arm of X": every name of the list
                    proposeOrganisationList(i + 1);
                } else if (x.word && !x.cap && BUSINESS_GROUPS.contains(x.key) && i + 1 < n && t[i + 1].word
                        && t[i + 1].cap && !t[i + 1].lineStart && !gaz.isGivenName(t[i + 1].key)) {
                    // "shares in peers Credito Alpino and Banco Miradouro", "rivals Acme and Bolt": a group noun
                    // right before names says what they are (not "investors John Doe": a first name says a person)
                    proposeOrganisationList(i + 1);
                } else if ((cues[i] & CUE_EMPLOYER_PREPOSITION) != 0 && employeeBefore(i)) {
                    proposeOrganisationAt(i + 1 < n && t[i + 1].key.equals("the") && !t[i + 1].cap ? i + 2 : i + 1);
                } else if ((cues[i] & CUE_SHARES_PREPOSITION) != 0 && i > 0
                        && (t[i - 1].key.equals("shares") || t[i - 1].key.equals("stake"))) {
                    proposeOrganisationAt(i + 1);
                } else if (x.is(",") && i > 1 && t[i - 1].word && (t[i - 1].cap || shortNumber(i - 1) && t[i - 2].cap)
                        && (organisationAppositiveAfter(i) || basedAfter(i))) {
                    int s = trimNameStart(capitalisedRunStart(t[i - 1].cap ? i : i - 1), i);
                    if (s < i) proposeOrganisation(s, i);
                    // "Corvale Systems, the Sheffield software maker": a town that says where the company is
                    for (int k = i + 2; k < Math.min(n, i + 6) && !t[k].is(","); k++) {
                        Gazetteer.Entry town = t[k].cap && !t[k].sentenceStart ? knownPlaceAt(k) : null;
                        if (town != null) {
                            int end = strong[k] != null ? strong[k].end() : weak[k].end();
                            proposed.add(new Span(EntityKind.LOCATION, k, end, town.canonical(), PLACE_BY_CONTEXT, true));
                        }
                    }
                } else if ((x.text.equals("'s") || x.text.equals("’s")) && i > 0 && t[i - 1].word && t[i - 1].cap
                        && i + 1 < n && t[i + 1].word && (COMPANY_POSSESSIONS.contains(t[i + 1].key)
                        || t[i + 1].key.equals("chief") && i + 2 < n && t[i + 2].key.equals("executive"))) {
                    int s = trimNameStart(capitalisedRunStart(i), i);
                    if (s < i) proposeOrganisation(s, i);
                }
            }
        }

        /** The place the gazetteer (strong or weak) knows starting at token k, whatever its length; else null. */
        Gazetteer.Entry knownPlaceAt(int k) {
            if (strong[k] != null) return strong[k].entry().kind() == EntityKind.LOCATION ? strong[k].entry() : null;
            return weak[k] != null && weak[k].entry().kind() == EntityKind.LOCATION ? weak[k].entry() : null;
        }

        /**
         * The capitalised run starting at token s, if any, as an organisation; it runs on over a possessive
         * ("Scottish Fishermen's Federation") and takes a trailing small number ("Baltica 2").
         */
        void proposeOrganisationAt(int s) {
            if (s >= n || !t[s].word || !t[s].cap || t[s].lineStart || t[s].headline) return;
            int e = capitalisedRunEnd(s);
            while (e + 1 < n && (t[e].text.equals("'s") || t[e].text.equals("’s")) && t[e + 1].word && t[e + 1].cap
                    && !t[e + 1].lineStart) {
                e = capitalisedRunEnd(e + 1);
            }
            if (e < n && shortNumber(e)) e++;
            proposeOrganisation(s, e);
        }

        /** "2" in "Baltica 2": a one- or two-digit number glued to a name. */
        boolean shortNumber(int k) {
            return t[k].word && t[k].text.length() <= 2 && Character.isDigit(t[k].text.charAt(0)) && !t[k].lineStart;
        }

        void proposeOrganisation(int s, int e) {
            int words = wordCount(s, e);
            if (words == 0 || words > 5) return;
            Gazetteer.Match g = strong[s];
            if (g != null && g.end() == e) return; // the gazetteer knows it, whatever it is
            if (knownPlace(s, e) != null) return;
            Token first = t[s];
            if (words >= 2 && gaz.isGivenName(first.key)) return; // "investor Warren Buffett"
            for (int k = s; k < e; k++) {
                Token z = t[k];
                if (z.word && (NON_NAMES.contains(z.key) || TITLE_HEADS.contains(z.key) && z.cap && k == s)) return;
            }
            if (words == 1 && (gaz.isDemonym(first.key) || first.sentenceStart && gaz.isCommonWord(first.key)
                    || first.text.length() < 2)) return;
            proposed.add(new Span(EntityKind.ORGANIZATION, s, e, text(s, e), ORG_BY_CONTEXT, false));
        }

        /** "customers include", "investors including": a group of companies right before token k. */
        /** Every name of a list "A, B C and D" from {@code from}, as organisations. */
        void proposeOrganisationList(int from) {
            for (int k = from; k < n && !t[k].lineStart; ) {
                if (t[k].word && t[k].cap) {
                    int e = capitalisedRunEnd(k);
                    proposeOrganisation(k, e);
                    k = e;
                } else if (t[k].is(",") || t[k].key.equals("and")) {
                    k++;
                } else {
                    break;
                }
            }
        }

        boolean businessGroupBefore(int k) {
            for (int j = k - 1; j >= 0 && k - j <= 2; j--) {
                if (t[j].word && BUSINESS_GROUPS.contains(t[j].key)) return true;
                if (!t[j].word || t[j].cap && !t[j].sentenceStart) return false;
            }
            return false;
        }

        /** A role of someone employed right before "at"/"for"/"of" k: "analysts at", "head of payments at". */
        boolean employeeBefore(int k) {
            int reach = t[k].key.equals("at") ? 3 : 1;
            for (int j = k - 1; j >= 0 && k - j <= reach; j--) {
                Token z = t[j];
                if (!z.word || z.cap && !z.sentenceStart) return false; // "Analysts at X" opens a sentence
                if (EMPLOYEE_ROLES.contains(z.key)) return true;
                if (z.cap) return false;
            }
            return false;
        }

        /** ", a Lisbon startup", ", the Durban-based maker of ...", ", the Catholic health provider". */
        boolean organisationAppositiveAfter(int comma) {
            int k = comma + 1;
            if (k >= n || !t[k].word || !(t[k].key.equals("a") || t[k].key.equals("an") || t[k].key.equals("the"))) {
                return false;
            }
            for (int steps = 0; ++k < n && steps < 5; steps++) {
                Token z = t[k];
                if (!z.word) {
                    if (joiningHyphen(k)) continue;
                    return false;
                }
                if (!z.cap && APPOSITIVE_ORG_NOUNS.contains(z.key)) {
                    return !(k + 1 < n && (t[k + 1].text.equals("'s") || t[k + 1].text.equals("’s")));
                }
                if (FUNCTION_WORDS.contains(z.key) || TITLE_HEADS.contains(z.key) || APPOSITIVE_PERSON_NOUNS.contains(z.key)) {
                    return false;
                }
            }
            return false;
        }

        /** ", which is based in", ", headquartered in": where a company sits. */
        boolean basedAfter(int comma) {
            int k = comma + 1;
            if (k + 1 < n && t[k].key.equals("which") && (t[k + 1].key.equals("is") || t[k + 1].key.equals("was"))) k += 2;
            return k + 1 < n && (t[k].key.equals("based") || t[k].key.equals("headquartered")) && t[k + 1].key.equals("in");
        }

        /**
         * Sports stories: a name right before "beat"/"hosts" or right after "beat"/"against"/"a loss to" is a team,
         * even when it is a city ("Liverpool beat Everton", "a loss to Louisville"), and so is every other bare
         * mention of it; a venue head after "at" is a place ("at the Eblen Center"), not an organisation.
         */
        void proposeTeamsAndVenues() {
            if (!sportsStory) return;
            Set<String> teams = new HashSet<>();
            for (int i = 0; i < n; i++) {
                if (!t[i].word || !t[i].cap || t[i].headline || t[i].lineStart && t[i].allCaps) continue;
                if (i > 0 && t[i - 1].word && t[i - 1].cap && !t[i - 1].lineStart) continue; // not a run start
                int e = capitalisedRunEnd(i);
                if (wordCount(i, e) > 3 || wordCount(i, e) >= 2 && gaz.isGivenName(t[i].key)) continue;
                if (strong[i] != null && strong[i].end() == e && strong[i].entry().kind() == EntityKind.PERSON) continue;
                boolean after = e < n && t[e].word && !t[e].cap && TEAM_VERBS_AFTER.contains(t[e].key);
                Token p = i > 0 ? t[i - 1] : null;
                if (p != null && p.key.equals("the") && i > 1) p = t[i - 2]; // "Host the Toronto Raptors"
                boolean before = p != null && p.word && (TEAM_WORDS_BEFORE.contains(p.key)
                        || p.key.equals("to") && lossBefore(i - 1));
                // "We've lost", "Officials held": a contraction or a common word opening the sentence is no team
                boolean notAName = t[i].key.indexOf('\'') > 0 || t[i].sentenceStart && gaz.isCommonWord(t[i].key);
                if ((after || before) && !notAName && !gaz.isGivenName(t[i].key)) teams.add(runKey(i, e));
            }
            addScoreLineTeams(teams);
            for (int i = 0; i < n; i++) {
                if (!t[i].word || !t[i].cap || t[i].headline) continue;
                if (i > 0 && t[i - 1].word && t[i - 1].cap && !t[i - 1].lineStart) continue;
                int e = capitalisedRunEnd(i);
                if (!teams.isEmpty() && teams.contains(runKey(i, e))) {
                    Gazetteer.Match g = strong[i];
                    if (g != null && g.end() == e && g.entry().kind() == EntityKind.ORGANIZATION) continue;
                    proposed.add(new Span(EntityKind.ORGANIZATION, i, e, text(i, e), TEAM_BY_CONTEXT, false));
                }
                if (e < n && t[e].word && t[e].text.matches("\\d+[a-z]+s")) {
                    proposed.add(new Span(EntityKind.ORGANIZATION, i, e + 1, text(i, e + 1), TEAM_BY_CONTEXT, false));
                }
                // "Knicks", "Celtics": a plural name that is no word, no first name and no place is a team, and so
                // is a place followed by one ("Boston Celtics", "Toronto Raptors")
                Token x = t[e - 1];
                if (x.key.length() >= 5 && x.key.endsWith("s") && !x.allCaps && strong[e - 1] == null
                        && weak[e - 1] == null && !gaz.isCommonWord(x.key)
                        && !gaz.isCommonWord(x.key.substring(0, x.key.length() - 1)) && !gaz.isGivenName(x.key)
                        && !gaz.isSurname(x.key) && !gaz.isDemonym(x.key) && !NON_NAMES.contains(x.key)
                        && !(i > 0 && isTitleHead(t[i - 1]))) {
                    if (e == i + 1 && !x.sentenceStart) {
                        proposed.add(new Span(EntityKind.ORGANIZATION, i, e, text(i, e), ORG_BY_CONTEXT, false));
                    } else if (e > i + 1 && knownPlaceAt(i) != null && (strong[i] != null ? strong[i].end() : weak[i].end()) == e - 1) {
                        proposed.add(new Span(EntityKind.ORGANIZATION, i, e, text(i, e), TEAM_BY_CONTEXT, false));
                    }
                }
                if (i > 0 && VENUE_HEADS.contains(t[e - 1].key) && e - i >= 2
                        && (t[i - 1].key.equals("at") || t[i - 1].key.equals("the") && i > 1 && t[i - 2].key.equals("at"))) {
                    proposed.add(new Span(EntityKind.LOCATION, i, e, text(i, e), VENUE_IN_SPORTS, false));
                }
            }
        }

        /** "a loss to X", "lost 31-13 to X": the "to" at {@code to} follows a defeat, a score between them allowed. */
        boolean lossBefore(int to) {
            for (int k = to - 1; k >= 0 && k >= to - 4; k--) {
                if (t[k].key.equals("loss") || t[k].key.equals("lost")) return true;
                boolean score = t[k].is("-") || t[k].is("–") || t[k].word && Character.isDigit(t[k].text.charAt(0));
                if (!score) return false;
            }
            return false;
        }

        /**
         * A result line names two teams, headline capitals or not: "Connacht 24 Ospreys 20", "Leeds 2, Hull 1".
         * Each side is a run of one to three capitalised words right before a bare number.
         */
        void addScoreLineTeams(Set<String> teams) {
            for (int i = 0; i < n; i++) {
                if (!t[i].word || !t[i].cap || i > 0 && t[i - 1].word && t[i - 1].cap && !t[i - 1].lineStart) continue;
                int e = capitalisedRunEnd(i);
                if (wordCount(i, e) > 3 || !bareNumber(e)) continue;
                int j = e + 1;
                if (j < n && t[j].is(",")) j++;
                if (j >= n || !t[j].word || !t[j].cap || t[j].lineStart) continue;
                int e2 = capitalisedRunEnd(j);
                if (wordCount(j, e2) > 3 || !bareNumber(e2) || gaz.isGivenName(t[i].key) || gaz.isGivenName(t[j].key)) continue;
                teams.add(runKey(i, e));
                teams.add(runKey(j, e2));
            }
        }

        /** A score: digits alone, not a year, a time, a percentage or part of "24-20". */
        boolean bareNumber(int k) {
            if (k >= n || !t[k].word || t[k].lineStart || t[k].text.length() > 3) return false;
            for (int c = 0; c < t[k].text.length(); c++) if (!Character.isDigit(t[k].text.charAt(c))) return false;
            if (k + 1 < n && !t[k + 1].lineStart && (t[k + 1].is("%") || t[k + 1].is("-") || t[k + 1].is(":")
                    || t[k + 1].is(".") && k + 2 < n && t[k + 2].word && Character.isDigit(t[k + 2].text.charAt(0)))) {
                return false;
            }
            return true;
        }

        String runKey(int s, int e) {
            StringBuilder key = new StringBuilder();
            for (int k = s; k < e; k++) {
                if (!t[k].word) continue;
                if (key.length() > 0) key.append(' ');
                key.append(t[k].key);
            }
            return key.toString();
        }

        /**
         * Buildings after a preposition of place: "at City Hall", "outside the Vidhana Soudha", "at State House".
         * Their words may all be common ones; the capitals and the position say it is a name.
         */
        void proposeBuildings() {
            for (int i = 0; i + 1 < n; i++) {
                // "said City Hall had been burned": a civic building needs no preposition
                if (t[i].word && t[i].cap && !t[i].sentenceStart && !t[i].headline && CIVIC_BUILDING_WORDS.contains(t[i].key)
                        && t[i + 1].word && t[i + 1].cap && !t[i + 1].lineStart && BUILDING_HEADS.contains(t[i + 1].key)
                        && (i + 2 >= n || !(t[i + 2].word && t[i + 2].cap) && !t[i + 2].key.equals("of"))
                        && !(i > 0 && t[i - 1].word && t[i - 1].cap && !t[i].lineStart)) {
                    proposed.add(new Span(EntityKind.LOCATION, i, i + 2, text(i, i + 2), PLACE_BY_CONTEXT, false));
                }
                if ((cues[i] & CUE_BUILDING_PREPOSITION) == 0) continue;
                int s = t[i + 1].key.equals("the") && !t[i + 1].cap ? i + 2 : i + 1;
                if (s >= n || !t[s].word || !t[s].cap || t[s].lineStart || t[s].headline) continue;
                int e = capitalisedRunEnd(s);
                int words = wordCount(s, e);
                if (words < 2 || words > 4 || !BUILDING_HEADS.contains(t[e - 1].key)) continue;
                if (e < n && t[e].key.equals("of")) continue; // "the Georgia House of Representatives"
                if (strong[s] != null && strong[s].end() == e) continue;
                boolean plain = true;
                for (int k = s; k < e; k++) {
                    if (t[k].word && (NON_NAMES.contains(t[k].key) || gaz.isDemonym(t[k].key))) plain = false;
                }
                if (plain) proposed.add(new Span(EntityKind.LOCATION, s, e, text(s, e), PLACE_BY_CONTEXT, false));
            }
        }

        /** "the Leeds-based warehousing group", "Tulsa-based Crane & Alvarez": the name before "-based" is a place. */
        void proposeBasedPlaces() {
            for (int i = 2; i < n; i++) {
                if (!t[i].word || !t[i].key.equals("based") || !joiningHyphen(i - 1) || !t[i - 2].cap) continue;
                int s = trimNameStart(capitalisedRunStart(i - 1), i - 1);
                if (s < i - 1 && i - 1 - s <= 4) proposeNamedPlace(s, i - 1);
            }
        }

        /**
         * "in Umuleri", "near Mudgee", "outside Gulgong": an unknown capitalised name, not a word, not a first name,
         * after a preposition of place and not followed by more of a name ("in Okafor's", "in Kestrel Ridge
         * Resources"). Weaker than every person rule, so "in Smith said" stays a person's when other evidence says so.
         */
        void proposePlacesAfterPrepositions() {
            for (int i = 1; i + 1 < n; i++) {
                Token p = t[i];
                if (!p.word || p.cap || !(p.key.equals("in") || p.key.equals("near") || p.key.equals("outside")
                        || p.key.equals("around") || p.key.equals("across") || p.key.equals("throughout")
                        || placeGroupBefore(i))) continue;
                if (i > 0 && t[i - 1].word && NOT_PLACE_BEFORE_IN.contains(t[i - 1].key)) continue;
                int s = i + 1;
                Token x = t[s];
                if (!x.word || !x.cap || x.allCaps || x.headline || x.lineStart) continue;
                int e = capitalisedRunEnd(s);
                if (e - s > 3 || joiningHyphen(e - 1)) continue;
                if (e < n && (t[e].text.equals("'s") || t[e].text.equals("’s")
                        || (t[e].text.equals("'") || t[e].text.equals("’")) && !t[e].spaceBefore)) continue;
                if (e < n && t[e].word && (NAME_PARTICLES.contains(t[e].key) || ORG_CONNECTORS.contains(t[e].key)
                        && e + 1 < n && t[e + 1].cap) && !pairOfPlaceNames(s, e)) continue;
                // "in Apollo Beach": a town of several words may start with a given name, a lone one may not
                if (gaz.isGivenName(x.key) && !(e - s >= 2 && knownPlace(s, e) != null) || x.text.length() < 3) continue;
                // "in Xankendi": a spelling of a known place is left to the variant rule, which names it properly
                if (e - s == 1 && x.key.length() >= 5 && gaz.placeBySkeleton(NameFolding.skeleton(x.key)) != null) continue;
                boolean plain = true;
                for (int k = s; k < e; k++) {
                    String key = t[k].key;
                    if (!t[k].word) continue;
                    boolean lastFeature = k == e - 1 && k > s && (ADMIN_UNITS.contains(key) || GEO_FEATURES.contains(key));
                    if (!lastFeature && (gaz.isCommonWord(key) || gaz.isDemonym(key) || NON_NAMES.contains(key)
                            || ORG_HEADS.contains(key) || TITLE_HEADS.contains(key) || CLUB_SUFFIXES.contains(key))) {
                        plain = false;
                    }
                    if (strong[k] != null && strong[k].entry().kind() != EntityKind.LOCATION) plain = false;
                }
                if (!plain) continue;
                Gazetteer.Entry known = knownPlace(s, e);
                proposed.add(new Span(EntityKind.LOCATION, s, e, known != null ? known.canonical() : text(s, e),
                        PLACE_BY_PREPOSITION, known != null));
            }
        }

        /**
         * "in Baner and Aundh": the "and" after the run [s, e) joins a second short name that ends there, and
         * neither side is a known name or an organisation's ("in Bosnia and Herzegovina", "in Procter and Gamble
         * Co" are not split).
         */
        boolean pairOfPlaceNames(int s, int e) {
            if (!t[e].key.equals("and") || e + 1 >= n || t[e + 1].lineStart || strong[s] != null) return false;
            int e2 = capitalisedRunEnd(e + 1);
            if (wordCount(e + 1, e2) > 2 || strong[e + 1] != null) return false;
            if (e2 < n && t[e2].word && (t[e2].cap || ORG_CONNECTORS.contains(t[e2].key))) return false;
            for (int k = s; k < e2; k++) {
                if (t[k].word && (ORG_HEADS.contains(t[k].key) || COMPANY_HEADS.contains(t[k].key))) return false;
            }
            return true;
        }

        /** "suburbs such as", "towns including", "villages like": what follows {@code k} lists places. */
        boolean placeGroupBefore(int k) {
            String w = t[k].key;
            int group = w.equals("as") && k >= 2 && t[k - 1].key.equals("such") ? k - 2
                    : w.equals("including") || w.equals("like") ? k - 1 : -1;
            return group >= 0 && t[group].word && !t[group].cap && PLACE_GROUPS.contains(t[group].key);
        }

        /** "Lachin District", "the Kalbajar district", "the village of Charektar", "Aghdam, a district ...". */
        void proposePlacesByContext() {
            for (int i = 0; i < n; i++) {
                Token y = t[i];
                if (!y.word || y.headline) continue;
                if (y.cap && PLACE_OF_HEADS.contains(y.key) && i + 2 < n && t[i + 1].key.equals("of")
                        && t[i + 2].word && t[i + 2].cap && !t[i + 2].lineStart) {
                    int e = capitalisedRunEnd(i + 2);
                    int s = i > 0 && t[i - 1].word && t[i - 1].cap && !t[i - 1].sentenceStart && !t[i - 1].lineStart
                            && !FUNCTION_WORDS.contains(t[i - 1].key) && !NON_NAMES.contains(t[i - 1].key) ? i - 1 : i;
                    if (hasProperWord(i + 2, e) && e - i <= 6) {
                        Gazetteer.Match g = strong[s];
                        String canonical = g != null && g.end() == e ? g.entry().canonical() : text(s, e);
                        if (g == null || g.end() != e || g.entry().kind() == EntityKind.LOCATION) {
                            proposed.add(new Span(EntityKind.LOCATION, s, e, canonical, PLACE_BY_CONTEXT, g != null));
                        }
                    }
                }
                if (y.cap && PLACE_PREFIXES.contains(y.key) && i + 1 < n && t[i + 1].word && t[i + 1].cap
                        && !t[i + 1].lineStart && !gaz.isCommonWord(t[i + 1].key) && !gaz.isDemonym(t[i + 1].key)
                        && !ORG_HEADS.contains(t[i + 1].key) && !NON_NAMES.contains(t[i + 1].key)) {
                    int e = i + 2;
                    if (strong[i] == null || strong[i].entry().kind() == EntityKind.LOCATION) {
                        String canonical = strong[i] != null ? strong[i].entry().canonical() : text(i, e);
                        int end = strong[i] != null ? strong[i].end() : e;
                        proposed.add(new Span(EntityKind.LOCATION, i, end, canonical, PLACE_BY_CONTEXT, strong[i] != null));
                    }
                }
                if (y.cap && (ADMIN_UNITS.contains(y.key) || GEO_FEATURES.contains(y.key))) {
                    int s = trimNameStart(capitalisedRunStart(i), i);
                    boolean namedUnit = NAMED_UNITS.contains(y.key);
                    if (s < i && (hasProperWord(s, i) || namedUnit && !t[s].sentenceStart && t[s].cap)) {
                        boolean admin = ADMIN_UNITS.contains(y.key) && !namedUnit;
                        Gazetteer.Entry whole = knownPlace(s, i + 1); // "Plant City" is a town, not the city of Plant
                        String canonical = whole != null ? whole.canonical() : admin ? placeCanonical(s, i) : text(s, i + 1);
                        if (canonical != null) {
                            proposed.add(new Span(EntityKind.LOCATION, s, i + 1, canonical, PLACE_BY_CONTEXT,
                                    admin && knownPlace(s, i) != null));
                        }
                    }
                } else if ((!y.cap || y.sentenceStart) && (PLACE_NOUNS.contains(y.key) || PLACE_OF_NOUNS.contains(y.key))) {
                    int s = trimNameStart(capitalisedRunStart(i), i);
                    if (s < i && hasProperWord(s, i) && PLACE_NOUNS.contains(y.key)) proposeNamedPlace(s, i);
                    if (i + 2 < n && t[i + 1].key.equals("of") && t[i + 2].cap && !t[i + 2].lineStart
                            && !y.key.equals("people") && !y.key.equals("streets")) {
                        int e = capitalisedRunEnd(i + 2);
                        if (hasProperWord(i + 2, e)) proposeNamedPlace(i + 2, e);
                    }
                }
                if (y.is(",") && i > 0 && appositivePlaceAfter(i)) {
                    int s = trimNameStart(capitalisedRunStart(i), i);
                    if (s < i && hasProperWord(s, i)) proposeNamedPlace(s, i);
                }
            }
        }

        void proposeNamedPlace(int s, int e) {
            Gazetteer.Match g = strong[s];
            if (g != null && g.end() == e && g.entry().kind() != EntityKind.LOCATION) return;
            for (int k = s; k < e; k++) {
                if (t[k].word && (gaz.isDemonym(t[k].key) || NON_NAMES.contains(t[k].key)
                        || ORG_HEADS.contains(t[k].key) || TITLE_HEADS.contains(t[k].key))) return;
            }
            String canonical = placeCanonical(s, e);
            if (canonical != null) {
                proposed.add(new Span(EntityKind.LOCATION, s, e, canonical, PLACE_BY_CONTEXT, knownPlace(s, e) != null));
            }
        }

        /** ", a district ...", ", the regional capital ..." after a name. */
        boolean appositivePlaceAfter(int comma) {
            int k = comma + 1;
            if (k >= n || !t[k].word || !(t[k].key.equals("a") || t[k].key.equals("an") || t[k].key.equals("the"))) {
                return false;
            }
            for (int step = 0; step < 3 && ++k < n; step++) {
                Token z = t[k];
                if (!z.word) return false;
                if (APPOSITIVE_PLACE_NOUNS.contains(z.key)) return true;
                if (z.cap && !gaz.isDemonym(z.key)) return false;
            }
            return false;
        }

        /** People: capitalised runs with a title before, a given name first, or a verb of saying around them. */
        void proposePeople() {
            int i = 0;
            while (i < n) {
                Token x = t[i];
                if (!x.word || !x.cap || x.headline) {
                    i++;
                    continue;
                }
                int e = personRunEnd(i);
                // "Naomi Fairbrother KC", "Jonathan Pellow MP": letters after a name are not part of it
                while (e - 1 > i && t[e - 1].allCaps && POST_NOMINALS.contains(t[e - 1].key)) e--;
                int s = i;
                // "Garfield Heights Mayor Matt Burke": the name starts after the last title inside the run
                for (int k = e - 2; k > i; k--) {
                    if (t[k].word && t[k].cap && isTitleHead(t[k]) && !NON_NAMES.contains(t[k].key)) {
                        s = k;
                        break;
                    }
                }
                while (s < e) {
                    Token y = t[s];
                    if (!y.word) {
                        s++;
                        continue;
                    }
                    Gazetteer.Match g = strong[s];
                    if (g != null && g.entry().kind() != EntityKind.PERSON && !countryNamedPerson(s, e)) {
                        s = g.end();
                        continue;
                    }
                    String k = y.key;
                    boolean drop = TITLE_HEADS.contains(k) || TITLE_MODIFIERS.contains(k) || gaz.isDemonym(k)
                            || NON_NAMES.contains(k) || FUNCTION_WORDS.contains(k)
                            || (y.sentenceStart && gaz.isCommonWord(k) && !gaz.isGivenName(k));
                    if (!drop) break;
                    s++;
                }
                if (s < e) considerPerson(s, e);
                i = Math.max(e, i + 1);
            }
        }

        int personRunEnd(int i) {
            int last = i + 1;
            int j = i + 1;
            int words = 1;
            while (j < n && words < 6) {
                Token y = t[j];
                if (y.lineStart) break;
                if (y.word && (y.cap || y.initial) && !y.headline) {
                    last = j + 1;
                    words++;
                    j++;
                } else if (joiningHyphen(j)) {
                    j++;
                } else if (y.word && !y.cap && NAME_PARTICLES.contains(y.key) && j + 1 < n && t[j + 1].cap
                        && !t[j + 1].lineStart) {
                    j++;
                } else {
                    break;
                }
            }
            return last;
        }

        void considerPerson(int s, int e) {
            List<Token> words = new ArrayList<>();
            for (int k = s; k < e; k++) {
                Token y = t[k];
                if (!y.word) continue;
                if (y.cap) {
                    String key = y.key;
                    if (NON_NAMES.contains(key) || TITLE_HEADS.contains(key) || gaz.isDemonym(key)
                            || ORG_HEADS.contains(key) || ADMIN_UNITS.contains(key) || GEO_FEATURES.contains(key)) {
                        return; // the organisation and place rules own such runs
                    }
                    if (y.text.length() < 2) return;
                }
                words.add(y);
            }
            if (words.isEmpty()) return;
            boolean onlyInitials = true;
            for (Token w : words) {
                if (!w.initial) onlyInitials = false;
                if (w.key.indexOf('\'') > 0 && !Character.isUpperCase(w.text.charAt(w.key.indexOf('\'') + 1))) {
                    return; // "I'd", "Let's": contractions, not O'Brien
                }
                if (w.key.equals("st")) return; // "St. Louis", "St. Mark's": saints and places
            }
            if (onlyInitials) return;
            Token first = words.get(0);
            if (words.size() == 1 && first.allCaps) {
                // "AFP said", "according to the FAA": an acronym quoted as a source is an organisation, never a person
                String letters = first.text.replace(".", "");
                boolean quoted = speechAfter(e) || speechBefore(s)
                        || s > 2 && t[s - 1].key.equals("the") && speechBefore(s - 1);
                if (quoted && letters.length() >= 2 && letters.length() <= 6 && strong[s] == null && weak[s] == null
                        && !US_STATE_ABBREVIATIONS.containsKey(first.key) && !NON_NAMES.contains(first.key)
                        && !POST_NOMINALS.contains(first.key)) {
                    // taken only after the spread, so that "the CMM said" stays the defined acronym's organisation
                    quotedAcronyms.add(new Span(EntityKind.ORGANIZATION, s, e, first.text, PERSON_BY_SPEECH, false));
                }
                return;
            }
            boolean gazetteerInside = false;
            for (int k = s; k < e; k++) {
                if (strong[k] != null && strong[k].entry().kind() != EntityKind.PERSON) gazetteerInside = true;
            }
            boolean allCommon = true;
            for (Token w : words) {
                if (!gaz.isCommonWord(w.key) || gaz.isGivenName(w.key)) allCommon = false;
            }
            // "crossing the Rio Grande", "outside the Vidhana Soudha": a bare "the" is not put before a person's name
            if (s > 0 && t[s - 1].word && !t[s - 1].cap && t[s - 1].key.equals("the") && !titleBefore(s)) return;
            // "the governor of Norte de Santander state": a name before a unit of government is a place
            if (e < n && t[e].word && !t[e].cap && (PLACE_NOUNS.contains(t[e].key) || t[e].key.equals("state"))) {
                proposed.add(new Span(EntityKind.LOCATION, s, e, text(s, e), PLACE_BY_CONTEXT, false));
                return;
            }
            if (countryNamedPerson(s, e)) {
                proposed.add(new Span(EntityKind.PERSON, s, e, text(s, e), PERSON_BY_GIVEN_NAME, false));
                return;
            }
            // "a home in Apollo Beach": a known town's whole name after a preposition of place is that town
            if (s > 0 && t[s - 1].word && !t[s - 1].cap && PLACE_PREPOSITIONS.contains(t[s - 1].key)
                    && knownPlace(s, e) != null && !titleBefore(s)) return;
            int strength;
            if (titleBefore(s)) {
                strength = TITLED_PERSON;
            } else if (words.size() >= 2 && gaz.isGivenName(first.key) && !gazetteerInside
                    && !(first.sentenceStart && gaz.isCommonWord(first.key))) {
                strength = PERSON_BY_GIVEN_NAME;
            } else if (gazetteerInside || allCommon) {
                return;
            } else if (s > 0 && t[s - 1].word && !t[s - 1].cap && PLACE_PREPOSITIONS.contains(t[s - 1].key)) {
                return; // "officials in Xankendi said": the verb belongs to someone else
            } else if (partyAfter(e) && words.size() >= 2) {
                strength = TITLED_PERSON; // "Chuck Schumer, D-N.Y.", "Jane Doe (R-Ohio)"
            } else if ((speechAfter(e) || speechBefore(s) || titleAfter(e) || appositivePersonAfter(e))
                    && (words.size() > 1 || !first.sentenceStart || midSentenceCapitals.contains(first.key))) {
                // a lone sentence-initial word ("Villagers said") counts only if the article also capitalises
                // it mid-sentence; "Aliyev said" is otherwise reached by spreading the full name
                strength = PERSON_BY_SPEECH;
            } else if (words.size() >= 2 && words.size() <= 3 && !first.sentenceStart && noCommonWords(words)
                    // "Darwin Nunez": a town's name first is still a person's when a surname follows
                    && (weak[s] == null || weak[s].end() < e && gaz.isSurname(words.get(words.size() - 1).key))) {
                strength = PERSON_BARE;
            } else {
                return;
            }
            if (companyLike(words)) {
                // "told TechCrunch", "Mistral AI said": an inner capital or an acronym is a brand, not a person
                if (strength != TITLED_PERSON) proposed.add(new Span(EntityKind.ORGANIZATION, s, e, text(s, e), strength, false));
                return;
            }
            proposed.add(new Span(EntityKind.PERSON, s, e, text(s, e), strength, false));
        }

        /**
         * Whether a would-be person's name is spelled like a brand: a word with an inner capital that is not a
         * surname prefix ("TechCrunch", "PepsiCo"; not "McConachie", "LaGrange", "DeShawn"), or an acronym
         * other than a generation suffix ("Mistral AI", "UT Martin"; not "Henry VIII").
         */
        boolean companyLike(List<Token> words) {
            for (Token w : words) {
                String x = w.text;
                // "OG Anunoby", "H.T. Manjunath": two capitals first, or dotted ones, are a person's initials
                boolean initials = x.indexOf('.') >= 0 || w == words.get(0) && x.length() == 2 && words.size() > 1;
                if (w.allCaps && !initials && !x.matches("[IVX]+")) return true;
                for (int c = 2; c < x.length(); c++) {
                    if (Character.isUpperCase(x.charAt(c)) && Character.isLowerCase(x.charAt(c - 1))) {
                        String prefix = x.substring(0, c).toLowerCase(Locale.ROOT);
                        // "MaryKay": a given name glued to another part is still a person
                        if (!SURNAME_PREFIXES.contains(prefix) && !gaz.isGivenName(prefix)) return true;
                    }
                }
            }
            return false;
        }

        /** "Jordan Mellor", "Israel Katz": a one-word place that is also a given name, then a known surname. */
        boolean countryNamedPerson(int s, int e) {
            Gazetteer.Match g = strong[s];
            if (g == null || g.end() != s + 1 || g.entry().kind() != EntityKind.LOCATION || e != s + 2) return false;
            Token surname = t[s + 1];
            return surname.word && surname.cap && gaz.isSurname(surname.key) && !gaz.isCommonWord(surname.key)
                    && strong[s + 1] == null;
        }

        boolean allCommonWords(int s, int e) {
            for (int k = s; k < e; k++) {
                Token x = t[k];
                if (x.word && !gaz.isCommonWord(x.key) && !TITLE_MODIFIERS.contains(x.key) && !ORG_HEADS.contains(x.key)) {
                    return false;
                }
            }
            return true;
        }

        boolean noCommonWords(List<Token> words) {
            for (Token w : words) if (gaz.isCommonWord(w.key)) return false;
            return true;
        }

        boolean isTitleHead(Token z) {
            return z.word && TITLE_HEADS.contains(z.key) && (z.cap || !CAPITALISED_TITLES_ONLY.contains(z.key));
        }

        /** "President X", "Foreign Minister X", "Secretary of State X", "his Azerbaijani counterpart X". */
        boolean titleBefore(int s) {
            if (creditBefore(s)) return true;
            for (int k = s - 1, steps = 0; k >= 0 && steps < 7; k--, steps++) {
                Token z = t[k];
                if (!z.word) {
                    if (joiningHyphen(k)) continue;
                    return false;
                }
                if (isTitleHead(z)) return true;
                if (k == s - 1 && z.key.equals("of")) return false; // "governor of Texas": the domain, not the holder
                if (k == s - 1 && !z.cap && !TITLE_MODIFIERS.contains(z.key)) return false;
                if (TITLE_MODIFIERS.contains(z.key) || z.cap || gaz.isDemonym(z.key)) continue;
                return false;
            }
            return false;
        }

        /**
         * A wire credit line names people: "(Reporting by X in Frankfurt and Y in Stockholm; Editing by Z)",
         * "Additional reporting by X", and a byline "By X and Y" at the start of a line.
         */
        boolean creditBefore(int s) {
            for (int k = s - 1, steps = 0; k >= 0 && steps < 12; k--, steps++) {
                Token z = t[k];
                if (z.word && z.key.equals("by")) {
                    return z.cap && z.lineStart || k > 0 && CREDIT_WORDS.contains(t[k - 1].key);
                }
                if (z.lineStart) return false;
                if (!z.word && !z.is(",")) return false;
                if (z.word && !z.cap && !z.key.equals("and") && !z.key.equals("in")) return false;
            }
            return false;
        }

        /** "X, Turkey's defence minister," or "X, a spokesman for ...". */
        boolean titleAfter(int e) {
            if (e >= n || !t[e].is(",")) return false;
            for (int k = e + 1, steps = 0; k < n && steps < 5; k++, steps++) {
                Token z = t[k];
                if (z.text.equals("'s") || z.text.equals("’s")) continue;
                if (!z.word) return false;
                if (isTitleHead(z)) return true;
            }
            return false;
        }

        /** "Tomas Ekberg, an epidemiologist at ...", "Ngozi Eze, a 54-year-old farmer": a person noun in apposition. */
        boolean appositivePersonAfter(int e) {
            if (e + 2 >= n || !t[e].is(",")) return false;
            int k = e + 1;
            if (!(t[k].key.equals("a") || t[k].key.equals("an") || t[k].key.equals("the"))) return false;
            for (int words = 0; ++k < n && words < 4; ) {
                Token z = t[k];
                if (!z.word) {
                    if (joiningHyphen(k)) continue;
                    return false;
                }
                if (z.cap) return false;
                if (!Character.isDigit(z.text.charAt(0))) words++;
                if (APPOSITIVE_PERSON_NOUNS.contains(z.key)) return true;
            }
            return false;
        }

        boolean speechAfter(int e) {
            int k = e;
            if (k < n && t[k].is(",") && k + 1 < n && t[k + 1].key.equals("who")) return true;
            for (int steps = 0; k < n && steps < 3; k++, steps++) {
                Token z = t[k];
                if (!z.word || z.cap) return false;
                if (SPEECH_VERBS.contains(z.key)) return true;
                if (!VERB_FILLERS.contains(z.key)) return false;
            }
            return false;
        }

        boolean speechBefore(int s) {
            int p = s - 1;
            if (p < 0 || !t[p].word) return false;
            String k = t[p].key;
            if (k.equals("said") || k.equals("says") || k.equals("told") || k.equals("asked")) {
                return s + 1 >= n || !t[s + 1].word || !t[s + 1].cap;
            }
            return k.equals("to") && p > 0 && t[p - 1].key.equals("according");
        }

        // ---------------------------------------------------------------- resolution

        void resolve(List<Span> spans) {
            spans.sort(Comparator.<Span>comparingInt(c -> -(wordCount(c.start, c.end)))
                    .thenComparingInt(c -> -c.strength)
                    .thenComparingInt(c -> c.start));
            for (Span c : spans) accept(c);
        }

        boolean accept(Span c) {
            for (int k = c.start; k < c.end; k++) if (owner[k] != null) return false;
            for (int k = c.start; k < c.end; k++) owner[k] = c;
            accepted.add(c);
            return true;
        }

        /**
         * "Harrowgate" after "Harrowgate Logistics", "Grimsby" after "Grimsby Town" in a sports story: a company's or
         * club's distinctive words name it on their own. Weaker spans on exactly those words (a bare person, a place
         * read from context, a town in a sports story) give way, and the spread below claims them for the organisation.
         * A company named after a known place ("Sheffield Resources") keeps the place for the place.
         */
        void yieldShortNamesToOrganisations() {
            for (Span c : accepted) {
                if (c.kind != EntityKind.ORGANIZATION || c.end - c.start < 2) continue;
                Token head = lastWord(c.start, c.end);
                if (c.strength == TEAM_BY_CONTEXT && head.key.endsWith("s") && head != t[c.start]) {
                    // "Knicks" after "New York Knicks": a team's nickname names it on its own
                    Span prev = shortNames.putIfAbsent(head.key, c);
                    if (prev != null && !prev.canonical.equals(c.canonical)) shortNames.put(head.key, null);
                    continue;
                }
                boolean club = CLUB_SUFFIXES.contains(head.key) || sportsStory && SPORTS_ONLY_CLUB_SUFFIXES.contains(head.key);
                if (!(club && sportsStory || COMPANY_HEADS.contains(head.key))) continue;
                if (SCHOOL_TEAM_SUFFIXES.contains(head.key)) continue; // "Tennessee" alone is still the state
                int e = c.end - 1;
                while (e > c.start && !t[e].word) e--;
                while (e > c.start && (!t[e - 1].word || COMPANY_SUFFIXES.contains(t[e - 1].key))) e--;
                if (e <= c.start || !hasProperWord(c.start, e)) continue;
                if (!club && knownPlace(c.start, e) != null) continue;
                StringBuilder key = new StringBuilder();
                for (int k = c.start; k < e; k++) {
                    if (!t[k].word) continue;
                    if (key.length() > 0) key.append(' ');
                    key.append(t[k].key);
                }
                Span prev = shortNames.putIfAbsent(key.toString(), c);
                if (prev != null && !prev.canonical.equals(c.canonical)) shortNames.put(key.toString(), null);
            }
            shortNames.values().removeIf(java.util.Objects::isNull);
            if (shortNames.isEmpty()) return;
            for (Span c : new ArrayList<>(accepted)) {
                if (c.kind == EntityKind.ORGANIZATION || c.strength >= ORG_BY_HEAD) continue;
                StringBuilder key = new StringBuilder();
                for (int k = c.start; k < c.end; k++) {
                    if (!t[k].word) continue;
                    if (key.length() > 0) key.append(' ');
                    key.append(t[k].key);
                }
                if (shortNames.containsKey(key.toString())) release(c);
            }
        }

        /** Every accepted name also claims its other, context-free occurrences: "Aliyev", "Defence Ministry". */
        void spreadOverArticle() {
            Map<String, Span> lexicon = new HashMap<>();
            Map<String, Span> surnames = new HashMap<>();
            int maxLen = 1;
            for (Span c : new ArrayList<>(accepted)) {
                List<Token> parts = Gazetteer.keyTokens(t, c.start, Integer.MAX_VALUE);
                int len = 0;
                StringBuilder key = new StringBuilder();
                for (Token p : parts) {
                    if (p.start >= t[c.end - 1].end) break;
                    if (len++ > 0) key.append(' ');
                    key.append(Gazetteer.keyOf(p));
                }
                // an acronym spreads only to all-capitals text: "US" never claims "Us"
                boolean acronym = len == 1 && t[c.start].allCaps;
                lexicon.putIfAbsent((acronym ? "^" : "") + key, c);
                maxLen = Math.max(maxLen, len);
                if (c.kind == EntityKind.PERSON && len >= 2) {
                    Token last = lastWord(c.start, c.end);
                    Span prev = surnames.get(last.key);
                    if (prev == null) surnames.put(last.key, c);
                    else if (!prev.canonical.equals(c.canonical)) surnames.put(last.key, null); // ambiguous
                }
            }
            surnames.forEach((k, v) -> {
                if (v != null) lexicon.putIfAbsent(k, v);
            });
            // "Marcus told the guys" after "Marcus Ebbeling": a lone given name of exactly one person is that person
            Map<String, Span> givenNames = new HashMap<>();
            for (Span c : accepted) {
                if (c.kind != EntityKind.PERSON || wordCount(c.start, c.end) < 2 || !gaz.isGivenName(t[c.start].key)) continue;
                Gazetteer.Alias known = gaz.alias(t[c.start].key);
                if (known != null && known.entry().kind() != EntityKind.PERSON) continue; // "Vladimir" stays the city
                Span prev = givenNames.putIfAbsent(t[c.start].key, c);
                if (prev != null && !prev.canonical.equals(c.canonical)) givenNames.put(t[c.start].key, null);
            }
            givenNames.forEach((k, v) -> {
                if (v != null) lexicon.putIfAbsent(k, v);
            });
            shortNames.forEach(lexicon::putIfAbsent);
            for (int i = 0; i < n; i++) {
                if (owner[i] != null || !t[i].word || !t[i].cap) continue;
                StringBuilder key = new StringBuilder();
                Span found = null;
                int foundEnd = -1;
                int words = 0;
                for (int j = i; j < n && words < maxLen && owner[j] == null; j++) {
                    Token x = t[j];
                    if (!x.word) {
                        if (joiningHyphen(j)) continue;
                        break;
                    }
                    if (words > 0 && (x.lineStart || !x.cap)) break;
                    if (words++ > 0) key.append(' ');
                    key.append(x.key);
                    Span s = lexicon.get(key.toString());
                    if (s == null && words == 1 && x.allCaps) s = lexicon.get("^" + key);
                    if (s != null) {
                        found = s;
                        foundEnd = j + 1;
                    }
                }
                if (found == null) continue;
                if (found.kind == EntityKind.PERSON) {
                    // "Heydar Aliyev" next to "Ilham Aliyev": a capitalised word glued on means another person
                    if (foundEnd < n && t[foundEnd].word && t[foundEnd].cap && !t[foundEnd].lineStart
                            && owner[foundEnd] == null) {
                        continue;
                    }
                    int s = i;
                    while (s > 0 && !t[s].lineStart && owner[s - 1] == null && t[s - 1].word && t[s - 1].cap
                            && !t[s - 1].headline && !isTitleHead(t[s - 1]) && !TITLE_MODIFIERS.contains(t[s - 1].key)
                            && !gaz.isDemonym(t[s - 1].key) && !FUNCTION_WORDS.contains(t[s - 1].key)
                            && !NON_NAMES.contains(t[s - 1].key)) {
                        s--;
                    }
                    if (s < i) {
                        accept(new Span(EntityKind.PERSON, s, foundEnd, text(s, foundEnd), SPREAD_IN_ARTICLE, false));
                        i = foundEnd - 1;
                        continue;
                    }
                }
                accept(new Span(found.kind, i, foundEnd, found.canonical, SPREAD_IN_ARTICLE, found.fromGazetteer));
                i = foundEnd - 1;
            }
        }

        /**
         * Recurrence: an unknown capitalised name of 2-3 words that the article uses at least twice, once at least
         * mid-sentence, is a name even with no cue. It is typed from its parts: a given name then a plausible surname
         * is a person, an organisation head word an organisation, a place noun or a preposition of place ("in",
         * "at", "near", "from") before one occurrence a place; with none of these it is left out.
         */
        void acceptRecurringNames() {
            Map<String, List<int[]>> occurrences = new HashMap<>();
            for (int i = 0; i < n; i++) {
                if (!t[i].word || !t[i].cap || t[i].headline) continue;
                if (i > 0 && !t[i].lineStart && (t[i - 1].word && t[i - 1].cap || joiningHyphen(i - 1))) continue;
                int e = capitalisedRunEnd(i);
                int s = trimNameStart(i, e);
                int words = wordCount(s, e);
                if (words >= 2 && words <= 3 && free(s, e) && !t[e - 1].headline) {
                    occurrences.computeIfAbsent(runKey(s, e), k -> new ArrayList<>(2)).add(new int[] {s, e});
                }
                i = e - 1;
            }
            for (List<int[]> occ : occurrences.values()) {
                if (occ.size() < 2) continue;
                boolean midSentence = false;
                boolean afterPlacePreposition = false;
                for (int[] o : occ) {
                    if (!t[o[0]].sentenceStart) midSentence = true;
                    Token before = o[0] > 0 ? t[o[0] - 1] : null;
                    if (before != null && before.word && !before.cap && !before.lineStart
                            && (before.key.equals("in") || before.key.equals("at") || before.key.equals("near")
                                || before.key.equals("from"))) {
                        afterPlacePreposition = true;
                    }
                }
                if (!midSentence) continue;
                int[] first = occ.get(0);
                EntityKind kind = recurringNameKind(first[0], first[1], afterPlacePreposition);
                if (kind == null) continue;
                String canonical = text(first[0], first[1]);
                for (int[] o : occ) {
                    if (free(o[0], o[1])) accept(new Span(kind, o[0], o[1], canonical, RECURRING_NAME, false));
                }
            }
        }

        EntityKind recurringNameKind(int s, int e, boolean afterPlacePreposition) {
            List<Token> words = new ArrayList<>(3);
            for (int k = s; k < e; k++) {
                Token y = t[k];
                if (!y.word) continue;
                if (NON_NAMES.contains(y.key) || TITLE_HEADS.contains(y.key) || TITLE_MODIFIERS.contains(y.key)
                        || FUNCTION_WORDS.contains(y.key) || gaz.isDemonym(y.key) || y.text.length() < 2) {
                    return null; // months, weekdays, titles, section words: not an unknown name
                }
                if (strong[k] != null) return null; // the gazetteer's own reading was already weighed
                words.add(y);
            }
            Token head = words.get(words.size() - 1);
            boolean allCommon = true;
            for (Token w : words) if (!gaz.isCommonWord(w.key)) allCommon = false;
            if (allCommon) return null;
            for (Token w : words) {
                if (ORG_HEADS.contains(w.key) || COMPANY_HEADS.contains(w.key)) return EntityKind.ORGANIZATION;
            }
            if (ADMIN_UNITS.contains(head.key) || GEO_FEATURES.contains(head.key)) return EntityKind.LOCATION;
            Token given = words.get(0);
            if (words.size() == 2 && gaz.isGivenName(given.key) && !gaz.isCommonWord(head.key)
                    && !companyLike(words)) {
                return EntityKind.PERSON;
            }
            if (afterPlacePreposition && noCommonWords(words) && !companyLike(words)) return EntityKind.LOCATION;
            return null;
        }

        /**
         * One name, one entity: when the same words were typed two ways in the article ("Somaliland" a place by
         * the gazetteer, and a person before "said"), the weaker, cue-only reading takes the stronger one's type and
         * canonical name. Gazetteer readings keep theirs.
         */
        void unifyTypesAcrossArticle() {
            Map<String, Span> strongest = new HashMap<>();
            for (Span c : accepted) {
                String key = runKey(c.start, c.end);
                Span prev = strongest.get(key);
                if (prev == null || c.strength > prev.strength) strongest.put(key, c);
            }
            for (Span c : new ArrayList<>(accepted)) {
                Span best = strongest.get(runKey(c.start, c.end));
                if (best == c || best.kind == c.kind || c.fromGazetteer || c.strength >= ORG_BY_HEAD
                        || best.strength <= c.strength) {
                    continue;
                }
                release(c);
                accept(new Span(best.kind, c.start, c.end, best.canonical, c.strength, best.fromGazetteer));
            }
        }

        /** Towns that are also surnames or words ("Vladimir", "Hamilton") count only with place context. */
        void acceptConfirmedWeakPlaces() {
            List<Gazetteer.Match> candidates = new ArrayList<>();
            for (int i = 0; i < n; i++) if (weak[i] != null) candidates.add(weak[i]);
            candidates.sort(Comparator.comparingInt(m -> -(m.end() - m.start())));
            boolean changed = true;
            for (int round = 0; round < 2 && changed; round++) {
                changed = false;
                for (Gazetteer.Match m : candidates) {
                    if (!free(m.start(), m.end()) || !weakPlaceConfirmed(m)) continue;
                    Gazetteer.Entry e = m.entry();
                    changed |= accept(new Span(e.kind(), m.start(), m.end(), e.canonical(), WEAK_PLACE_CONFIRMED, true));
                }
            }
        }

        boolean weakPlaceConfirmed(Gazetteer.Match m) {
            int s = m.start();
            int e = m.end();
            Token first = t[s];
            for (Span c : accepted) if (c.canonical.equals(m.entry().canonical())) return true;
            if (first.headline) return false;
            if (e - s == 1 && (gaz.isDemonym(first.key) || NON_NAMES.contains(first.key))) return false;
            if (e < n && (t[e].text.equals("'s") || t[e].text.equals("’s") || (t[e].word && t[e].cap)
                    || ((t[e].text.equals("'") || t[e].text.equals("’")) && !t[e].spaceBefore))) {
                return false; // "in Plato's", "in Vladimir Putin": a name, not a place
            }
            // a town that is also a given name ("Vladimir", "Winston") needs more than a preposition
            boolean givenName = e - s == 1 && gaz.isGivenName(first.key);
            if (!givenName && s > 0 && t[s - 1].word && PLACE_PREPOSITIONS.contains(t[s - 1].key)) return true;
            // "Østensjø Rederi of Haugesund", "Tom Hale of Rosehearty": a name's "of TOWN" says where it is from
            if (!givenName && s > 1 && t[s - 1].key.equals("of") && t[s - 2].word && t[s - 2].cap && !t[s - 2].sentenceStart
                    && !ORG_HEADS.contains(t[s - 2].key) && !PLACE_OF_HEADS.contains(t[s - 2].key)) return true;
            if (e + 1 < n && t[e].is(",") && owner[e + 1] != null && owner[e + 1].kind == EntityKind.LOCATION
                    && owner[e + 1].fromGazetteer) return true;
            if (e < n && t[e].word && !t[e].cap && KNOWN_PLACE_NOUNS.contains(t[e].key)) return true;
            if (e < n && t[e].is(",") && appositivePlaceAfter(e)) return true;
            boolean listBefore = s > 1 && (t[s - 1].is(",") || t[s - 1].key.equals("and") || t[s - 1].key.equals("or"))
                    && owner[s - 2] != null && owner[s - 2].kind == EntityKind.LOCATION;
            boolean listAfter = e + 1 < n && (t[e].is(",") || t[e].key.equals("and") || t[e].key.equals("or"))
                    && owner[e + 1] != null && owner[e + 1].kind == EntityKind.LOCATION;
            return listBefore || listAfter;
        }

        /** "in Cherektar" after "Charektar", "in Shushi" for the gazetteer's Shusha: spelling skeletons. */
        void acceptPlaceVariants() {
            Map<String, String> docPlaces = new HashMap<>();
            for (Span c : accepted) {
                if (c.kind == EntityKind.LOCATION) {
                    docPlaces.putIfAbsent(NameFolding.skeleton(NameFolding.fold(c.canonical)), c.canonical);
                }
            }
            for (int i = 1; i < n; i++) {
                Token x = t[i];
                if (owner[i] != null || !x.word || !x.cap || x.headline || x.allCaps || x.key.length() < 5) continue;
                if (strong[i] != null || weak[i] != null || gaz.isDemonym(x.key) || NON_NAMES.contains(x.key)
                        || gaz.isCommonWord(x.key) || gaz.isGivenName(x.key) || GEO_FEATURES.contains(x.key)
                        || ADMIN_UNITS.contains(x.key) || ORG_HEADS.contains(x.key)) continue;
                if (!PLACE_PREPOSITIONS.contains(t[i - 1].key) || (i + 1 < n && t[i + 1].word && t[i + 1].cap)) continue;
                String sk = NameFolding.skeleton(x.key);
                if (sk.length() < 4) continue;
                String canonical = docPlaces.get(sk);
                boolean known = canonical != null;
                if (canonical == null) {
                    Gazetteer.Entry e = gaz.placeBySkeleton(sk);
                    if (e != null) canonical = e.canonical();
                }
                if (canonical != null) {
                    accept(new Span(EntityKind.LOCATION, i, i + 1, canonical, WEAK_PLACE_CONFIRMED, !known));
                }
            }
        }

        /** "Councilman Mike Gallagher of Parma", "Rep. Julian Hollis of Savannah": a person's "of X" is a place. */
        void acceptHometowns() {
            for (Span c : new ArrayList<>(accepted)) {
                if (c.kind != EntityKind.PERSON || c.end + 1 >= n) continue;
                int of = c.end;
                // "Callum Strachan, 47, of Rosehearty": the age sits between the name and the town
                if (of + 3 < n && t[of].is(",") && t[of + 1].word && Character.isDigit(t[of + 1].text.charAt(0))
                        && t[of + 2].is(",")) of += 3;
                if (!t[of].key.equals("of")) continue;
                int k = of + 1;
                if (k >= n) continue;
                if (!t[k].word || !t[k].cap || t[k].lineStart) continue;
                int e = capitalisedRunEnd(k);
                if (e - k > 3) continue;
                Span o = owner[k];
                if (o != null && !(o.kind == EntityKind.PERSON && o.start == k && o.end == e && wordCount(k, e) == 1)) continue;
                if (!free(k, e) && o == null) continue;
                boolean institution = false;
                for (int j = k; j < e; j++) {
                    if (ORG_HEADS.contains(t[j].key) || gaz.isDemonym(t[j].key) || NON_NAMES.contains(t[j].key)) institution = true;
                }
                if (institution) continue;
                if (o != null) release(o);
                Gazetteer.Entry known = knownPlace(k, e);
                accept(new Span(EntityKind.LOCATION, k, e, known != null ? known.canonical() : text(k, e),
                        WEAK_PLACE_CONFIRMED, known != null));
            }
        }

        void release(Span c) {
            for (int k = c.start; k < c.end; k++) if (owner[k] == c) owner[k] = null;
            accepted.remove(c);
        }

        /** "Nairobi, Nakuru and Kisumu", "the cities of Cucuta and Tibu": unknown names listed with places. */
        void acceptListedPlaces() {
            boolean changed = true;
            for (int round = 0; round < 3 && changed; round++) {
                changed = false;
                for (int i = 1; i < n; i++) {
                    Token x = t[i];
                    Span lonePerson = owner[i];
                    // "Residents of Chouteau and Adair asked": a lone word read as a person from a verb, listed with a place
                    if (lonePerson != null && !(lonePerson.kind == EntityKind.PERSON && lonePerson.start == i
                            && lonePerson.end == i + 1 && lonePerson.strength <= PERSON_BY_SPEECH && listedWithPlace(i, i + 1))) {
                        continue;
                    }
                    if (!x.word || !x.cap || x.headline || x.sentenceStart || x.allCaps) continue;
                    if (lonePerson != null) release(lonePerson);
                    int e = capitalisedRunEnd(i);
                    if (e - i > 3 || !free(i, e)) continue;
                    boolean plain = true;
                    for (int k = i; k < e; k++) {
                        String key = t[k].key;
                        if (gaz.isCommonWord(key) || gaz.isDemonym(key) || NON_NAMES.contains(key) || gaz.isGivenName(key)
                                || ORG_HEADS.contains(key) || TITLE_HEADS.contains(key) || key.length() < 3) plain = false;
                    }
                    if (!plain || !listedWithPlace(i, e)) continue;
                    Gazetteer.Entry known = knownPlace(i, e);
                    changed |= accept(new Span(EntityKind.LOCATION, i, e, known != null ? known.canonical() : text(i, e),
                            WEAK_PLACE_CONFIRMED, known != null));
                    i = e - 1;
                }
            }
        }

        /** "Seedcamp and Point Nine", "SAP and Oracle": unknown names listed with an organisation are ones too. */
        void acceptListedOrganisations() {
            boolean changed = true;
            for (int round = 0; round < 3 && changed; round++) {
                changed = false;
                for (int i = 1; i < n; i++) {
                    Token x = t[i];
                    if (owner[i] != null || !x.word || !x.cap || x.headline || x.allCaps && x.text.length() < 2) continue;
                    if (x.sentenceStart && gaz.isCommonWord(x.key)) continue;
                    if (t[i - 1].word && t[i - 1].cap && !x.lineStart) continue; // inside a longer name ("Go North West")
                    int e = capitalisedRunEnd(i);
                    if (wordCount(i, e) == 1 && gaz.isCommonWord(x.key)) continue; // "Housing and Communities"
                    if (wordCount(i, e) > 4 || !free(i, e) || !listedWithOrganisation(i, e)) continue;
                    if (wordCount(i, e) >= 2 && gaz.isGivenName(x.key) || knownPlace(i, e) != null) continue;
                    boolean plain = true;
                    for (int k = i; k < e; k++) {
                        String key = t[k].key;
                        if (t[k].word && (gaz.isDemonym(key) || NON_NAMES.contains(key) || TITLE_HEADS.contains(key))) {
                            plain = false;
                        }
                    }
                    if (!plain) continue;
                    changed |= accept(new Span(EntityKind.ORGANIZATION, i, e, text(i, e), WEAK_PLACE_CONFIRMED, false));
                    i = e - 1;
                }
            }
        }

        boolean listedWithOrganisation(int s, int e) {
            if (s >= 2 && (t[s - 1].is(",") || t[s - 1].key.equals("and") || t[s - 1].key.equals("or"))) {
                Span before = owner[s - 2];
                if (before != null && before.kind == EntityKind.ORGANIZATION && before.end == s - 1) return true;
            }
            if (e + 1 < n && (t[e].key.equals("and") || t[e].key.equals("or"))) {
                Span after = owner[e + 1];
                return after != null && after.kind == EntityKind.ORGANIZATION && after.start == e + 1;
            }
            return false;
        }

        boolean listedWithPlace(int s, int e) {
            if (s >= 2 && (t[s - 1].is(",") || t[s - 1].key.equals("and") || t[s - 1].key.equals("or"))) {
                Span before = owner[s - 2];
                if (before != null && before.kind == EntityKind.LOCATION && before.end == s - 1) return true;
            }
            if (e + 1 < n && (t[e].is(",") || t[e].key.equals("and") || t[e].key.equals("or"))) {
                Span after = owner[e + 1];
                return after != null && after.kind == EntityKind.LOCATION && after.start == e + 1
                        && !(t[e].is(",") && after.end < n && !t[after.end].is(",") && !t[after.end].key.equals("and"));
            }
            return false;
        }

        boolean commonWordOrPlural(String key) {
            return gaz.isCommonWord(key) || key.endsWith("s") && gaz.isCommonWord(key.substring(0, key.length() - 1));
        }

        // ---------------------------------------------------------------- canonical names

        void canonicalise() {
            // people: a gazetteer alias, else the one longer name in the article ending in the same word
            Map<String, String> bySurname = new HashMap<>();
            for (Span c : accepted) {
                if (c.kind != EntityKind.PERSON) continue;
                Gazetteer.Alias a = gaz.alias(NameFolding.fold(c.canonical).replace('-', ' '));
                if (a != null && a.entry().kind() == EntityKind.PERSON) c.canonical = a.entry().canonical();
            }
            for (Span c : accepted) {
                if (c.kind != EntityKind.PERSON) continue;
                String[] words = NameFolding.fold(c.canonical).split(" ");
                if (words.length < 2) continue;
                String last = words[words.length - 1];
                String prev = bySurname.putIfAbsent(last, c.canonical);
                if (prev != null && !prev.equals(c.canonical)) bySurname.put(last, "");
            }
            for (Span c : accepted) {
                if (c.kind != EntityKind.PERSON) continue;
                String[] words = NameFolding.fold(c.canonical).split(" ");
                if (words.length == 1) {
                    String full = bySurname.get(words[0]);
                    if (full != null && !full.isEmpty()) c.canonical = full;
                }
            }
            // "Azerbaijan's Foreign Ministry" is the "Azerbaijani Foreign Ministry", not every foreign ministry
            for (Span c : accepted) {
                if (c.kind != EntityKind.ORGANIZATION || c.fromGazetteer || c.start < 2) continue;
                Token apostrophe = t[c.start - 1];
                Span country = owner[c.start - 2];
                if (!(apostrophe.text.equals("'s") || apostrophe.text.equals("’s")) || country == null
                        || country.kind != EntityKind.LOCATION || !allCommonWords(c.start, c.end)) continue;
                String demonym = gaz.demonymOf(country.canonical);
                if (demonym != null) c.canonical = demonym + " " + c.canonical;
            }
            // organisations: "Defence Ministry" is the article's "Turkish Defence Ministry" when that is unique
            for (Span c : accepted) {
                if (c.kind != EntityKind.ORGANIZATION || c.fromGazetteer) continue;
                String key = " " + NameFolding.fold(c.canonical);
                String match = null;
                for (Span o : accepted) {
                    if (o.kind != EntityKind.ORGANIZATION || o.canonical.equals(c.canonical)) continue;
                    String other = " " + NameFolding.fold(o.canonical);
                    // "Defence Ministry" ends "Turkish Defence Ministry"; "Parkvale" starts "Parkvale Surgical Partners"
                    if (other.length() > key.length() && (other.endsWith(key) || (other + " ").startsWith(key + " "))) {
                        if (match != null && !match.equals(o.canonical)) {
                            match = null;
                            break;
                        }
                        match = o.canonical;
                    }
                }
                if (match != null) c.canonical = match;
            }
            // places named only from context: merge spelling variants with an earlier place of the article
            List<Span> places = new ArrayList<>();
            for (Span c : accepted) if (c.kind == EntityKind.LOCATION) places.add(c);
            places.sort(Comparator.comparingInt(c -> c.start));
            Map<String, String> bySkeleton = new LinkedHashMap<>();
            for (Span c : places) {
                if (c.fromGazetteer) bySkeleton.putIfAbsent(skeletonOf(c.canonical), c.canonical);
            }
            for (Span c : places) {
                String sk = skeletonOf(c.canonical);
                String first = bySkeleton.putIfAbsent(sk, c.canonical);
                if (!c.fromGazetteer && first != null && sk.length() >= 4) c.canonical = first;
            }
        }

        /** "Typhoon Bopha … Bopha killed": the storm's name and its later bare uses are no entity. */
        void dropNamedStorms() {
            Set<String> storms = new HashSet<>();
            for (Span c : accepted) {
                if (c.fromGazetteer && c.kind == EntityKind.LOCATION) continue;
                if (STORM_WORDS.contains(t[c.start].key) && c.end - c.start >= 2) {
                    storms.add(NameFolding.fold(text(c.start + 1, c.end)));
                } else if (c.start > 0 && t[c.start - 1].word && STORM_WORDS.contains(t[c.start - 1].key)) {
                    storms.add(NameFolding.fold(c.canonical));
                }
            }
            if (storms.isEmpty()) return;
            accepted.removeIf(c -> {
                boolean storm = STORM_WORDS.contains(t[c.start].key) && c.end - c.start >= 2
                        || storms.contains(NameFolding.fold(c.canonical)) && !(c.fromGazetteer
                        && c.kind == EntityKind.LOCATION);
                if (storm) for (int k = c.start; k < c.end; k++) if (owner[k] == c) owner[k] = null;
                return storm;
            });
        }

        /**
         * "Petroleo Brasileiro SA (Petrobras)", "Bucharest Stock Exchange (BVB)": a short name in brackets right after
         * a name is that entity's, even when its letters do not spell it; its later uses follow.
         */
        void mergeBracketedShortNames() {
            Map<String, String> renamed = new HashMap<>();
            for (Span c : accepted) {
                int open = c.start - 1;
                if (open < 1 || !(t[open].is("(") || t[open].is("[")) || c.end >= n
                        || !(t[c.end].is(")") || t[c.end].is("]")) || c.end - c.start > 2) continue;
                Span name = owner[open - 1];
                if (name == null || name == c || name.end != open || name.kind != c.kind
                        || name.canonical.equals(c.canonical) || wordCount(name.start, name.end) < 2) continue;
                if (c.kind == EntityKind.PERSON) continue; // "(Reuters)" after a person is a credit, not an alias
                renamed.putIfAbsent(c.kind + ":" + NameFolding.fold(c.canonical), name.canonical);
            }
            if (renamed.isEmpty()) return;
            for (Span c : accepted) {
                String to = renamed.get(c.kind + ":" + NameFolding.fold(c.canonical));
                if (to != null) c.canonical = to;
            }
        }

        /** "Marion County … officials in Marion": the bare name is the county (or district, province) found. */
        void mergeBareCountyNames() {
            Map<String, String> units = new HashMap<>();
            for (Span c : accepted) {
                if (c.kind != EntityKind.LOCATION) continue;
                String[] words = NameFolding.fold(c.canonical).split(" ");
                if (words.length < 2 || !COUNTY_LIKE.contains(words[words.length - 1])) continue;
                String bare = String.join(" ", java.util.Arrays.copyOf(words, words.length - 1));
                String prev = units.putIfAbsent(bare, c.canonical);
                if (prev != null && !prev.equals(c.canonical)) units.put(bare, "");
            }
            if (units.isEmpty()) return;
            // "NAIROBI, Kenya —": a dateline names the city, which stays apart from its county
            for (Span c : accepted) {
                if (c.kind == EntityKind.LOCATION && t[c.start].allCaps && (c.start == 0 || t[c.start].lineStart)) {
                    units.put(NameFolding.fold(c.canonical), "");
                }
            }
            for (Span c : accepted) {
                if (c.kind != EntityKind.LOCATION) continue;
                String to = units.get(NameFolding.fold(c.canonical));
                if (to != null && !to.isEmpty()) c.canonical = to;
            }
        }

        /** "S. Vel Murugesan … Vel Murugesan said": a name ending a person's full name after initials is that person. */
        void mergeNamesAfterInitials() {
            Map<String, String> byTail = new HashMap<>();
            for (Span c : accepted) {
                if (c.kind != EntityKind.PERSON) continue;
                String[] words = NameFolding.fold(c.canonical).split(" ");
                int initials = 0;
                while (initials < words.length - 2 && words[initials].length() == 1) initials++;
                if (initials == 0) continue;
                String tail = String.join(" ", java.util.Arrays.copyOfRange(words, initials, words.length));
                String prev = byTail.putIfAbsent(tail, c.canonical);
                if (prev != null && !prev.equals(c.canonical)) byTail.put(tail, "");
            }
            if (byTail.isEmpty()) return;
            for (Span c : accepted) {
                if (c.kind != EntityKind.PERSON) continue;
                String to = byTail.get(NameFolding.fold(c.canonical));
                if (to != null && !to.isEmpty()) c.canonical = to;
            }
        }

        String skeletonOf(String canonical) {
            return NameFolding.skeleton(NameFolding.fold(canonical));
        }

        // ---------------------------------------------------------------- output

        List<TaggedEntity> assemble(String title) {
            accepted.sort(Comparator.comparingInt(c -> c.start));
            Map<String, List<Span>> groups = new LinkedHashMap<>();
            for (Span c : accepted) {
                String slug = NameFolding.slug(c.canonical);
                if (slug.isEmpty()) continue;
                groups.computeIfAbsent(c.kind.name().toLowerCase(Locale.ROOT) + ":" + slug, k -> new ArrayList<>()).add(c);
            }
            Map<String, String> titleNames = new LinkedHashMap<>(); // id -> surface form in the title
            Map<String, Span> titleOnly = new LinkedHashMap<>();
            if (title != null && !title.isBlank()) tagTitle(title, groups, titleNames, titleOnly);
            List<TaggedEntity> out = new ArrayList<>(groups.size() + titleOnly.size());
            for (Map.Entry<String, List<Span>> g : groups.entrySet()) {
                List<Span> spans = g.getValue();
                List<Mention> mentions = new ArrayList<>(spans.size());
                boolean salient = titleNames.containsKey(g.getKey());
                for (Span c : spans) {
                    int start = t[c.start].start;
                    int end = t[c.end - 1].end;
                    mentions.add(new Mention(body.substring(start, end), start, end));
                    if (t[c.start].paragraph == 0) salient = true;
                }
                Span first = spans.get(0);
                out.add(new TaggedEntity(g.getKey(), first.canonical, first.kind, mentions.get(0).text(), mentions,
                        salient));
            }
            for (Map.Entry<String, Span> g : titleOnly.entrySet()) {
                Span c = g.getValue();
                out.add(new TaggedEntity(g.getKey(), c.canonical, c.kind, titleNames.get(g.getKey()), List.of(), true));
            }
            return out;
        }

        /** Titles are title-cased: only names the article or the curated and strong gazetteer know count there. */
        void tagTitle(String title, Map<String, List<Span>> groups, Map<String, String> titleNames,
                      Map<String, Span> titleOnly) {
            Map<String, Span> lexicon = new HashMap<>();
            int maxLen = 1;
            for (List<Span> spans : groups.values()) {
                for (Span c : spans) {
                    StringBuilder key = new StringBuilder();
                    int len = 0;
                    for (int k = c.start; k < c.end; k++) {
                        if (!t[k].word) continue;
                        if (len++ > 0) key.append(' ');
                        key.append(t[k].key);
                    }
                    lexicon.putIfAbsent((len == 1 && t[c.start].allCaps ? "^" : "") + key, c);
                    maxLen = Math.max(maxLen, len);
                    if (c.kind == EntityKind.PERSON) {
                        Token last = lastWord(c.start, c.end);
                        String[] canonicalWords = NameFolding.fold(c.canonical).split(" ");
                        if (last != null && canonicalWords[canonicalWords.length - 1].equals(last.key)) {
                            lexicon.putIfAbsent(last.key, c);
                        }
                    }
                }
            }
            Token[] tt = Tokenizer.tokenize(title);
            for (int i = 0; i < tt.length; i++) {
                if (!tt[i].word || !(tt[i].cap || Character.isDigit(tt[i].text.charAt(0)))) continue;
                Span found = null;
                int foundEnd = -1;
                StringBuilder key = new StringBuilder();
                int words = 0;
                for (int j = i; j < tt.length && words < maxLen; j++) {
                    if (!tt[j].word) {
                        if (tt[j].text.equals("-") && !tt[j].spaceBefore) continue;
                        break;
                    }
                    if (words++ > 0) key.append(' ');
                    key.append(tt[j].key);
                    Span s = lexicon.get(key.toString());
                    if (s == null && words == 1 && tt[j].allCaps) s = lexicon.get("^" + key);
                    if (s != null) {
                        found = s;
                        foundEnd = j + 1;
                    }
                }
                Gazetteer.Match g = gaz.longestAt(tt, i)[0];
                if (g != null && g.end() > foundEnd) {
                    Gazetteer.Entry e = g.entry();
                    found = new Span(e.kind(), -1, -1, e.canonical(), STRONG_NAME, true);
                    foundEnd = g.end();
                }
                if (found == null) continue;
                String id = found.kind.name().toLowerCase(Locale.ROOT) + ":" + NameFolding.slug(found.canonical);
                String surface = title.substring(tt[i].start, tt[foundEnd - 1].end);
                titleNames.putIfAbsent(id, surface);
                if (!groups.containsKey(id)) titleOnly.putIfAbsent(id, found);
                i = foundEnd - 1;
            }
        }

        // ---------------------------------------------------------------- small token helpers

        String text(int s, int e) {
            String raw = body.substring(t[s].start, t[e - 1].end);
            for (int k = 0; k < raw.length(); k++) {
                char c = raw.charAt(k);
                if (c != ' ' && Character.isWhitespace(c) || c == ' ' && k + 1 < raw.length() && raw.charAt(k + 1) == ' ') {
                    return raw.replaceAll("\\s+", " "); // rare: a name broken over a line or double spaces
                }
            }
            return raw;
        }

        boolean free(int s, int e) {
            for (int k = s; k < e; k++) if (owner[k] != null) return false;
            return true;
        }

        int wordCount(int s, int e) {
            int c = 0;
            for (int k = s; k < e; k++) if (t[k].word) c++;
            return c;
        }

        Token lastWord(int s, int e) {
            for (int k = e - 1; k >= s; k--) if (t[k].word) return t[k];
            return null;
        }

        /** "Nagorno-Karabakh", "Jean-Claude": a hyphen with no space on either side. */
        boolean joiningHyphen(int k) {
            Token z = t[k];
            return !z.word && (z.text.equals("-") || z.text.equals("–")) && !z.spaceBefore && k + 1 < n
                    && !t[k + 1].spaceBefore && k > 0 && t[k - 1].word && t[k + 1].word;
        }

        /** Start of the capitalised run that ends right before token {@code end}, within its line. */
        int capitalisedRunStart(int end) {
            int s = end;
            while (s > 0 && !t[s].lineStart) {
                Token z = t[s - 1];
                if (z.word && z.cap && !z.headline) s--;
                else if (joiningHyphen(s - 1)) s--;
                else break;
            }
            return s;
        }

        int capitalisedRunEnd(int start) {
            int e = start;
            while (e < n && (e == start || !t[e].lineStart)) {
                Token z = t[e];
                if (z.word && z.cap) e++;
                else if (joiningHyphen(e)) e++;
                else break;
            }
            return e;
        }

        int runStartBefore(int end, int max) {
            int s = end;
            while (s > 0 && end - s < max && !t[s].lineStart) {
                Token z = t[s - 1];
                if (z.word && (z.cap || ORG_CONNECTORS.contains(z.key) || z.key.equals("in"))) s--;
                else if (joiningHyphen(s - 1)) s--;
                else break;
            }
            return s;
        }

        /** Drops leading words that cannot start a name: "The", demonyms, titles, a sentence-initial "Residents". */
        int trimNameStart(int s, int e) {
            while (s < e) {
                Token z = t[s];
                boolean drop = !z.word || FUNCTION_WORDS.contains(z.key) || NON_NAMES.contains(z.key)
                        || TITLE_HEADS.contains(z.key) || gaz.isDemonym(z.key)
                        || (z.sentenceStart && gaz.isCommonWord(z.key) && strong[s] == null && weak[s] == null)
                        || startsWithCompanyDescriptor(s, e);
                if (!drop) break;
                s++;
            }
            return s;
        }

        /** "Lender Banco Meridional SA": a trade noun opening the sentence before a capitalised name. */
        boolean startsWithCompanyDescriptor(int s, int e) {
            Token z = t[s];
            return z.word && (z.sentenceStart || z.lineStart) && COMPANY_DESCRIPTORS.contains(z.key) && s + 1 < e
                    && t[s + 1].word && t[s + 1].cap && strong[s] == null;
        }

        /** At least one word that is a name rather than a common word ("Third District" is not a place). */
        boolean hasProperWord(int s, int e) {
            if (strong[s] != null || weak[s] != null) return true;
            for (int k = s; k < e; k++) {
                if (t[k].word && t[k].cap && !gaz.isCommonWord(t[k].key) && !gaz.isDemonym(t[k].key)) return true;
            }
            return false;
        }

        Gazetteer.Entry knownPlace(int s, int e) {
            if (strong[s] != null && strong[s].end() == e && strong[s].entry().kind() == EntityKind.LOCATION) {
                return strong[s].entry();
            }
            if (weak[s] != null && weak[s].end() == e && weak[s].entry().kind() == EntityKind.LOCATION) {
                return weak[s].entry();
            }
            return null;
        }

        /** The gazetteer's name for tokens [s, e) when it knows them as a place, else their text; null if not a place. */
        String placeCanonical(int s, int e) {
            Gazetteer.Entry known = knownPlace(s, e);
            if (known != null) return known.canonical();
            if (strong[s] != null && strong[s].end() == e) return null; // a known organisation or person
            return text(s, e);
        }
    }
}
