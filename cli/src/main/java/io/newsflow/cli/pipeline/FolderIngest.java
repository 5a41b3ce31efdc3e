package io.newsflow.cli.pipeline;

import io.newsflow.ingest.extract.ArticleExtractor;
import io.newsflow.ingest.publish.ArticlePublisher;
import io.newsflow.ingest.publish.IngestOutcome;
import io.newsflow.ingest.source.InputFolder;
import io.newsflow.ingest.source.InputPage;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Ingests every page under a folder (a file, or each line of a JSON-lines file), with a progress bar on a terminal and a summary line in the log. */
public final class FolderIngest {
    private static final Logger log = LoggerFactory.getLogger(FolderIngest.class);

    private FolderIngest() {
    }

    public static List<IngestOutcome> ingest(Path folder, long maxBytes, Map<String, Object> clientConfigs) {
        InputFolder input = new InputFolder(folder, maxBytes);
        List<Path> files = input.files();
        List<IngestOutcome> outcomes = new ArrayList<>(files.size());
        long started = System.nanoTime();
        try (ArticlePublisher publisher = new ArticlePublisher(clientConfigs, new ArticleExtractor(maxBytes), Clock.systemUTC());
             ProgressBar bar = progressBar("Ingesting", files.size())) {
            for (Path file : files) {
                try (Stream<InputPage> pages = input.pages(file)) {     // a *.jsonl file holds many pages
                    pages.forEach(page -> outcomes.add(publisher.publish(page)));
                }
                bar.step();
            }
            publisher.flush();
        }
        long dead = outcomes.stream().filter(IngestOutcome::deadLettered).count();
        double seconds = Math.max(1e-3, (System.nanoTime() - started) / 1e9);
        log.info("Ingested {} pages from {} files in {} in {} ms ({} published, {} dead-lettered, {} pages/s)", outcomes.size(),
                files.size(), folder, (long) (seconds * 1000), outcomes.size() - dead, dead,
                String.format("%.0f", outcomes.size() / seconds));
        return outcomes;
    }

    /**
     * A progress bar on stderr when a person is watching a terminal; when output goes to a file or CI log, the bar
     * stays silent (its redraws would flood the log) and the summary lines in the log say what happened.
     */
    public static ProgressBar progressBar(String task, long total) {
        ProgressBarBuilder builder = new ProgressBarBuilder().setTaskName(task).setInitialMax(total)
                .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(250).continuousUpdate().clearDisplayOnFinish();
        if (System.console() == null) {
            builder.setConsumer(new DelegatingProgressBarConsumer(line -> { }));
        }
        return builder.build();
    }
}
