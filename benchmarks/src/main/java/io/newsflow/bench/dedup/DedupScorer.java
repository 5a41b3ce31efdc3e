package io.newsflow.bench.dedup;

import io.newsflow.bench.dedup.CopySetGenerator.Kind;
import io.newsflow.bench.dedup.CopySetGenerator.TestArticle;
import io.newsflow.schema.DedupVerdict;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores verdicts against the generated truth. The expected original of a copy is the first article of its story in
 * the sequence (whatever its kind). A verdict naming an article of another story is a false merge; a copy judged
 * UNIQUE is a miss; a copy naming a later member of its own story is a wrong original.
 */
public final class DedupScorer {
    private DedupScorer() {
    }

    public record Score(int stories, int copies, int caught, int missed, int wrongOriginal, int falseMerges,
                        int copyGroups, int copyGroupsFullyCaught, double lowestCopySimilarity,
                        Map<Kind, int[]> caughtByKind, List<String> failures) {
        public String report() {
            StringBuilder out = new StringBuilder(String.format(
                    "stories %d, copies %d: caught with the right original %d, missed %d, wrong original %d; "
                            + "false merges %d; copy groups fully caught %d of %d; lowest similarity of a caught near copy %.3f%n",
                    stories, copies, caught, missed, wrongOriginal, falseMerges, copyGroupsFullyCaught, copyGroups,
                    lowestCopySimilarity));
            caughtByKind.forEach((kind, c) -> out.append(String.format("  %-8s %4d of %4d caught%n", kind, c[0], c[1])));
            failures.stream().limit(20).forEach(f -> out.append("  ").append(f).append('\n'));
            return out.toString();
        }
    }

    /** @param verdicts verdict per article id (absent: dropped as a replay, which must not happen in this set) */
    public static Score score(List<TestArticle> sequence, Map<String, DedupVerdict> verdicts) {
        Map<String, String> firstOfGroup = new HashMap<>();
        Map<String, String> groupOf = new HashMap<>();
        Map<String, Integer> groupSize = new HashMap<>();
        for (TestArticle a : sequence) {
            firstOfGroup.putIfAbsent(a.group(), a.id());
            groupOf.put(a.id(), a.group());
            groupSize.merge(a.group(), 1, Integer::sum);
        }
        int copies = 0;
        int caught = 0;
        int missed = 0;
        int wrong = 0;
        int falseMerges = 0;
        double lowest = 1.0;
        Map<Kind, int[]> byKind = new EnumMap<>(Kind.class);
        Map<String, Boolean> groupOk = new HashMap<>();
        List<String> failures = new ArrayList<>();
        for (TestArticle a : sequence) {
            DedupVerdict v = verdicts.get(a.id());
            String expected = firstOfGroup.get(a.group());
            boolean isCopy = !expected.equals(a.id());
            String named = v == null ? null : v.getDuplicateOf();
            if (named != null && !a.group().equals(groupOf.get(named))) {
                falseMerges++;
                failures.add("FALSE MERGE " + a.group() + " " + a.kind() + " -> " + groupOf.get(named) + " (" + v.getSimilarity() + ")");
            }
            if (!isCopy) {
                if (named != null && a.group().equals(groupOf.get(named))) {
                    wrong++;
                }
                continue;
            }
            copies++;
            // A kind's count is for the copy as generated; when a copy was seen first, the original is counted as the copy.
            Kind kind = a.kind() == Kind.ORIGINAL ? sequence.stream().filter(x -> x.id().equals(expected)).findFirst().orElseThrow().kind() : a.kind();
            int[] k = byKind.computeIfAbsent(kind, x -> new int[2]);
            k[1]++;
            if (expected.equals(named)) {
                caught++;
                k[0]++;
                lowest = Math.min(lowest, v.getSimilarity());
                groupOk.putIfAbsent(a.group(), true);
            } else {
                groupOk.put(a.group(), false);
                if (named == null) {
                    missed++;
                    failures.add("MISSED " + a.group() + " " + a.kind() + (v == null ? " (dropped)" : ""));
                } else if (a.group().equals(groupOf.get(named))) {
                    wrong++;
                    failures.add("WRONG ORIGINAL " + a.group() + " " + a.kind());
                }
            }
        }
        int groups = (int) groupSize.values().stream().filter(n -> n > 1).count();
        int fullyCaught = (int) groupOk.values().stream().filter(ok -> ok).count();
        return new Score(firstOfGroup.size(), copies, caught, missed, wrong, falseMerges, groups, fullyCaught, lowest,
                byKind, failures);
    }
}
