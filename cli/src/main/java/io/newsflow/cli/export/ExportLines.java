package io.newsflow.cli.export;

import io.newsflow.cli.pipeline.TerminalState;
import io.newsflow.ingest.publish.IngestOutcome;
import io.newsflow.schema.DedupVerdict;
import io.newsflow.schema.EnrichedArticle;
import io.newsflow.schema.RawArticle;
import java.util.List;

/** Builds the export line of one input file from what ingest did with it and where it ended up. */
public final class ExportLines {
    private ExportLines() {
    }

    public static ExportLine ofEnriched(String sourceFile, EnrichedArticle a) {
        DedupVerdict d = a.getDedup();
        return new ExportLine(sourceFile, a.getArticleId(), ExportLine.ENRICHED, a.getTitle(),
                a.getPublishedDate(), a.getSource(), a.getBody(),
                a.getEntities().stream().map(e -> new ExportLine.Entity(e.getText(), e.getCanonical(), e.getType().name())).toList(),
                a.getDates().stream().map(t -> new ExportLine.DateValue(t.getText(), t.getValue())).toList(),
                new ExportLine.Dedup(d.getStatus().name(), d.getDuplicateOf(), d.getSimilarity()), null);
    }

    public static ExportLine of(IngestOutcome ingest, TerminalState state) {
        RawArticle raw = ingest.article();
        if (ingest.deadLettered()) {
            return new ExportLine(ingest.sourceName(), ingest.articleId(), ExportLine.DEAD_LETTER, null, null, null, null,
                    List.of(), List.of(), null, ingest.deadLetterReason());
        }
        if (state instanceof TerminalState.Enriched enriched) {
            return ofEnriched(ingest.sourceName(), enriched.article());
        }
        if (state instanceof TerminalState.Duplicate duplicate) {
            var n = duplicate.notice();
            return new ExportLine(ingest.sourceName(), ingest.articleId(), ExportLine.DUPLICATE, raw.getTitle(),
                    raw.getPublishedDate(), raw.getSource(), raw.getBody(), List.of(), List.of(),
                    new ExportLine.Dedup(n.getStatus().name(), n.getDuplicateOf(), n.getSimilarity()), null);
        }
        if (state instanceof TerminalState.DeadLettered dead) {
            return new ExportLine(ingest.sourceName(), ingest.articleId(), ExportLine.DEAD_LETTER, raw.getTitle(),
                    raw.getPublishedDate(), raw.getSource(), raw.getBody(), List.of(), List.of(), null,
                    dead.stage() + ": " + dead.reason());
        }
        throw new IllegalStateException("No terminal state for " + ingest.sourceName() + " (" + ingest.articleId() + ")");
    }
}
