package io.newsflow.enrich.entities;

import java.util.Set;

/** Closed word classes the tagger's context rules read. All entries are folded (lower case, no periods). */
final class ContextCues {
    private ContextCues() {
    }

    /** Words that, right before a capitalised name, make it a person: "President X", "Mr. X", "counterpart X". */
    static final Set<String> TITLE_HEADS = Set.of(
            "president", "premier", "chancellor", "minister", "secretary", "senator", "sen", "rep", "representative",
            "congressman", "congresswoman", "governor", "gov", "mayor", "king", "queen", "prince", "princess", "pope",
            "sheikh", "sheik", "emir", "ayatollah", "general", "gen", "lt", "lieutenant", "colonel", "col", "major",
            "maj", "captain", "capt", "sergeant", "sgt", "admiral", "adm", "marshal", "commander", "judge", "justice",
            "ambassador", "envoy", "spokesman", "spokeswoman", "spokesperson", "chairman", "chairwoman", "chair",
            "ceo", "cfo", "director", "chief", "dr", "mr", "mrs", "ms", "miss", "prof", "professor", "rev",
            "reverend", "father", "bishop", "archbishop", "cardinal", "patriarch", "rabbi", "imam", "cleric", "lord",
            "lady", "sir", "dame", "speaker", "leader", "coach", "counterpart", "founder", "co-founder", "economist",
            "analyst", "correspondent", "journalist", "reporter", "commissioner", "mp", "lawmaker", "legislator",
            "attorney", "prosecutor", "lawyer", "activist", "businessman", "businesswoman", "billionaire", "tycoon",
            "candidate", "rival", "opponent", "dictator", "strongman", "councillor", "councilman", "councilwoman",
            "councilmember", "alderman", "supervisor", "sheriff", "inspector", "detective", "constable",
            "superintendent", "magistrate", "coroner", "barrister", "solicitor", "assemblyman", "assemblywoman", "delegate",
            "president-elect", "commander-in-chief", "ombudsman", "diplomat", "official", "officer", "negotiator",
            "adviser", "advisor", "aide", "deputy", "vice-president", "author", "writer", "historian",
            "researcher", "scientist", "actor", "actress", "singer", "striker", "midfielder", "defender",
            "goalkeeper", "manager", "executive", "banker", "designer", "architect", "director-general",
            "secretary-general", "presidents", "ministers", "cllr", "coun", "councillors",
            // members of provincial, devolved and European parliaments: "MLA Colby Reinholt", "MEP X"
            "mla", "mpp", "mna", "mha", "mep", "msp", "referee", "umpire");

    /** Title heads that are ordinary words in lower case ("a major city", "the chief reason"): capitals needed. */
    static final Set<String> CAPITALISED_TITLES_ONLY = Set.of(
            "major", "general", "chief", "father", "chair", "justice", "miss", "lady", "sir", "lord", "dame",
            "deputy", "executive", "defender", "king", "queen", "prince", "judge", "official", "officer", "manager",
            "speaker", "leader", "director", "founder", "rival", "opponent", "candidate", "author", "writer");

    /**
     * Words that belong to a title but are not names: "Foreign", "Deputy", "State" in "Deputy Secretary of State".
     * Trimmed from the front of a name run; the words between a title head and the name.
     */
    static final Set<String> TITLE_MODIFIERS = Set.of(
            "deputy", "vice", "acting", "former", "ex", "prime", "first", "chief", "senior", "assistant", "under",
            "undersecretary", "executive", "special", "high", "supreme", "crown", "grand", "interim", "incoming",
            "outgoing", "late", "state", "foreign", "defence", "defense", "interior", "home", "finance", "economy",
            "economic", "trade", "health", "education", "energy", "agriculture", "transport", "labour", "labor",
            "commerce", "treasury", "homeland", "security", "affairs", "exchequer", "environment", "culture", "war",
            "navy", "army", "internal", "external", "national", "public", "information", "communications", "industry",
            "emergency", "situations", "social", "development", "science", "technology", "justice", "intelligence",
            "military", "opposition", "party", "parliamentary", "presidential", "regional", "provincial", "federal",
            "general", "managing", "operating", "financial", "press", "media", "attorney", "lieutenant", "governor",
            "house", "senate", "majority", "minority", "whip", "representative", "permanent", "un", "eu", "nato",
            "new", "then", "de facto", "self-declared", "separatist", "rebel", "royal", "his", "her", "holiness",
            "highness", "majesty", "excellency", "the", "of", "for", "and");

    /** Words that end an organisation name and make a capitalised run an organisation. */
    static final Set<String> ORG_HEADS = Set.of(
            "government", "ministry", "department", "agency", "organization", "organisation", "council", "parliament", "party",
            "union", "bank", "inc", "corp", "corporation", "ltd", "llc", "plc", "gmbh", "ag", "company", "university",
            "college", "institute", "committee", "commission", "guard", "guards", "corps", "court", "assembly",
            "congress", "senate", "association", "foundation", "airlines", "airways", "motors", "holdings",
            "industries", "technologies", "pharmaceuticals", "bureau", "secretariat", "cabinet", "administration",
            "tribunal", "federation", "confederation", "society", "academy", "directorate", "inspectorate",
            "brigade", "brigades", "regiment", "battalion", "division", "command", "militia", "police", "army",
            "navy", "force", "forces", "front", "movement", "alliance", "coalition", "group", "center", "centre",
            "office", "service", "services", "network", "news", "times", "post", "journal", "herald", "tribune",
            "gazette", "telegraph", "radio", "television", "tv", "press", "club", "board", "authority", "fund",
            "trust", "capital", "partners", "systems", "exchange", "church", "mission", "observatory", "laboratory",
            "hospital", "school", "team", "league", "cooperative", "consortium", "chamber", "junta", "politburo",
            "resources", "logistics", "foods", "financial", "securities", "diagnostics", "therapeutics", "mining",
            "minerals", "metals", "brands", "retail", "insurance", "properties", "investments", "ventures",
            "solutions", "software", "electronics", "shipping", "construction", "engineering", "pharma", "biotech",
            "labs", "media", "entertainment", "healthcare", "energy", "telecom", "petroleum", "agro", "nation",
            "conference",
            // South Asian institutions: "Lok Sabha", "Janata Dal", "Shiv Sena", "Zila Parishad"
            "sabha", "sangha", "sangh", "dal", "samiti", "parishad", "morcha", "sena",
            // "Health and Safety Executive", "Scottish Executive": weak, so "Chief Executive" alone is no body
            "executive",
            // legal forms that end company names: "Tammisto Oy", "Kattegat Line A/S", "Banca Ostiense SpA"
            "nv", "bv", "spa", "oyj", "asa", "oy", "ab", "a/s", "sa", "sas", "srl", "sarl", "pty", "llp", "limited",
            "bhd", "tbk", "pvt", "kgaa");

    /**
     * Heads so generic that two words are not enough ("Top News", "Security Forces"): these need a modifier
     * that is a proper name (not a common word or demonym) or at least three words.
     */
    static final Set<String> WEAK_ORG_HEADS = Set.of(
            "group", "center", "centre", "office", "service", "services", "network", "news", "times", "post", "journal",
            "herald", "tribune", "gazette", "telegraph", "radio", "television", "tv", "press", "club", "board",
            "executive", "authority", "fund", "trust", "capital", "partners", "systems", "exchange", "church", "mission", "team",
            "league", "force", "forces", "front", "movement", "alliance", "coalition", "army", "navy", "police",
            "command", "division", "militia", "hospital", "school", "chamber", "society", "court", "union",
            "observatory", "laboratory", "academy", "cooperative", "consortium", "brigade", "brigades", "regiment",
            "battalion", "guard", "guards", "college", "company", "assembly", "cabinet", "administration", "junta",
            "resources", "logistics", "foods", "financial", "securities", "mining", "minerals", "metals", "brands",
            "retail", "insurance", "properties", "investments", "ventures", "solutions", "software", "electronics",
            "shipping", "construction", "engineering", "media", "entertainment", "healthcare", "energy", "nation",
            "conference");

    /**
     * Heads that end a company's name: its distinctive words alone name it later in the article ("Harrowgate
     * Logistics" ... "Harrowgate's board"), which is not true of "Defence Ministry" or "Oxford University".
     */
    static final Set<String> COMPANY_HEADS = Set.of(
            "inc", "corp", "corporation", "ltd", "llc", "plc", "gmbh", "ag", "co", "company", "holdings", "group",
            "partners", "resources", "logistics", "foods", "financial", "securities", "diagnostics", "therapeutics",
            "mining", "minerals", "metals", "brands", "retail", "insurance", "properties", "investments", "ventures",
            "solutions", "software", "electronics", "shipping", "construction", "engineering", "pharma", "biotech",
            "labs", "media", "systems", "technologies", "industries", "pharmaceuticals", "motors", "airlines",
            "airways", "capital", "energy", "telecom", "petroleum", "agro",
            "nv", "bv", "spa", "oyj", "asa", "oy", "ab", "a/s", "sa", "sas", "srl", "sarl", "pty", "llp", "limited",
            "bhd", "tbk", "pvt", "kgaa");

    /** Suffixes that make a capitalised run a sports club in any article: "Carlisle United", "Bolton Wanderers". */
    static final Set<String> CLUB_SUFFIXES = Set.of("united", "rovers", "wanderers", "athletic", "albion", "hotspur",
            "fc", "afc", "rangers", "celtic", "argyle", "orient", "villa", "dynamo", "sc");

    /** Suffixes that make a town's name a club only in a sports story: "Grimsby Town", "Hull City", "Stockport County". */
    static final Set<String> SPORTS_ONLY_CLUB_SUFFIXES = Set.of("town", "city", "county");

    /** Words that mark an article as a sports report (several distinct ones needed). */
    static final Set<String> SPORTS_CUES = Set.of("goal", "goals", "match", "season", "coach", "striker", "midfielder",
            "goalkeeper", "league", "scored", "scores", "fixture", "fixtures", "referee", "stadium", "penalty",
            "playoff", "playoffs", "innings", "wicket", "halftime", "half-time", "kick-off", "derby", "relegation",
            "stoppage", "substitute", "equaliser", "equalizer", "touchdown", "quarterback", "rebounds", "inning",
            "assists", "3-pointers", "three-pointers", "overtime", "touchdowns", "yards", "unbeaten", "standings",
            "roster", "rookie", "semifinal", "semi-final", "quarterfinal", "postseason", "championship", "points",
            "champions", "rebound", "game-high",
            // rugby, cricket and other codes: words no business or politics story uses
            "tries", "scrum", "lineout", "maul", "fly-half", "scrum-half", "flanker", "sin-binned", "sin-bin",
            "penalties", "winger", "fullback", "full-back", "play-off", "play-offs", "semifinals", "semi-finals",
            "hat-trick", "bowler", "wickets", "batsman", "pitcher", "homered", "rushing", "touchline", "kickoff");

    /**
     * Nouns after "X, a/an/the ..." (and a few words) that say X is a person: "Tomas Ekberg, an epidemiologist at",
     * "Ngozi Eze, a 54-year-old farmer". Read only in that appositive position, so they never trim names.
     */
    static final Set<String> APPOSITIVE_PERSON_NOUNS = Set.of(
            "farmer", "resident", "residents", "owner", "teacher", "student", "doctor", "nurse", "epidemiologist",
            "engineer", "worker", "mother", "father", "son", "daughter", "wife", "husband", "widow", "veteran",
            "pilot", "driver", "trader", "shopkeeper", "entrepreneur", "professor", "lecturer",
            "economist", "strategist", "physician", "surgeon", "virologist", "biologist", "chemist", "physicist",
            "pastor", "priest", "father-of-two", "mother-of-two", "grandmother", "grandfather", "retiree",
            "pensioner", "volunteer", "campaigner", "organiser", "organizer", "protester", "survivor", "victim",
            "witness", "consultant", "partner", "head", "coordinator", "fellow", "member", "chairman", "chairwoman");

    /** Words before "in X" that make X a company or market, not a place: "shares in Vantoren", "a stake in X". */
    static final Set<String> NOT_PLACE_BEFORE_IN = Set.of("shares", "share", "stake", "stakes", "investment",
            "investments", "invested", "interest", "holding", "holdings", "role", "job", "jobs", "career", "part",
            "star", "starred", "appeared", "published", "written", "wrote", "reported", "quoted", "believe",
            "believes", "faith", "trust", "confidence", "listed");

    /** Administrative units: "Lachin District" names Lachin, so the canonical drops the unit. */
    static final Set<String> ADMIN_UNITS = Set.of(
            "district", "districts", "region", "province", "oblast", "rayon", "raion", "governorate", "county",
            "prefecture", "municipality", "krai", "okrug", "canton", "voivodeship", "department", "village", "town",
            "city", "settlement", "state", "territory", "commune", "borough", "township", "parish", "emirate");

    /** Geographic features: part of the name ("Lachin Corridor", "Jordan Valley"). */
    static final Set<String> GEO_FEATURES = Set.of(
            "corridor", "valley", "river", "mountains", "mountain", "mount", "lake", "island", "islands", "bay",
            "sea", "strait", "peninsula", "desert", "heights", "strip", "square", "street", "avenue", "canal", "gulf",
            "coast", "falls", "plateau", "basin", "gorge", "pass", "airport", "port", "harbour", "harbor", "enclave",
            "highway", "bridge", "dam", "oasis", "archipelago", "glacier", "delta", "steppe", "plain", "plains",
            "hills", "forest", "park", "camp", "garden", "gardens", "stadium", "arena", "dock", "docks", "interchange",
            "shoal", "reef", "atoll", "boulevard", "terminal", "wharf", "quay", "pier");

    /**
     * Lower-case nouns that, next to an unknown capitalised word, make it a place: "the Kalbajar district",
     * "the village of Charektar". Kept to nouns that follow or precede names of places only.
     */
    static final Set<String> PLACE_NOUNS = Set.of(
            "district", "districts", "region", "province", "oblast", "rayon", "raion", "governorate", "county",
            "prefecture", "municipality", "village", "villages", "town", "city", "settlement", "hamlet", "suburb",
            "corridor", "enclave", "exclave", "commune", "borough", "township");

    /** Administrative units that stay in the canonical name: "Fulton County" is not the town of Fulton. */
    static final Set<String> NAMED_UNITS = Set.of("county", "parish", "borough", "township");

    /** Capitalised first words of place names: "Port Harcourt", "Fort Worth", "Mount Kenya", "Cape Town". */
    static final Set<String> PLACE_PREFIXES = Set.of("port", "fort", "mount", "cape", "lake", "porto", "puerto",
            "rio", "county");

    /** "Gulf of Aden", "Republic of Somaliland": a capitalised head, "of", then the name; the whole is a place. */
    static final Set<String> PLACE_OF_HEADS = Set.of("gulf", "bay", "strait", "straits", "sea", "isle", "cape",
            "lake", "republic", "kingdom", "sultanate", "principality", "emirate", "bight", "port");

    /** Company-form suffixes: "Microsoft Corp" is Microsoft; the suffix never makes a second entity. */
    static final Set<String> COMPANY_SUFFIXES = Set.of("inc", "corp", "co", "ltd", "plc", "llc", "lp", "gmbh", "ag",
            "nv", "bv", "spa", "pjsc", "jsc", "oyj", "asa",
            // legal forms of other countries: Finnish, Swedish, Danish/Norwegian, French/Spanish, Australian, Indian
            "oy", "ab", "a/s", "sa", "sas", "srl", "sarl", "pty", "llp", "limited", "bhd", "tbk", "pvt", "kgaa");

    /**
     * US state abbreviations as AP style and postal codes write them, folded (no periods): "Calif.", "N.Y.",
     * "Ind.". Only read in a dateline or after a city and comma ("El Paso, Tex.") or a party letter ("R-Ind.").
     */
    static final java.util.Map<String, String> US_STATE_ABBREVIATIONS = java.util.Map.ofEntries(
            java.util.Map.entry("ala", "Alabama"), java.util.Map.entry("ariz", "Arizona"),
            java.util.Map.entry("ark", "Arkansas"), java.util.Map.entry("calif", "California"),
            java.util.Map.entry("colo", "Colorado"), java.util.Map.entry("conn", "Connecticut"),
            java.util.Map.entry("del", "Delaware"), java.util.Map.entry("fla", "Florida"),
            java.util.Map.entry("ga", "Georgia"), java.util.Map.entry("ill", "Illinois"),
            java.util.Map.entry("ind", "Indiana"), java.util.Map.entry("kan", "Kansas"),
            java.util.Map.entry("kans", "Kansas"), java.util.Map.entry("ky", "Kentucky"),
            java.util.Map.entry("la", "Louisiana"), java.util.Map.entry("md", "Maryland"),
            java.util.Map.entry("mass", "Massachusetts"), java.util.Map.entry("mich", "Michigan"),
            java.util.Map.entry("minn", "Minnesota"), java.util.Map.entry("miss", "Mississippi"),
            java.util.Map.entry("mo", "Missouri"), java.util.Map.entry("mont", "Montana"),
            java.util.Map.entry("neb", "Nebraska"), java.util.Map.entry("nev", "Nevada"),
            java.util.Map.entry("nh", "New Hampshire"), java.util.Map.entry("nj", "New Jersey"),
            java.util.Map.entry("nm", "New Mexico"), java.util.Map.entry("ny", "New York"),
            java.util.Map.entry("nc", "North Carolina"), java.util.Map.entry("nd", "North Dakota"),
            java.util.Map.entry("okla", "Oklahoma"), java.util.Map.entry("ore", "Oregon"),
            java.util.Map.entry("pa", "Pennsylvania"), java.util.Map.entry("ri", "Rhode Island"),
            java.util.Map.entry("sc", "South Carolina"), java.util.Map.entry("sd", "South Dakota"),
            java.util.Map.entry("tenn", "Tennessee"), java.util.Map.entry("tex", "Texas"),
            java.util.Map.entry("vt", "Vermont"), java.util.Map.entry("va", "Virginia"),
            java.util.Map.entry("wash", "Washington"), java.util.Map.entry("wva", "West Virginia"),
            java.util.Map.entry("wis", "Wisconsin"), java.util.Map.entry("wyo", "Wyoming"),
            java.util.Map.entry("dc", "Washington D.C."));

    /** All-caps first words of a paragraph that are labels, not dateline places: "UPDATE — ...". */
    static final Set<String> NOT_DATELINES = Set.of("update", "updated", "breaking", "exclusive", "analysis", "watch",
            "live", "opinion", "photos", "video", "editor's", "editors", "correction", "note", "advisory", "urgent",
            "flash", "bulletin", "read", "more", "related", "continued", "advertisement", "up", "next");

    /** After "the ... of", these also name places: "the port of Hodeidah", "the island of Lesbos". */
    static final Set<String> PLACE_OF_NOUNS = Set.of("port", "island", "capital", "outskirts", "state", "republic",
            "parts", "coast", "shores", "suburbs", "residents",
            "kingdom", "emirate", "peninsula", "valley", "river", "streets", "people", "cities", "towns");

    /** Around an already known but ambiguous place name, these confirm it: "the Vladimir area". */
    static final Set<String> KNOWN_PLACE_NOUNS = Set.of("area", "state", "capital", "port", "island", "river",
            "valley", "airport", "border", "frontier", "coast", "province", "region", "district", "city", "town",
            "village", "county", "oblast", "governorate", "municipality", "suburb", "outskirts", "residents",
            "authorities", "governor", "mayor");

    /** Nouns that may follow "X, a ..." in an appositive saying X is a place. */
    static final Set<String> APPOSITIVE_PLACE_NOUNS = Set.of(
            "district", "region", "province", "village", "town", "city", "settlement", "capital", "port", "suburb",
            "enclave", "exclave", "territory", "county", "municipality", "hamlet", "island", "republic", "country",
            "state", "oblast", "governorate", "area");

    /** Prepositions that, before a known (but ambiguous) place name, confirm it as a place. */
    static final Set<String> PLACE_PREPOSITIONS = Set.of(
            "in", "at", "near", "from", "outside", "inside", "around", "across", "towards", "toward", "into", "via",
            "through", "throughout", "within", "reach", "reached", "entered", "visited", "beyond",
            "nearby");

    /** Verbs of saying: "X said", "said X". */
    static final Set<String> SPEECH_VERBS = Set.of(
            "said", "says", "say", "told", "tells", "added", "adds", "stated", "announced", "announces", "noted",
            "insisted", "warned", "warns", "tweeted", "wrote", "writes", "posted", "argued", "argues", "claimed",
            "claims", "declared", "explained", "replied", "stressed", "urged", "urges", "hailed", "accused",
            "denied", "denies", "confirmed", "acknowledged", "admitted", "asked", "answered", "recalled",
            "remarked", "suggested", "emphasised", "emphasized", "concluded", "commented", "predicted",
            "promised", "vowed", "pledged", "reiterated", "underlined", "thinks", "believes", "believed",
            "spoke", "testified", "conceded", "countered", "quipped", "cautioned", "wondered", "signed", "met",
            "visited", "resigned", "died", "won", "lost", "criticised", "criticized", "praised", "congratulated");

    /** Words between a name and its verb: "Aliyev had announced", "Putin also said". */
    static final Set<String> VERB_FILLERS = Set.of(
            "has", "had", "have", "also", "later", "then", "again", "reportedly", "previously", "earlier", "recently",
            "once", "would", "will", "could", "may", "might", "personally", "himself", "herself", "publicly",
            "repeatedly", "first", "last", "has also", "subsequently", "separately", "yesterday", "today");

    /** Particles inside personal names: "Ursula von der Leyen", "Mohammed bin Salman". */
    static final Set<String> NAME_PARTICLES = Set.of(
            "de", "da", "di", "del", "della", "der", "den", "van", "von", "bin", "ibn", "al", "el", "le", "la", "du",
            "dos", "das", "zu", "ter", "ten", "ben", "abu", "y");

    /** Lower-case words allowed inside organisation names: "Ministry of Foreign Affairs", "Bank of England". */
    static final Set<String> ORG_CONNECTORS = Set.of("of", "for", "the", "and", "&", "de", "on", "in", "du", "des");

    /** Never a name on their own, whatever their capitals. */
    static final Set<String> NON_NAMES = Set.of(
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
            "dec", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "i", "god",
            "christmas", "easter", "ramadan", "eid", "covid", "covid-19", "internet", "web", "am", "pm", "gmt", "utc",
            "ist", "est", "cet", "tv", "ok", "okay", "mr", "mrs", "ms", "dr", "read", "more", "also", "advertisement",
            "loading", "related", "previous", "next", "story", "share", "tweet", "image", "photo", "video", "file",
            "reporting", "editing", "writing", "updated", "published", "source", "sources", "copyright");

    /** Sentence-initial words that are function words even when not in the common-word list. */
    static final Set<String> FUNCTION_WORDS = Set.of(
            "the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "your",
            "he", "she", "it", "they", "we", "i", "you", "when", "while", "after", "before", "if", "as", "but", "so",
            "then", "also", "meanwhile", "however", "although", "though", "since", "because", "during", "under",
            "over", "between", "among", "against", "despite", "following", "according", "both", "all", "some",
            "many", "most", "other", "another", "each", "every", "no", "not", "only", "even", "yet", "still", "now",
            "here", "there", "where", "why", "how", "what", "which", "who", "whom", "whose", "in", "on", "at", "by",
            "for", "from", "with", "of", "to", "and", "or", "nor", "thus", "hence", "instead", "unlike", "like",
            "about", "around", "across", "amid", "amidst", "upon", "via", "per", "than", "until", "unless", "whether");

    /**
     * Lower-case nouns that, right before an unknown capitalised name, say it is an organisation: "the German
     * forwarder Dachser", "Polish state utility PGE", "new investor Northzone", "rivals Tiger Brands".
     */
    static final Set<String> ORG_DESCRIPTORS = Set.of(
            "company", "companies", "firm", "firms", "group", "startup", "start-up", "startups", "maker", "carmaker",
            "automaker", "chipmaker", "drugmaker", "retailer", "retailers", "lender", "lenders", "bank", "banks",
            "insurer", "insurers", "miner", "miners", "utility", "operator", "manufacturer", "supplier", "investor",
            "investors", "backer", "backers", "forwarder", "carrier", "airline", "brokerage", "conglomerate",
            "giant", "chain", "broadcaster", "newspaper", "platform", "outlet", "charity", "rivals", "competitor",
            "competitors", "buyer", "subsidiary", "unit", "units", "distributor", "wholesaler", "exporter", "shipper", "consultancy",
            "regulator", "watchdog", "marketplace", "processor", "club", "side", "outfit", "fund",
            "housebuilder", "homebuilder", "biotech", "fintech", "refiner", "steelmaker", "brewer", "telco",
            "shipbuilder", "agency");

    /** Nouns after "X, a/an/the ..." that say X is an organisation: "Quillfeather, a Lisbon startup that ...". */
    static final Set<String> APPOSITIVE_ORG_NOUNS = Set.of(
            "company", "firm", "group", "startup", "start-up", "maker", "carmaker", "automaker", "chipmaker",
            "drugmaker", "retailer", "lender", "bank", "insurer", "miner", "utility", "manufacturer", "supplier",
            "fund", "forwarder", "carrier", "airline", "brokerage", "conglomerate", "giant", "chain", "broadcaster",
            "newspaper", "platform", "marketplace", "outlet", "charity", "agency", "regulator", "watchdog", "union",
            "subsidiary", "distributor", "wholesaler", "exporter", "shipper", "consultancy", "provider",
            "association", "organisation", "organization", "business", "club", "party", "network", "app",
            "website", "operator", "processor", "developer", "unit", "venture", "institute", "nonprofit",
            "non-profit", "manufacturers", "producer");

    /**
     * People's roles that, before "at"/"for"/"of" and a capitalised name, make the name their employer: "an analyst
     * at Panmure Liberum", "a spokesman for the Scottish Fishermen's Federation", "a former executive of X".
     */
    static final Set<String> EMPLOYEE_ROLES = Set.of(
            "analyst", "analysts", "economist", "economists", "strategist", "strategists", "partner", "partners",
            "executive", "executives", "employee", "employees", "spokesman", "spokeswoman", "spokesperson",
            "shareholder", "shareholders", "director", "head", "founder", "co-founder", "cofounder", "ceo", "cfo",
            "engineer", "engineers", "researcher", "researchers", "chairman", "chairwoman", "payments", "trader",
            "traders", "banker", "bankers", "investors", "technology", "marketing", "operations", "sales",
            "manager", "managers", "officer", "scientist", "scientists", "professor", "lawyer", "lawyers",
            "consultant", "broker", "brokers", "adviser", "advisor", "lecturer", "staff");

    /** After "X's", nouns that belong to companies, not places or people: "Harrowgate's board", "X's shares". */
    static final Set<String> COMPANY_POSSESSIONS = Set.of(
            "board", "shares", "stock", "shareholders", "ceo", "cfo", "chairman", "revenue", "revenues", "profit",
            "profits", "earnings", "customers", "headquarters", "subsidiary", "stores", "products", "brand",
            "founders", "co-founders", "investors", "backers", "valuation", "listing", "takeover", "share",
            "dividend", "workforce", "staff", "employees", "factory", "factories", "depots", "plants");

    /** Heads of buildings, places in their own right: "at City Hall", "outside the Vidhana Soudha". */
    static final Set<String> BUILDING_HEADS = Set.of(
            "hall", "house", "buildings", "building", "palace", "soudha", "bhavan", "mansion", "tower", "towers",
            "cathedral", "mosque", "temple", "abbey", "castle", "basilica", "synagogue", "chapel");

    /** In a sports story, heads of venues ("at the Eblen Center"), read after "at" only. */
    static final Set<String> VENUE_HEADS = Set.of(
            "center", "centre", "arena", "stadium", "field", "garden", "park", "coliseum", "fieldhouse", "dome",
            "pavilion", "gym", "gymnasium", "ballpark", "bowl", "ground", "oval", "speedway");

    /** In a sports story, school names ending in these are teams: "Morehead State", "Tennessee Tech". */
    static final Set<String> SCHOOL_TEAM_SUFFIXES = Set.of("state", "tech");

    /** Verbs right after a team's name in a sports story: "Liverpool beat Everton". */
    static final Set<String> TEAM_VERBS_AFTER = Set.of(
            "beat", "beats", "defeated", "edged", "routed", "thrashed", "drew", "rallied", "hosts", "host", "hosted",
            "visit", "visits", "visited", "lost", "won", "trailed", "led", "leads", "held", "improved", "fell",
            "play", "plays", "face", "faces", "travel", "travels", "welcome", "welcomes");

    /** Words right before a team's name in a sports story: "beat Everton", "a loss to Louisville". */
    static final Set<String> TEAM_WORDS_BEFORE = Set.of(
            "beat", "beats", "defeated", "against", "vs", "v", "over", "hosts", "host", "visit", "visits", "face",
            "faces", "past", "edged", "routed", "thrashed", "played", "plays", "play", "joined");

    /**
     * Common words that open party and institution names: kept at the start of a sentence before an organisation
     * head ("United Conservative Party", "National Treasury"), where other common words are dropped.
     */
    static final Set<String> NAME_ADJECTIVES = Set.of(
            "united", "national", "democratic", "republican", "royal", "new", "international", "federal", "central",
            "general", "liberal", "conservative", "progressive", "socialist", "popular", "free", "independent",
            "green", "labour", "labor", "supreme", "high", "state", "scottish", "welsh", "irish");

    /** First words of civic buildings named anywhere in a sentence: "City Hall", "State House", "Parliament Buildings". */
    static final Set<String> CIVIC_BUILDING_WORDS = Set.of("city", "town", "state", "government", "parliament",
            "county", "provincial", "legislative", "federal");
}
