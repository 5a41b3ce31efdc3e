package io.newsflow.enrich.dedup;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The dedup stage's state: one RocksDB key-value store with ONE entry per body seen, and in memory the lookup
 * structures derived from it. Every key starts with its generation (one byte: event time / generation length, mod
 * 256), so a generation that leaves the window is deleted by one prefix scan, and no key pays for a timestamp.
 *
 * <pre>
 * [gen]['B'][SHA-256 prefix:8] → [0][local id:3][article id:1+10][2-bit MinHash sketch:32][features:2]
 *                                   [bands:1][band value:3]…[lead sketch:8][id hash:4]…        body of an original
 *                              → [1][status][similarity:2][original id:1+10][id hash:4]…      body of a copy
 * </pre>
 * An original costs 10 + 79 = 89 bytes of key and value with the default 7 bands and 20-hex-char article ids, and
 * is written once (a re-sent copy appends 4 bytes). The id hashes list the other articles seen with that body, so a replayed
 * copy is recognised and dropped (an original's replay is recognised by its full id).
 *
 * <p>The band values are kept in the store only so that the LSH postings (band value → originals) can be rebuilt in
 * memory: earlier layouts kept one store entry per band value, listing local ids, which cost four entries per
 * original (RocksDB adds about 10 bytes to each on disk) and rewrote the list each time an original joined it
 * (stale versions on disk until compaction); that store was 125 bytes per article on disk at 100,000.
 *
 * <p>The in-memory side (postings, every original's sketch, a Bloom filter over the body keys) is built from the
 * store here, so on every processor init, which Kafka Streams calls after each restore, and it is written through
 * with the store. It is therefore always equal to what the store holds, and the verdicts depend on the store only.
 * Local ids are 24 bits: up to 16.7 million originals in one window.
 */
public final class DedupIndex {
    private static final byte BODY = 'B';
    private static final int MAX_ID_HASHES = 32;
    /** A MinHash value that many originals share (a stock phrase) stops taking more: it would only add work. */
    private static final int MAX_IDS_PER_BAND_VALUE = 16;
    private static final ByteArraySerializer PREFIX = new ByteArraySerializer();

    private static final int[] NONE = new int[0];

    private final KeyValueStore<Bytes, byte[]> store;
    /**
     * Bloom filters over the body keys in the store, per generation byte (null: no such key). A new article's body
     * is looked up in every live generation, and is almost always absent: each read is a JNI call into RocksDB.
     * A key is added when written and a generation's filter goes when it is dropped, so a negative is certain.
     */
    private final KeyFilter[] filters = new KeyFilter[256];
    /** Per generation byte: every live original's sketch, feature count, lead sketch and body key. */
    private final OriginalTable[] originals = new OriginalTable[256];
    /** Per generation byte: LSH postings, (band, MinHash value) → local ids of the originals that have it. */
    private final BandPostings[] postings = new BandPostings[256];

    public DedupIndex(KeyValueStore<Bytes, byte[]> store) {
        this.store = store;
        try (KeyValueIterator<Bytes, byte[]> it = store.all()) {
            while (it.hasNext()) {
                KeyValue<Bytes, byte[]> entry = it.next();
                byte[] key = entry.key.get();
                // Keys of an older layout are skipped; they leave with their generation.
                if (key.length != 10 || key[1] != BODY) {
                    continue;
                }
                remember(key);
                if (entry.value[0] == 0) {
                    ByteBuffer in = ByteBuffer.wrap(entry.value, 1, entry.value.length - 1);
                    int localId = getInt3(in);
                    skipId(in);
                    long[] bits = {in.getLong(), in.getLong(), in.getLong(), in.getLong()};
                    int features = in.getShort() & 0xFFFF;
                    int[] bands = new int[in.get()];
                    for (int band = 0; band < bands.length; band++) {
                        bands[band] = getInt3(in);
                    }
                    index(key[0], localId, bits, features, in.getLong(), ByteBuffer.wrap(key, 2, 8).getLong(), bands);
                }
            }
        }
    }

    /** What is known about a body seen before: either an original's own body or a copy's. */
    public record BodyEntry(long generation, byte[] fingerprint, boolean original, int localId, String originalId,
                            byte status, double similarity, List<Integer> idHashes) {
    }

    /** The article id of an original that {@link #features} found, read from the store. */
    public String originalId(long generation, int localId) {
        OriginalTable table = originals[gen(generation) & 0xFF];
        byte[] fingerprint = ByteBuffer.allocate(8).putLong(table.fingerprints[table.slot(localId)]).array();
        byte[] value = store.get(Bytes.wrap(bodyKey(generation, fingerprint)));
        ByteBuffer in = ByteBuffer.wrap(value, 4, value.length - 4);
        return readId(in);
    }

    /** An original's feature count, from memory; -1 if it is not in the store. */
    public int features(long generation, int localId) {
        OriginalTable table = originals[gen(generation) & 0xFF];
        int slot = table == null ? -1 : table.slot(localId);
        return slot < 0 ? -1 : table.features[slot];
    }

    /** Estimated Jaccard of a sketch with an original's (which {@link #features} found), from memory. */
    public double similarity(long generation, int localId, long[] bits) {
        OriginalTable table = originals[gen(generation) & 0xFF];
        int at = table.slot(localId) * 4;
        long[] b = table.bits;
        int differing = 0;
        for (int i = 0; i < 4; i++) {
            long x = bits[i] ^ b[at + i];
            differing += Long.bitCount((x | x >>> 1) & 0x5555555555555555L);
        }
        return ShingleSketch.jaccardOfDiffering(differing, 4);
    }

    /** An original's lead sketch (which {@link #features} found), from memory. */
    public long leadSketch(long generation, int localId) {
        OriginalTable table = originals[gen(generation) & 0xFF];
        return table.leads[table.slot(localId)];
    }

    public BodyEntry body(long generation, byte[] fingerprint) {
        byte[] key = bodyKey(generation, fingerprint);
        byte[] value = mightHold(key) ? store.get(Bytes.wrap(key)) : null;
        if (value == null) {
            return null;
        }
        ByteBuffer in = ByteBuffer.wrap(value);
        if (in.get() == 0) {
            int localId = getInt3(in);
            String id = readId(in);
            in.position(in.position() + 32 + 2);
            int bands = in.get();
            in.position(in.position() + 3 * bands + 8);
            return new BodyEntry(generation, fingerprint, true, localId, id, (byte) 0, 1.0, idHashes(in));
        }
        byte status = in.get();
        double similarity = (in.getShort() & 0xFFFF) / 10_000.0;
        String originalId = readId(in);
        return new BodyEntry(generation, fingerprint, false, -1, originalId, status, similarity, idHashes(in));
    }

    /**
     * Local ids of the originals in a generation whose band {@code band} has this MinHash value (24 bits), in the
     * order they were indexed or restored; none for a value so common (a stock phrase) that
     * {@value #MAX_IDS_PER_BAND_VALUE} originals have it: comparing with all of them costs time and gives the
     * sketch's noise more chances to pass an unrelated story.
     */
    public int[] candidates(long generation, int band, int minHash) {
        BandPostings table = postings[gen(generation) & 0xFF];
        return table == null ? NONE : table.get(band, minHash & 0xFFFFFF);
    }

    public void putOriginal(long generation, int localId, String articleId, ShingleSketch sketch, byte[] fingerprint) {
        long[] bits = sketch.bits();
        int[] bands = sketch.bandKeys();
        byte[] id = encodeId(articleId);
        int features = Math.min(0xFFFF, sketch.features());
        ByteBuffer value = ByteBuffer.allocate(1 + 3 + id.length + 32 + 2 + 1 + 3 * bands.length + 8).put((byte) 0);
        putInt3(value, localId);
        value.put(id);
        for (long word : bits) {
            value.putLong(word);
        }
        value.putShort((short) features).put((byte) bands.length);
        for (int i = 0; i < bands.length; i++) {
            bands[i] &= 0xFFFFFF;
            putInt3(value, bands[i]);
        }
        value.putLong(sketch.leadSketch());
        byte[] key = bodyKey(generation, fingerprint);
        store.put(Bytes.wrap(key), value.array());
        remember(key);
        index(gen(generation), localId, bits, features, sketch.leadSketch(), ByteBuffer.wrap(fingerprint).getLong(), bands);
    }

    public void putCopy(long generation, byte[] fingerprint, byte status, double similarity, String originalId,
                        int idHash) {
        byte[] id = encodeId(originalId);
        byte[] key = bodyKey(generation, fingerprint);
        store.put(Bytes.wrap(key), ByteBuffer.allocate(8 + id.length)
                .put((byte) 1).put(status).putShort((short) Math.round(similarity * 10_000)).put(id).putInt(idHash).array());
        remember(key);
    }

    /** Remembers one more article id with a known body, so its replay is recognised (bounded: a flood of copies of
     * one body stops being remembered after {@value #MAX_ID_HASHES}; their replays then re-announce the copy). */
    public void addIdHash(BodyEntry entry, int idHash) {
        Bytes key = Bytes.wrap(bodyKey(entry.generation(), entry.fingerprint()));
        byte[] value = store.get(key);
        if (value == null || entry.idHashes().size() >= MAX_ID_HASHES) {
            return;
        }
        store.put(key, ByteBuffer.allocate(value.length + 4).put(value).putInt(idHash).array());
    }

    /** Deletes everything in one generation (all keys under its prefix byte); returns how many entries. */
    public int dropGeneration(int generationByte) {
        List<Bytes> keys = new ArrayList<>();
        try (KeyValueIterator<Bytes, byte[]> it = store.prefixScan(new byte[] {(byte) generationByte}, PREFIX)) {
            while (it.hasNext()) {
                keys.add(it.next().key);
            }
        }
        List<KeyValue<Bytes, byte[]>> deletes = new ArrayList<>(keys.size());
        keys.forEach(k -> deletes.add(KeyValue.pair(k, null)));
        store.putAll(deletes);
        filters[generationByte & 0xFF] = null;
        originals[generationByte & 0xFF] = null;
        postings[generationByte & 0xFF] = null;
        return keys.size();
    }

    private void index(byte generation, int localId, long[] bits, int features, long lead, long fingerprint, int[] bands) {
        int g = generation & 0xFF;
        if (originals[g] == null) {
            originals[g] = new OriginalTable();
            postings[g] = new BandPostings();
        }
        originals[g].put(localId, bits, features, lead, fingerprint);
        for (int band = 0; band < bands.length; band++) {
            postings[g].add(band, bands[band], localId);
        }
    }

    /**
     * Open addressing from local id to slot, one array per field: no object per original. 56 bytes per slot at a
     * load of 0.35 to 0.7: 80–160 bytes of heap per original.
     */
    private static final class OriginalTable {
        private int[] ids = new int[1024];
        private long[] bits = new long[1024 * 4];
        private int[] features = new int[1024];
        private long[] leads = new long[1024];
        private long[] fingerprints = new long[1024];
        private int size;

        int slot(int localId) {
            int mask = ids.length - 1;
            for (int i = spread(localId) & mask; ; i = (i + 1) & mask) {
                if (ids[i] == 0) {
                    return -1;
                }
                if (ids[i] == localId + 1) {
                    return i;
                }
            }
        }

        void put(int localId, long[] sketch, int featureCount, long lead, long fingerprint) {
            if ((size + 1) * 10 > ids.length * 7) {
                grow();
            }
            int mask = ids.length - 1;
            int i = spread(localId) & mask;
            while (ids[i] != 0 && ids[i] != localId + 1) {
                i = (i + 1) & mask;
            }
            if (ids[i] == 0) {
                size++;
            }
            ids[i] = localId + 1;
            System.arraycopy(sketch, 0, bits, i * 4, 4);
            features[i] = featureCount;
            leads[i] = lead;
            fingerprints[i] = fingerprint;
        }

        private void grow() {
            int[] oldIds = ids;
            long[] oldBits = bits;
            int[] oldFeatures = features;
            long[] oldLeads = leads;
            long[] oldFingerprints = fingerprints;
            ids = new int[oldIds.length * 2];
            bits = new long[ids.length * 4];
            features = new int[ids.length];
            leads = new long[ids.length];
            fingerprints = new long[ids.length];
            size = 0;
            long[] sketch = new long[4];
            for (int i = 0; i < oldIds.length; i++) {
                if (oldIds[i] != 0) {
                    System.arraycopy(oldBits, i * 4, sketch, 0, 4);
                    put(oldIds[i] - 1, sketch, oldFeatures[i], oldLeads[i], oldFingerprints[i]);
                }
            }
        }
    }

    /**
     * LSH postings of one generation: open addressing from (band, 24-bit MinHash value) to the first local id that
     * has it, with further ids chained in side arrays (most values have one). 12 bytes per slot at a load of 0.35 to
     * 0.7: 120–240 bytes of heap per original with 7 bands.
     */
    private static final class BandPostings {
        private static final int COUNT_BITS = 5;
        private static final int COUNT_MASK = (1 << COUNT_BITS) - 1;
        private int[] keys = new int[4096];
        private int[] firstIds = new int[4096];
        /** How many ids the value has (low bits), and where its further ids start in {@link #more}, plus one. */
        private int[] countAndHead = new int[4096];
        private int[] more = new int[256];
        private int[] next = new int[256];
        private int moreSize;
        private int size;

        void add(int band, int minHash, int localId) {
            if ((size + 1) * 10 > keys.length * 7) {
                grow();
            }
            int key = (band + 1) << 24 | minHash;
            int slot = find(key);
            if (keys[slot] == 0) {
                keys[slot] = key;
                firstIds[slot] = localId;
                countAndHead[slot] = 1;
                size++;
                return;
            }
            int count = countAndHead[slot] & COUNT_MASK;
            if (count >= MAX_IDS_PER_BAND_VALUE) {
                return;
            }
            if (moreSize == more.length) {
                more = Arrays.copyOf(more, moreSize * 2);
                next = Arrays.copyOf(next, moreSize * 2);
            }
            // Appended at the tail, so ids come back in the order they were added.
            more[moreSize] = localId;
            next[moreSize] = 0;
            int head = countAndHead[slot] >>> COUNT_BITS;
            if (head == 0) {
                head = moreSize + 1;
            } else {
                int at = head - 1;
                while (next[at] != 0) {
                    at = next[at] - 1;
                }
                next[at] = moreSize + 1;
            }
            moreSize++;
            countAndHead[slot] = head << COUNT_BITS | (count + 1);
        }

        int[] get(int band, int minHash) {
            int slot = find((band + 1) << 24 | minHash);
            int count = countAndHead[slot] & COUNT_MASK;
            if (keys[slot] == 0 || count >= MAX_IDS_PER_BAND_VALUE) {
                return NONE;
            }
            int[] out = new int[count];
            out[0] = firstIds[slot];
            for (int i = 1, at = countAndHead[slot] >>> COUNT_BITS; i < count; i++, at = next[at - 1]) {
                out[i] = more[at - 1];
            }
            return out;
        }

        private int find(int key) {
            int mask = keys.length - 1;
            int i = spread(key) & mask;
            while (keys[i] != 0 && keys[i] != key) {
                i = (i + 1) & mask;
            }
            return i;
        }

        private void grow() {
            int[] oldKeys = keys;
            int[] oldFirst = firstIds;
            int[] oldCountAndHead = countAndHead;
            keys = new int[oldKeys.length * 2];
            firstIds = new int[keys.length];
            countAndHead = new int[keys.length];
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldKeys[i] != 0) {
                    int slot = find(oldKeys[i]);
                    keys[slot] = oldKeys[i];
                    firstIds[slot] = oldFirst[i];
                    countAndHead[slot] = oldCountAndHead[i];
                }
            }
        }
    }

    private static int spread(int id) {
        return id * 0x9E3779B9 >>> 7;
    }

    /** Body keys go into their generation's filter. */
    private void remember(byte[] key) {
        int generation = key[0] & 0xFF;
        KeyFilter filter = filters[generation];
        if (filter == null || filter.full()) {
            // A full filter is kept and a larger one chained to it (a scalable Bloom filter): no rescan of the store.
            filter = new KeyFilter(filter);
            filters[generation] = filter;
        }
        filter.add(KeyFilter.hash(key));
    }

    private boolean mightHold(byte[] key) {
        KeyFilter filter = filters[key[0] & 0xFF];
        if (filter == null) {
            return false;
        }
        long hash = KeyFilter.hash(key);
        for (KeyFilter f = filter; f != null; f = f.previous) {
            if (f.mightContain(hash)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A Bloom filter of 64-bit key hashes: 12 bits and 6 probes per key (about 0.5 % false positives when full);
     * each one twice the capacity of the one it chains to, starting at 16,384 keys (24 KB).
     */
    private static final class KeyFilter {
        private static final int PROBES = 6;
        private final KeyFilter previous;
        private final long[] words;
        private final int mask;
        private final int capacity;
        private int count;

        KeyFilter(KeyFilter previous) {
            this.previous = previous;
            this.capacity = previous == null ? 1 << 14 : previous.capacity * 2;
            int bits = Integer.highestOneBit(capacity * 12 - 1) << 1;
            this.words = new long[bits >>> 6];
            this.mask = bits - 1;
        }

        boolean full() {
            return count >= capacity;
        }

        void add(long hash) {
            int h1 = (int) hash;
            int h2 = (int) (hash >>> 32) | 1;
            for (int i = 0; i < PROBES; i++) {
                int bit = (h1 + i * h2) & mask;
                words[bit >>> 6] |= 1L << bit;
            }
            count++;
        }

        boolean mightContain(long hash) {
            int h1 = (int) hash;
            int h2 = (int) (hash >>> 32) | 1;
            for (int i = 0; i < PROBES; i++) {
                int bit = (h1 + i * h2) & mask;
                if ((words[bit >>> 6] & 1L << bit) == 0) {
                    return false;
                }
            }
            return true;
        }

        static long hash(byte[] key) {
            long h = 0xcbf29ce484222325L;
            for (byte b : key) {
                h = (h ^ (b & 0xFF)) * 0x100000001b3L;
            }
            h = (h ^ (h >>> 30)) * 0xbf58476d1ce4e5b9L;
            h = (h ^ (h >>> 27)) * 0x94d049bb133111ebL;
            return h ^ (h >>> 31);
        }
    }

    public static int idHash(String articleId) {
        long h = ShingleSketch.hash64(articleId);
        return (int) (h ^ (h >>> 32));
    }

    private static byte gen(long generation) {
        return (byte) generation;
    }

    private static void putInt3(ByteBuffer out, int value) {
        out.put((byte) (value >>> 16)).put((byte) (value >>> 8)).put((byte) value);
    }

    private static int getInt3(ByteBuffer in) {
        return (in.get() & 0xFF) << 16 | (in.get() & 0xFF) << 8 | in.get() & 0xFF;
    }

    private static byte[] bodyKey(long generation, byte[] fingerprint) {
        return ByteBuffer.allocate(10).put(gen(generation)).put(BODY).put(fingerprint, 0, 8).array();
    }

    private static List<Integer> idHashes(ByteBuffer in) {
        List<Integer> hashes = new ArrayList<>();
        while (in.remaining() >= 4) {
            hashes.add(in.getInt());
        }
        return hashes;
    }

    /** Article ids are 20 hex chars in production: packed to 10 bytes; anything else is kept as UTF-8. */
    static byte[] encodeId(String id) {
        boolean hex = id.length() % 2 == 0 && id.length() <= 254 && id.chars().allMatch(c -> c >= '0' && c <= '9' || c >= 'a' && c <= 'f');
        byte[] body = hex ? HexFormat.of().parseHex(id) : id.getBytes(StandardCharsets.UTF_8);
        if (body.length > 127) {
            throw new IllegalArgumentException("article id longer than 127 bytes: " + id);
        }
        return ByteBuffer.allocate(1 + body.length).put((byte) (hex ? 0x80 | body.length : body.length)).put(body).array();
    }

    static String readId(ByteBuffer in) {
        int head = in.get() & 0xFF;
        byte[] body = new byte[head & 0x7F];
        in.get(body);
        return (head & 0x80) != 0 ? HexFormat.of().formatHex(body) : new String(body, StandardCharsets.UTF_8);
    }

    private static void skipId(ByteBuffer in) {
        int length = in.get() & 0x7F;
        in.position(in.position() + length);
    }
}
