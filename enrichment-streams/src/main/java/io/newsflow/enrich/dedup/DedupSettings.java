package io.newsflow.enrich.dedup;

import java.time.Duration;

/**
 * What the dedup stage depends on.
 *
 * @param window      how long (event time) an original stays findable; copies older than this are not caught
 * @param generations the window is kept as this many generations plus the current one; a whole generation is
 *                    deleted when it falls out of the window, so an original is kept between window and
 *                    window · (1 + 1/generations)
 * @param bodyBands   LSH bands (one MinHash value each) over the whole body
 * @param leadBands   LSH bands over the lead only: catch copies cut short
 * @param threshold   estimated Jaccard (content-word bigrams) at or above which a candidate is a near duplicate
 */
public record DedupSettings(Duration window, int generations, int bodyBands, int leadBands, double threshold) {
    public DedupSettings {
        if (window.isNegative() || window.isZero() || generations < 1 || generations > 100) {
            throw new IllegalArgumentException("window must be positive and generations in 1..100");
        }
        if (bodyBands < 1 || leadBands < 0 || bodyBands + leadBands > 16) {
            throw new IllegalArgumentException("1..16 bands in all, at least one over the whole body");
        }
        if (threshold <= 0 || threshold > 1) {
            throw new IllegalArgumentException("threshold must be in (0, 1]");
        }
    }

    /** Values measured on the generated copy set (see benchmarks' io.newsflow.bench.dedup). */
    public static DedupSettings defaults() {
        return new DedupSettings(Duration.ofDays(7), 4, 3, 4, 0.5);
    }

    public DedupSettings withWindow(Duration newWindow) {
        return new DedupSettings(newWindow, generations, bodyBands, leadBands, threshold);
    }

    public long generationMillis() {
        return Math.max(1, window.toMillis() / generations);
    }

    public int bands() {
        return bodyBands + leadBands;
    }
}
