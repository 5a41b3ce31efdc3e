package io.newsflow.enrich.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Names the tagger knows before it reads an article, keyed by folded token sequences so one HashMap probe per
 * n-gram replaces any per-entry pattern. Immutable once built; shared by all threads.
 *
 * <p>TSV rows: {@code KIND<TAB>canonical<TAB>alias...}, {@code #} comments. KIND is PERSON, ORGANIZATION,
 * LOCATION, or DEMONYM (a signal such as "Azerbaijani": never an entity itself).
 */
final class Gazetteer {
    static final String RESOURCE_DIR = "/io/newsflow/enrich/entities/";

    /** How much a match is trusted without context. */
    enum Tier { WEAK, STRONG, CURATED }

    record Entry(EntityKind kind, String canonical, Tier tier) {
    }

    /**
     * One alias key. {@code mustCap[i]}: the i-th token must be capitalised in the text; {@code acronym}: all
     * letters upper case ("US" never matches "us").
     */
    record Alias(Entry entry, boolean[] mustCap, boolean acronym, int length) {
    }

    private final Map<String, Alias> aliases = new HashMap<>();
    private final Set<String> prefixes = new HashSet<>();
    private final Set<String> lowerStarts = new HashSet<>();
    private final Map<String, Entry> entries = new HashMap<>();
    private final Map<String, String> demonyms = new HashMap<>();
    private final Map<String, String> demonymOfPlace = new HashMap<>();
    private final Map<String, Entry> placeSkeletons = new HashMap<>();
    private final Set<String> ambiguousSkeletons = new HashSet<>();
    private final Set<String> givenNames = new HashSet<>();
    private final Set<String> surnames = new HashSet<>();
    private final Set<String> commonWords = new HashSet<>();
    private int maxTokens = 1;
    /** Whether one-word places loaded from now on feed the spelling-variant index ({@link #placeBySkeleton}). */
    private boolean indexSkeletons = true;

    private Gazetteer() {
    }

    /** Loads the bundled resources; {@code extra} (may be null) is read first, so its names win. */
    static Gazetteer load(Path extra) {
        Gazetteer g = new Gazetteer();
        if (extra != null) {
            try (Reader r = Files.newBufferedReader(extra, StandardCharsets.UTF_8)) {
                g.addTsv(new BufferedReader(r), Tier.CURATED);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read gazetteer " + extra, e);
            }
        }
        g.addResource("people.tsv", Tier.CURATED);
        g.addResource("organizations.tsv", Tier.CURATED);
        g.addResource("places.tsv", Tier.CURATED);
        g.addResource("geo-strong.tsv", Tier.STRONG);
        g.addResource("geo-weak.tsv", Tier.WEAK);
        g.indexSkeletons = false; // 128k small towns would make most spelling skeletons ambiguous
        g.addResource("towns.tsv", Tier.WEAK);
        g.readWords("given-names.txt", g.givenNames);
        g.readWords("given-names-faker.txt", g.givenNames);
        g.readWords("surnames-faker.txt", g.surnames);
        g.readWords("common-words.txt", g.commonWords);
        return g;
    }

    private static BufferedReader open(String name) {
        InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE_DIR + name);
        if (in == null) throw new IllegalStateException("missing gazetteer resource " + RESOURCE_DIR + name);
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    private void addResource(String name, Tier tier) {
        try (BufferedReader r = open(name)) {
            addTsv(r, tier);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void readWords(String name, Set<String> into) {
        try (BufferedReader r = open(name)) {
            for (String line; (line = r.readLine()) != null; ) {
                line = line.strip();
                if (!line.isEmpty() && !line.startsWith("#")) into.add(NameFolding.fold(line));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void addTsv(BufferedReader r, Tier tier) throws IOException {
        for (String line; (line = r.readLine()) != null; ) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split("\t");
            if (f.length < 2) continue;
            String kindName = f[0].strip().toUpperCase(Locale.ROOT);
            String canonical = f[1].strip();
            if (kindName.equals("DEMONYM")) {
                for (int i = 2; i < f.length; i++) demonyms.putIfAbsent(NameFolding.fold(f[i].strip()), canonical);
                if (f.length > 2 && tier == Tier.STRONG) demonymOfPlace.put(canonical, f[2].strip()); // official forms
                else if (f.length > 2) demonymOfPlace.putIfAbsent(canonical, f[2].strip());
                continue;
            }
            EntityKind kind;
            try {
                kind = EntityKind.valueOf(kindName);
            } catch (IllegalArgumentException e) {
                continue; // an unknown kind in an operator's file is skipped, not fatal
            }
            Entry entry = entries.computeIfAbsent(kind + "|" + canonical, k -> new Entry(kind, canonical, tier));
            addAlias(canonical, entry);
            for (int i = 2; i < f.length; i++) addAlias(f[i].strip(), entry);
        }
    }

    private void addAlias(String alias, Entry entry) {
        if (alias.isEmpty()) return;
        if (alias.startsWith("The ") && alias.length() > 4) alias = alias.substring(4); // "the" is never part of a match
        List<Token> parts = keyTokens(Tokenizer.tokenize(alias), 0, Integer.MAX_VALUE);
        if (parts.isEmpty()) return;
        String key = join(parts, parts.size());
        boolean[] mustCap = new boolean[parts.size()];
        boolean acronym = true;
        int letters = 0;
        for (int i = 0; i < parts.size(); i++) {
            Token t = parts.get(i);
            mustCap[i] = t.word && Character.isUpperCase(t.text.charAt(0));
            for (int c = 0; c < t.text.length(); c++) {
                char ch = t.text.charAt(c);
                if (Character.isLetter(ch)) {
                    letters++;
                    if (!Character.isUpperCase(ch)) acronym = false;
                }
            }
        }
        acronym &= letters >= 2;
        Alias existing = aliases.get(key);
        if (existing != null) {
            if (existing.entry() != entry) return; // first loaded wins: operator, then curated, strong, weak
            boolean[] merged = existing.mustCap().clone();
            for (int i = 0; i < merged.length; i++) merged[i] &= mustCap[i];
            aliases.put(key, new Alias(entry, merged, existing.acronym() && acronym, merged.length));
            return;
        }
        aliases.put(key, new Alias(entry, mustCap, acronym, parts.size()));
        maxTokens = Math.max(maxTokens, parts.size());
        StringBuilder prefix = new StringBuilder();
        for (int i = 0; i < parts.size(); i++) {
            if (i > 0) prefix.append(' ');
            prefix.append(parts.get(i).key);
            prefixes.add(prefix.toString());
        }
        Token first = parts.get(0);
        if (first.word && !first.cap && !Character.isDigit(first.text.charAt(0))) lowerStarts.add(first.key);
        if (indexSkeletons && entry.kind() == EntityKind.LOCATION && parts.size() == 1 && key.length() >= 5) {
            String sk = NameFolding.skeleton(key);
            if (sk.length() >= 4 && !ambiguousSkeletons.contains(sk)) {
                Entry prev = placeSkeletons.putIfAbsent(sk, entry);
                if (prev != null && !prev.canonical().equals(entry.canonical())) {
                    placeSkeletons.remove(sk);
                    ambiguousSkeletons.add(sk);
                }
            }
        }
    }

    /** Tokens that make up a key: words, possessive 's and '&'; hyphens, slashes and periods only join. */
    static List<Token> keyTokens(Token[] t, int from, int limit) {
        List<Token> out = new ArrayList<>();
        for (int i = from; i < t.length && out.size() < limit; i++) {
            Token x = t[i];
            if (x.word || x.text.equals("'s") || x.text.equals("’s") || x.text.equals("&")) out.add(x);
        }
        return out;
    }

    private static String join(List<Token> parts, int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) b.append(' ');
            b.append(keyOf(parts.get(i)));
        }
        return b.toString();
    }

    static String keyOf(Token t) {
        return t.text.equals("’s") ? "'s" : t.key;
    }

    /** A gazetteer match in the text: tokens [start, end). */
    record Match(int start, int end, Alias alias) {
        Entry entry() {
            return alias.entry();
        }
    }

    /** Whether a match may start at token i (saves most lookups: names start with a capital). */
    boolean mayStart(Token t) {
        return t.word && (t.cap || Character.isDigit(t.text.charAt(0)) || lowerStarts.contains(t.key));
    }

    /**
     * Longest matches starting at token {@code i}: [0] the longest curated/strong one, [1] the longest weak one.
     * Joining punctuation (hyphen, slash) is skipped; any other punctuation ends the walk.
     */
    Match[] longestAt(Token[] t, int i) {
        Match[] best = new Match[2];
        if (!mayStart(t[i])) return best;
        StringBuilder key = new StringBuilder();
        int parts = 0;
        int j = i;
        int[] positions = new int[maxTokens];
        while (j < t.length && parts < maxTokens) {
            Token x = t[j];
            if (!x.word && !x.text.equals("'s") && !x.text.equals("’s") && !x.text.equals("&")) {
                if (parts > 0 && (x.text.equals("-") || x.text.equals("–") || x.text.equals("/")) && !x.spaceBefore
                        && j + 1 < t.length && !t[j + 1].spaceBefore) {
                    j++;
                    continue;
                }
                break;
            }
            if (parts > 0 && x.lineStart) break;
            if (parts > 0) key.append(' ');
            key.append(keyOf(x));
            positions[parts++] = j;
            String k = key.toString();
            if (!prefixes.contains(k)) break;
            Alias a = aliases.get(k);
            if (a != null && a.length() == parts && caseFits(a, t, positions)) {
                Match m = new Match(i, j + 1, a);
                int slot = a.entry().tier() == Tier.WEAK ? 1 : 0;
                best[slot] = m; // longer always replaces: the walk only grows
            }
            j++;
        }
        return best;
    }

    private static boolean caseFits(Alias a, Token[] t, int[] positions) {
        for (int p = 0; p < a.length(); p++) {
            Token x = t[positions[p]];
            if (!x.word) continue;
            if (a.acronym()) {
                if (!(x.allCaps || x.initial)) return false;
            } else if (a.mustCap()[p] && !(x.cap || Character.isDigit(x.text.charAt(0)))) {
                return false;
            }
        }
        return true;
    }

    /** Exact alias lookup for an already folded key such as "nikol pashinyan". */
    Alias alias(String key) {
        return aliases.get(key);
    }

    /** The single place whose spelling skeleton equals this one, if exactly one. */
    Entry placeBySkeleton(String skeleton) {
        return placeSkeletons.get(skeleton);
    }

    boolean isDemonym(String key) {
        return demonyms.containsKey(key);
    }

    /** "Turkish" for "Turkey": the adjective that names an institution's country. */
    String demonymOf(String placeCanonical) {
        return demonymOfPlace.get(placeCanonical);
    }

    boolean isGivenName(String key) {
        return givenNames.contains(key);
    }

    /** A family name in some locale ("Núñez", "Strachan"): not a common English word nor a given name. */
    boolean isSurname(String key) {
        return surnames.contains(key);
    }

    boolean isCommonWord(String key) {
        return commonWords.contains(key);
    }

    int aliasCount() {
        return aliases.size();
    }

    int entryCount() {
        return entries.size();
    }
}
