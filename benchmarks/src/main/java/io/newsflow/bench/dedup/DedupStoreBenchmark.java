package io.newsflow.bench.dedup;

import io.newsflow.bench.BrownCorpus;
import io.newsflow.enrich.dedup.DedupSettings;
import io.newsflow.schema.DedupStatus;
import io.newsflow.schema.DedupVerdict;
import io.newsflow.schema.Provenance;
import io.newsflow.schema.RawArticle;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.kafka.streams.KeyValue;
import org.rocksdb.Options;
import org.rocksdb.RocksDB;
import org.rocksdb.RocksDBException;
import org.rocksdb.WriteBatch;
import org.rocksdb.WriteOptions;

/**
 * The dedup stage at volume: N distinct synthetic articles (25 random Brown corpus sentences each, ~500 words),
 * ingest times spread over one window so all of them are in it at the end, through the production processor on
 * RocksDB stores (TopologyTestDriver). Reports throughput (this thread's CPU time: the processor, RocksDB reads and
 * writes, and the driver's Avro serde), the index store's live entries and bytes, its size on disk after a flush,
 * and the time to restore it: the live entries (what a compacted changelog holds) written into a fresh RocksDB in
 * batches of 1,000 records, as Kafka Streams' restore does (the broker fetch is not included).
 */
public final class DedupStoreBenchmark {
    private DedupStoreBenchmark() {
    }

    public static String run(Path cacheDir, int articles, Path workDir) {
        List<String> sentences = sentences(BrownCorpus.articles(cacheDir));
        DedupSettings settings = DedupSettings.defaults();
        Instant start = Instant.parse("2021-02-01T00:00:00Z");
        long spacing = settings.window().toMillis() / articles;
        Path state = workDir.resolve("state");
        StringBuilder out = new StringBuilder();
        try (DedupStageDriver driver = new DedupStageDriver(settings, state)) {
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long cpu0 = threads.getCurrentThreadCpuTime();
            long wall0 = System.nanoTime();
            int unique = 0;
            for (int i = 0; i < articles; i++) {
                DedupVerdict verdict = driver.judge(article(i, sentences, start.plusMillis(i * spacing)));
                if (verdict != null && verdict.getStatus() == DedupStatus.UNIQUE) {
                    unique++;
                }
            }
            double cpu = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
            double wall = (System.nanoTime() - wall0) / 1e9;
            DedupStageDriver.StoreSize size = driver.indexSize();
            driver.flushIndex();
            long onDisk = directoryBytes(state);
            out.append(String.format("dedup-store  %,d distinct articles (%,d judged UNIQUE) in %.1f s wall: %,.0f /s wall, "
                            + "%,.0f /s per core (CPU time; processor + RocksDB + test-driver serde)%n",
                    articles, unique, wall, articles / wall, articles / cpu));
            out.append(String.format("  index store: %,d live entries, %,d bytes of keys + values = %.1f bytes per article "
                            + "(the changelog carries the same, plus record overhead)%n",
                    size.entries(), size.bytes(), (double) size.bytes() / articles));
            out.append(String.format("  on disk after flush (RocksDB SST + WAL + options, all stores): %,d bytes = %.1f bytes per article%n",
                    onDisk, (double) onDisk / articles));
            List<KeyValue<byte[], byte[]>> entries = driver.indexEntries();
            out.append(restore(entries, workDir.resolve("restored")));
            DedupStageDriver.IndexInit init = driver.indexInit();
            out.append(String.format("  processor init after restore (postings, sketches, key filter rebuilt by a full scan): %.2f s; "
                    + "they hold %.1f MB of heap = %.0f bytes per article (approximate: used heap after GC)%n",
                    init.seconds(), init.heapBytes() / 1e6, (double) init.heapBytes() / articles));
        }
        return out.toString();
    }

    private static String restore(List<KeyValue<byte[], byte[]>> entries, Path dir) {
        RocksDB.loadLibrary();
        try (Options options = new Options().setCreateIfMissing(true);
             RocksDB db = RocksDB.open(options, dir.toString());
             WriteOptions write = new WriteOptions().setDisableWAL(true)) {
            long t0 = System.nanoTime();
            for (int from = 0; from < entries.size(); from += 1000) {
                try (WriteBatch batch = new WriteBatch()) {
                    for (KeyValue<byte[], byte[]> kv : entries.subList(from, Math.min(entries.size(), from + 1000))) {
                        batch.put(kv.key, kv.value);
                    }
                    db.write(write, batch);
                }
            }
            db.flushWal(true);
            double seconds = (System.nanoTime() - t0) / 1e9;
            return String.format("  restore: %,d entries written to a fresh RocksDB in %.2f s (%,.0f entries/s; "
                    + "broker fetch of the changelog not included)%n", entries.size(), seconds, entries.size() / seconds);
        } catch (RocksDBException e) {
            throw new IllegalStateException("RocksDB restore failed", e);
        }
    }

    /** A distinct article: 25 sentences drawn by a generator seeded with its number, in 5 paragraphs. */
    static RawArticle article(int n, List<String> sentences, Instant ingested) {
        // Not SplittableRandom(n · golden gamma): its state steps by that gamma, so article n + 1 would draw article
        // n's sentences shifted by one (a near duplicate, which the detector rightly caught).
        Random random = new Random(n);
        StringBuilder body = new StringBuilder();
        for (int p = 0; p < 5; p++) {
            if (p > 0) {
                body.append("\n\n");
            }
            for (int s = 0; s < 5; s++) {
                body.append(sentences.get(random.nextInt(sentences.size()))).append(' ');
            }
        }
        String id = HexFormat.of().toHexDigits(n * 0x9E3779B97F4A7C15L) + HexFormat.of().toHexDigits((short) n);
        return RawArticle.newBuilder().setArticleId(id).setTitle("Article " + n).setBody(body.toString().trim())
                .setProvenance(Provenance.newBuilder().setRawSha256("00").setIngestedAt(ingested)
                        .setPipelineVersion("bench").setSourceFile(n + ".txt").build())
                .build();
    }

    static List<String> sentences(List<BrownCorpus.Article> articles) {
        List<String> out = new ArrayList<>();
        for (BrownCorpus.Article a : articles) {
            for (String paragraph : a.paragraphs()) {
                for (String sentence : paragraph.split("(?<=[.!?])\\s+")) {
                    if (sentence.split(" ").length >= 8) {
                        out.add(sentence);
                    }
                }
            }
        }
        return out;
    }

    static long directoryBytes(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes a benchmark's work folder. */
    public static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
