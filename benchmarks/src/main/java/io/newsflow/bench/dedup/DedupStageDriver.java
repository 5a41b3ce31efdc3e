package io.newsflow.bench.dedup;

import io.newsflow.enrich.dedup.DedupResult;
import io.newsflow.enrich.dedup.DedupResultSerde;
import io.newsflow.enrich.dedup.DedupSettings;
import io.newsflow.enrich.dedup.DuplicateDetector;
import io.newsflow.registry.InMemorySchemaRegistry;
import io.newsflow.schema.DedupVerdict;
import io.newsflow.schema.RawArticle;
import io.newsflow.serde.AvroSerdes;
import java.nio.file.Path;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The production dedup processor ({@link DuplicateDetector}) and its stores, alone in a topology under
 * TopologyTestDriver with persistent (RocksDB) stores in a state directory: what the quality score, the store-size
 * measurement and the store benchmark run. Verdicts for replays are absent (nothing is forwarded).
 */
public final class DedupStageDriver implements AutoCloseable {
    static final String INPUT = "dedup-input";
    static final String OUTPUT = "dedup-output";

    private final TopologyTestDriver driver;
    private final TestInputTopic<String, RawArticle> input;
    private final TestOutputTopic<String, DedupResult> output;

    public DedupStageDriver(DedupSettings settings, Path stateDir) {
        Serde<RawArticle> rawSerde = new AvroSerdes(new InMemorySchemaRegistry()).valueSerde(RawArticle.class);
        StreamsBuilder builder = new StreamsBuilder();
        DuplicateDetector.addStores(builder);
        builder.stream(INPUT, Consumed.with(Serdes.String(), rawSerde))
                .process(() -> new DuplicateDetector(settings), DuplicateDetector.INDEX_STORE, DuplicateDetector.CLOCK_STORE)
                .to(OUTPUT, Produced.with(Serdes.String(), new DedupResultSerde()));
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "dedup-stage");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        driver = new TopologyTestDriver(builder.build(), props);
        input = driver.createInputTopic(INPUT, Serdes.String().serializer(), rawSerde.serializer());
        output = driver.createOutputTopic(OUTPUT, Serdes.String().deserializer(), new DedupResultSerde().deserializer());
    }

    /** Runs one article through; its verdict, or null if it was dropped as a replay. */
    public DedupVerdict judge(RawArticle article) {
        input.pipeInput(article.getArticleId(), article, article.getProvenance().getIngestedAt());
        return output.isEmpty() ? null : output.readValue().verdict();
    }

    /** Entries and key + value bytes now in the dedup index store (what its changelog carries, minus record overhead). */
    public StoreSize indexSize() {
        KeyValueStore<Bytes, byte[]> store = driver.getKeyValueStore(DuplicateDetector.INDEX_STORE);
        long entries = 0;
        long bytes = 0;
        try (KeyValueIterator<Bytes, byte[]> it = store.all()) {
            while (it.hasNext()) {
                KeyValue<Bytes, byte[]> kv = it.next();
                entries++;
                bytes += kv.key.get().length + kv.value.length;
            }
        }
        return new StoreSize(entries, bytes);
    }

    /** Every live entry of the index, as a restore would write it. */
    public java.util.List<KeyValue<byte[], byte[]>> indexEntries() {
        KeyValueStore<Bytes, byte[]> store = driver.getKeyValueStore(DuplicateDetector.INDEX_STORE);
        java.util.List<KeyValue<byte[], byte[]>> entries = new java.util.ArrayList<>();
        try (KeyValueIterator<Bytes, byte[]> it = store.all()) {
            it.forEachRemaining(kv -> entries.add(KeyValue.pair(kv.key.get(), kv.value)));
        }
        return entries;
    }

    /**
     * Seconds to build the processor's in-memory side of the index (LSH postings, originals' sketches, key Bloom
     * filters) from the store, as its init does after every restore: a full scan; and the heap it holds (used heap
     * after a GC with and without it: approximate).
     */
    public IndexInit indexInit() {
        KeyValueStore<Bytes, byte[]> store = driver.getKeyValueStore(DuplicateDetector.INDEX_STORE);
        long before = usedHeapAfterGc();
        long t0 = System.nanoTime();
        io.newsflow.enrich.dedup.DedupIndex index = new io.newsflow.enrich.dedup.DedupIndex(store);
        double seconds = (System.nanoTime() - t0) / 1e9;
        long held = usedHeapAfterGc() - before;
        java.lang.ref.Reference.reachabilityFence(index);
        return new IndexInit(seconds, held);
    }

    public record IndexInit(double seconds, long heapBytes) {
    }

    private static long usedHeapAfterGc() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }

    public record StoreSize(long entries, long bytes) {
    }

    /** Flushes the index's memtable to SST files, so its size on disk can be read. */
    @SuppressWarnings("deprecation")
    public void flushIndex() {
        driver.getKeyValueStore(DuplicateDetector.INDEX_STORE).flush();
    }

    @Override
    public void close() {
        driver.close();
    }
}
