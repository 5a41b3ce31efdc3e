package io.newsflow.bench.quality;

import io.newsflow.enrich.entities.EntityTagger;
import io.newsflow.enrich.entities.Mention;
import io.newsflow.enrich.entities.TaggedEntity;
import io.newsflow.ingest.extract.ArticleExtractor;
import io.newsflow.ingest.extract.ExtractedArticle;
import io.newsflow.ingest.extract.UnusableInputException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Document-level entity quality from the raw page: page bytes → {@link ArticleExtractor} → {@link EntityTagger} →
 * the set of (canonical, type) the tagger reports, compared with a {@link LabelledPage}.
 *
 * <p>Matching rule: a predicted entity matches a labelled one when the {@link LabelledPage#key key} of its
 * canonical name equals the key of the label's canonical name or of one of its aliases (case-, diacritic- and
 * punctuation-insensitive; aliases come from the label file). A match with the same type is a true positive; a
 * match with another type is a type error and counts as spurious (and the label as missed unless another
 * prediction gets it right). A second prediction matching an already matched label is a duplicate (spurious: the
 * tagger failed to merge two names of one entity). Predictions matching an optional label count nowhere.
 * Type accuracy is correct types over name matches. A prediction is from boilerplate when none of its surface
 * forms occurs, as a whole word sequence, in the labelled article text.
 */
public final class EntityScorer {
    private final ArticleExtractor extractor = new ArticleExtractor(8 << 20);
    private final EntityTagger tagger;

    public EntityScorer(EntityTagger tagger) {
        this.tagger = tagger;
    }

    /** Tags one page from its raw bytes and scores it. */
    public EntityScore.Page score(LabelledPage page) {
        try {
            ExtractedArticle a = extractor.extract(page.raw(), page.name());
            return score(page, tagger.tag(a.title(), a.body()));
        } catch (UnusableInputException e) {
            return score(page, List.of()); // an article the extractor rejects has found nothing
        }
    }

    public EntityScore score(List<LabelledPage> pages) {
        List<EntityScore.Page> scored = new ArrayList<>();
        for (LabelledPage p : pages) scored.add(score(p));
        return new EntityScore(scored);
    }

    /** Scores given predictions against a page's labels (the tagging step left out; used by tests). */
    public static EntityScore.Page score(LabelledPage page, List<TaggedEntity> predicted) {
        Set<LabelledPage.Gold> correct = new HashSet<>();
        Set<LabelledPage.Gold> named = new HashSet<>();
        int nameMatches = 0;
        int typeCorrect = 0;
        List<String> spurious = new ArrayList<>();
        List<String> typeErrors = new ArrayList<>();
        List<String> boilerplate = new ArrayList<>();
        int truePositives = 0;
        int falsePositives = 0;
        // same-type matches first, so "Liverpool" LOCATION next to "Liverpool FC" ORGANIZATION is judged fairly
        List<TaggedEntity> ordered = new ArrayList<>(predicted);
        ordered.sort((x, y) -> Boolean.compare(!sameTypeMatchExists(page, x), !sameTypeMatchExists(page, y)));
        for (TaggedEntity e : ordered) {
            String key = LabelledPage.key(e.canonical());
            String shown = e.kind() + " " + e.canonical() + " \"" + e.text() + "\"";
            if (!inArticle(page.articleText(), e)) boilerplate.add(shown);
            LabelledPage.Gold sameType = null;
            LabelledPage.Gold otherType = null;
            for (LabelledPage.Gold g : page.gold()) {
                if (!g.keys().contains(key)) continue;
                if (g.kind() == e.kind()) {
                    if (sameType == null || named.contains(sameType) && !named.contains(g)) sameType = g;
                } else if (otherType == null) {
                    otherType = g;
                }
            }
            LabelledPage.Gold g = sameType != null ? sameType : otherType;
            if (g == null) {
                falsePositives++;
                spurious.add(shown);
                continue;
            }
            if (named.contains(g)) {
                if (!g.optional()) {
                    falsePositives++;
                    spurious.add(shown + " duplicates " + g.canonical());
                }
                continue;
            }
            named.add(g);
            if (g.optional()) continue;
            nameMatches++;
            if (g.kind() == e.kind()) {
                typeCorrect++;
                truePositives++;
                correct.add(g);
            } else {
                falsePositives++;
                typeErrors.add(shown + " is " + g.kind());
            }
        }
        List<String> misses = new ArrayList<>();
        int required = 0;
        for (LabelledPage.Gold g : page.gold()) {
            if (g.optional()) continue;
            required++;
            if (!correct.contains(g)) misses.add(g.label());
        }
        return new EntityScore.Page(page.name(), page.group(), truePositives, falsePositives, required,
                nameMatches, typeCorrect, boilerplate.size(), misses, spurious, typeErrors, boilerplate);
    }

    private static boolean sameTypeMatchExists(LabelledPage page, TaggedEntity e) {
        String key = LabelledPage.key(e.canonical());
        for (LabelledPage.Gold g : page.gold()) if (g.kind() == e.kind() && g.keys().contains(key)) return true;
        return false;
    }

    /** Whether any surface form of the entity occurs as whole words in the labelled article text. */
    static boolean inArticle(String articleText, TaggedEntity e) {
        Map<String, Boolean> forms = new LinkedHashMap<>();
        forms.put(e.text(), true);
        for (Mention m : e.mentions()) forms.put(m.text(), true);
        for (String form : forms.keySet()) {
            String f = LabelledPage.normaliseSpace(form);
            if (f.isEmpty()) continue;
            Pattern p = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(f) + "(?![\\p{L}\\p{N}])");
            if (p.matcher(articleText).find()) return true;
        }
        return false;
    }

    /**
     * Prints the dev-set report. Argument: the dev-set folder (default
     * {@code benchmarks/src/test/resources/devset-entities}); optional second argument: an operator gazetteer TSV.
     */
    public static void main(String[] args) {
        Path dir = Path.of(args.length > 0 ? args[0] : "benchmarks/src/test/resources/devset-entities");
        EntityTagger tagger = args.length > 1 ? EntityTagger.withBundledGazetteer(Path.of(args[1]))
                : EntityTagger.withBundledGazetteer();
        System.out.println(new EntityScorer(tagger).score(LabelledPage.loadAll(dir)).report());
    }
}
