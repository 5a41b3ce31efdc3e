package io.newsflow.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options of the pipeline's stages that several commands share, as picocli mixins. */
final class PipelineOptions {
    private PipelineOptions() {
    }

    /** For commands that ingest pages. */
    static final class Ingest {
        @Option(names = "--max-bytes", defaultValue = "8388608", paramLabel = "BYTES",
                description = "Pages larger than this are dead-lettered with their size, not cut (default: ${DEFAULT-VALUE}).")
        long maxBytes;
    }

    /** For commands that run the enrichment streams app. */
    static final class Tagging {
        @Option(names = "--gazetteer", paramLabel = "FILE", defaultValue = "${env:NEWSFLOW_GAZETTEER}",
                description = "Extra entity gazetteer (TSV: KIND, canonical, aliases...) loaded at start, no rebuild "
                        + "needed (env NEWSFLOW_GAZETTEER).")
        Path gazetteer;
    }
}
