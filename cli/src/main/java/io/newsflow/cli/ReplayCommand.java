package io.newsflow.cli;

import io.newsflow.cli.pipeline.FolderIngest;
import io.newsflow.ingest.replay.RawTopicReplay;
import io.newsflow.ingest.replay.ReplayRange;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

@Command(name = "replay", mixinStandardHelpOptions = true,
        description = {"Process a time range of the raw log again (after a tagger upgrade, or to rebuild a consumer's "
                + "view): the articles ingested in [--from, --to), optionally only those published in "
                + "[--published-from, --published-to], are copied to news.articles.reprocess, marked with the header "
                + "newsflow.reprocess.request. A running streams app re-emits each one: an enriched record for an "
                + "original, tagged with the current taggers, and the same duplicate notice for a copy; verdicts do not "
                + "change. The raw log itself is not appended to.",
                "Articles older than the dedup window are no longer in the dedup index and are judged afresh."})
final class ReplayCommand implements Callable<Integer> {
    @Mixin
    ClusterOptions cluster;

    @Option(names = "--from", paramLabel = "TIME", converter = InstantConverter.class,
            description = "Start of the ingest-time range, inclusive: 2026-11-01 (UTC midnight) or 2026-11-01T10:00:00Z. "
                    + "Default: the beginning of the log.")
    Instant from;

    @Option(names = "--to", paramLabel = "TIME", converter = InstantConverter.class,
            description = "End of the ingest-time range, exclusive (same forms). Default: the log end when the replay starts.")
    Instant to;

    @Option(names = "--published-from", paramLabel = "DATE", description = "Only articles published on or after DATE (YYYY-MM-DD).")
    LocalDate publishedFrom;

    @Option(names = "--published-to", paramLabel = "DATE", description = "Only articles published on or before DATE (YYYY-MM-DD).")
    LocalDate publishedTo;

    @Option(names = "--request-id", paramLabel = "ID",
            description = "Id written in each record's header, to trace this replay (default: replay-<now>).")
    String requestId;

    @Option(names = "--dry-run", description = "Count what would be re-issued; write nothing.")
    boolean dryRun;

    @Override
    public Integer call() {
        cluster.requireExternal("replay");
        ReplayRange range = new ReplayRange(from, to, publishedFrom, publishedTo);
        String id = requestId != null ? requestId : "replay-" + Instant.now();
        RawTopicReplay.Summary summary;
        try (RawTopicReplay replay = new RawTopicReplay(cluster.clientConfigs(cluster.bootstrapServers(), cluster.schemaRegistryUrl()));
             ProgressBar bar = FolderIngest.progressBar("Replaying", 0)) {
            summary = replay.replay(range, id, dryRun, bar::maxHint, bar::step);
        }
        System.out.printf("request_id=%s scanned=%d reissued=%d outside_range=%d not_our_avro=%d%s%n", id,
                summary.scanned(), summary.reissued(), summary.outsideRange(), summary.notOurAvro(),
                dryRun ? " dry_run=true" : "");
        return 0;
    }

    /** A date (midnight UTC) or an ISO-8601 instant. */
    static final class InstantConverter implements ITypeConverter<Instant> {
        @Override
        public Instant convert(String value) {
            try {
                return value.contains("T") ? Instant.parse(value) : LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException e) {
                throw new TypeConversionException("'" + value + "' is neither a date (2026-11-01) nor an instant (2026-11-01T10:00:00Z)");
            }
        }
    }
}
