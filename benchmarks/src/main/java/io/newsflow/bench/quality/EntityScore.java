package io.newsflow.bench.quality;

import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/** Dev-set figures: per page, and micro-averaged per group ("seed", "other") and overall. */
public record EntityScore(List<Page> pages) {

    /** One page's counts and the names behind them. */
    public record Page(String name, String group, int truePositives, int falsePositives, int labelled,
                       int nameMatches, int typeCorrect, int boilerplateEntities, List<String> misses,
                       List<String> spurious, List<String> typeErrors, List<String> boilerplate) {
    }

    /** Sums over some pages. */
    public record Totals(int pages, int truePositives, int falsePositives, int labelled, int nameMatches,
                         int typeCorrect, int boilerplateEntities) {
        public double precision() {
            return truePositives + falsePositives == 0 ? 1 : (double) truePositives / (truePositives + falsePositives);
        }

        public double recall() {
            return labelled == 0 ? 1 : (double) truePositives / labelled;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        public double typeAccuracy() {
            return nameMatches == 0 ? 1 : (double) typeCorrect / nameMatches;
        }

        String line(String label) {
            return String.format(Locale.ROOT,
                    "%-6s pages %2d  labelled %4d  P %.3f  R %.3f  F1 %.3f  type acc %.3f  boilerplate %d",
                    label, pages, labelled, precision(), recall(), f1(), typeAccuracy(), boilerplateEntities);
        }
    }

    /** Totals over the pages of one group; {@code null} for all pages. */
    public Totals totals(String group) {
        int n = 0, tp = 0, fp = 0, lab = 0, nm = 0, tc = 0, bp = 0;
        for (Page p : pages) {
            if (group != null && !group.equals(p.group())) continue;
            n++;
            tp += p.truePositives();
            fp += p.falsePositives();
            lab += p.labelled();
            nm += p.nameMatches();
            tc += p.typeCorrect();
            bp += p.boilerplateEntities();
        }
        return new Totals(n, tp, fp, lab, nm, tc, bp);
    }

    public String report() {
        StringBuilder b = new StringBuilder("Entity dev set (document level, from raw pages)\n");
        for (String g : new TreeSet<>(pages.stream().map(Page::group).toList()).descendingSet()) {
            b.append(totals(g).line(g)).append('\n');
        }
        b.append(totals(null).line("all")).append("\n\n");
        for (Page p : pages) {
            Totals t = new Totals(1, p.truePositives(), p.falsePositives(), p.labelled(), p.nameMatches(),
                    p.typeCorrect(), p.boilerplateEntities());
            b.append(String.format(Locale.ROOT, "%-32s %-5s P %.2f R %.2f F1 %.2f%n", p.name(), p.group(),
                    t.precision(), t.recall(), t.f1()));
            p.misses().forEach(m -> b.append("    miss      ").append(m).append('\n'));
            p.typeErrors().forEach(m -> b.append("    type      ").append(m).append('\n'));
            p.spurious().forEach(m -> b.append("    spurious  ").append(m).append('\n'));
            p.boilerplate().forEach(m -> b.append("    boilerpl. ").append(m).append('\n'));
        }
        return b.toString();
    }
}
