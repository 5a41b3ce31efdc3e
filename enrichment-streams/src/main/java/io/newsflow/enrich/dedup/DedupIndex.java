package io.newsflow.enrich.dedup;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The dedup stage's state, packed into one RocksDB key-value store so an original costs under 100 bytes. Every key
 * starts with its generation (one byte: event time / generation length, mod 256), so a generation that leaves the
 * window is deleted by one prefix scan, and no key pays for a timestamp of its own.
 *
 * <pre>
 * [gen]['O'][local id:3]                → [article id:1+10][2-bit MinHash sketch:32][features:2]  one per original
 * [gen][band][MinHash:3]               → [local id:3]…                             one per band value
 * [gen]['F'][SHA-256 prefix:8]           → [0][local id:3][id hash:4]…               body of an original
 *                                        → [1][status][similarity:2][original id][id hash:4]…  body of a copy
 * </pre>
 * With 5 bands and 20-hex-char article ids an original costs 5+45 + 5·8 + 10+4 = 104 bytes (less where originals share band values) of keys and values. The
 * id hashes list the other articles seen with that body, so a replayed copy is recognised and dropped (an
 * original's replay is recognised by its full id). Band keys hold the local id in the key, not the value, so several
 * Band values list local ids, so several originals can share a MinHash value, and a lookup is one point read. Local ids are 24 bits: up to 16.7 million originals in one window; band
 * values are cut to 24 bits too (a chance collision only costs one sketch comparison).
 */
public final class DedupIndex {
    private static final byte ORIGINAL = 'O';
    private static final byte FINGERPRINT = 'F';
    private static final int MAX_ID_HASHES = 32;
    /** A MinHash value that many originals share (a stock phrase) stops taking more: it would only add work. */
    private static final int MAX_IDS_PER_BAND_VALUE = 16;
    private static final ByteArraySerializer PREFIX = new ByteArraySerializer();

    private static final int[] NONE = new int[0];

    private final KeyValueStore<Bytes, byte[]> store;
    /**
     * Bloom filters over the band and body keys in the store, per generation byte (null: no such key). Most point
     * reads are for keys that are not there (a unique article's 25 band and 5 body reads, a copy's reads in the
     * generations its original is not in), and each is a JNI call into RocksDB: they were about half the step's
     * time. Built from the store here, so on every init (after a restore); a key is added when written and a
     * generation's filters go when it is dropped, so they always cover every key in the store: a false positive
     * costs one read, a negative is certain, and the verdicts are the same as without them.
     */
    private final KeyFilter[] filters = new KeyFilter[256];
    /**
     * Every original's sketch and feature count in memory, per generation byte, mirroring its 'O' entry: verifying
     * candidates read them from RocksDB before, about 40 reads per article at 100,000 (stories that share
     * sentences share band values), most of the unique path's time. Only the winner's id is read from the store.
     */
    private final SketchTable[] sketches = new SketchTable[256];
    /**
     * Per band, the last band key read or written and its value (null: absent), kept equal to the store by every
     * band read and write here: indexing an original re-reads the band keys its candidate search just read.
     */
    private final long[] recentBandKey = new long[16];
    private final byte[][] recentBandValue = new byte[16][];

    public DedupIndex(KeyValueStore<Bytes, byte[]> store) {
        this.store = store;
        java.util.Arrays.fill(recentBandKey, -1);
        try (KeyValueIterator<Bytes, byte[]> it = store.all()) {
            while (it.hasNext()) {
                KeyValue<Bytes, byte[]> entry = it.next();
                byte[] key = entry.key.get();
                remember(key);
                if (key.length == 5 && key[1] == ORIGINAL) {
                    ByteBuffer in = ByteBuffer.wrap(entry.value);
                    in.position(in.position() + 1 + (in.get(0) & 0x7F));
                    long[] bits = {in.getLong(), in.getLong(), in.getLong(), in.getLong()};
                    table(key[0]).put(getInt3(ByteBuffer.wrap(key, 2, 3)), bits, in.getShort() & 0xFFFF);
                }
            }
        }
    }

    /** An original still in the window. */
    public record Original(long generation, int localId, String articleId, long[] sketch, int features) {
    }

    /** What is known about a body seen before: either an original's own body or a copy's. */
    public record BodyEntry(long generation, byte[] fingerprint, boolean original, int localId, String originalId,
                            byte status, double similarity, List<Integer> idHashes) {
    }

    public Original original(long generation, int localId) {
        byte[] value = store.get(Bytes.wrap(originalKey(generation, localId)));
        if (value == null) {
            return null;
        }
        ByteBuffer in = ByteBuffer.wrap(value);
        String id = readId(in);
        long[] sketch = {in.getLong(), in.getLong(), in.getLong(), in.getLong()};
        return new Original(generation, localId, id, sketch, in.getShort() & 0xFFFF);
    }

    /** An original's feature count, from memory; -1 if it is not in the store. */
    public int features(long generation, int localId) {
        SketchTable table = sketches[gen(generation) & 0xFF];
        int slot = table == null ? -1 : table.slot(localId);
        return slot < 0 ? -1 : table.features[slot];
    }

    /** Estimated Jaccard of a sketch with an original's (which {@link #features} found), from memory. */
    public double similarity(long generation, int localId, long[] bits) {
        SketchTable table = sketches[gen(generation) & 0xFF];
        int at = table.slot(localId) * 4;
        long[] b = table.bits;
        int differing = 0;
        for (int i = 0; i < 4; i++) {
            long x = bits[i] ^ b[at + i];
            differing += Long.bitCount((x | x >>> 1) & 0x5555555555555555L);
        }
        return ShingleSketch.jaccardOfDiffering(differing, 4);
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
            return new BodyEntry(generation, fingerprint, true, localId, null, (byte) 0, 1.0, idHashes(in));
        }
        byte status = in.get();
        double similarity = (in.getShort() & 0xFFFF) / 10_000.0;
        String originalId = readId(in);
        return new BodyEntry(generation, fingerprint, false, -1, originalId, status, similarity, idHashes(in));
    }

    /**
     * Local ids of the originals in a generation whose band {@code band} has this MinHash value (24 bits); none for
     * a value so common (a stock phrase) that its list is full: comparing with all of them costs time and gives the
     * sketch's noise more chances to pass an unrelated story.
     */
    public int[] candidates(long generation, int band, int minHash) {
        byte[] key = bandKey(generation, band, minHash);
        byte[] ids = bandValue(key, band);
        if (ids == null || ids.length >= MAX_IDS_PER_BAND_VALUE * 3) {
            return NONE;
        }
        int[] out = new int[ids.length / 3];
        ByteBuffer in = ByteBuffer.wrap(ids);
        for (int i = 0; i < out.length; i++) {
            out[i] = getInt3(in);
        }
        return out;
    }

    public void putOriginal(long generation, int localId, String articleId, ShingleSketch sketch, byte[] fingerprint) {
        long[] bits = sketch.bits();
        byte[] id = encodeId(articleId);
        ByteBuffer original = ByteBuffer.allocate(id.length + bits.length * 8 + 2).put(id);
        for (long word : bits) {
            original.putLong(word);
        }
        int features = Math.min(0xFFFF, sketch.features());
        store.put(Bytes.wrap(originalKey(generation, localId)), original.putShort((short) features).array());
        table(gen(generation)).put(localId, bits, features);
        int[] bands = sketch.bandKeys();
        for (int band = 0; band < bands.length; band++) {
            byte[] raw = bandKey(generation, band, bands[band]);
            Bytes key = Bytes.wrap(raw);
            byte[] ids = bandValue(raw, band);
            int held = ids == null ? 0 : ids.length;
            if (held < MAX_IDS_PER_BAND_VALUE * 3) {
                ByteBuffer value = ByteBuffer.allocate(held + 3);
                if (ids != null) {
                    value.put(ids);
                }
                putInt3(value, localId);
                store.put(key, value.array());
                recentBandValue[band] = value.array();
                remember(raw);
            }
        }
        ByteBuffer body = ByteBuffer.allocate(4).put((byte) 0);
        putInt3(body, localId);
        byte[] bodyKey = bodyKey(generation, fingerprint);
        store.put(Bytes.wrap(bodyKey), body.array());
        remember(bodyKey);
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
        sketches[generationByte & 0xFF] = null;
        java.util.Arrays.fill(recentBandKey, -1);
        java.util.Arrays.fill(recentBandValue, null);
        return keys.size();
    }

    private byte[] bandValue(byte[] key, int band) {
        long packed = (key[0] & 0xFFL) << 32 | (key[2] & 0xFF) << 16 | (key[3] & 0xFF) << 8 | key[4] & 0xFF;
        if (recentBandKey[band] == packed) {
            return recentBandValue[band];
        }
        byte[] value = mightHold(key) ? store.get(Bytes.wrap(key)) : null;
        recentBandKey[band] = packed;
        recentBandValue[band] = value;
        return value;
    }

    private SketchTable table(byte generation) {
        SketchTable table = sketches[generation & 0xFF];
        if (table == null) {
            table = new SketchTable();
            sketches[generation & 0xFF] = table;
        }
        return table;
    }

    /** Open addressing from local id to slot: sketches in one long array, no object per original (80–160 heap bytes each at a load of at most one half). */
    private static final class SketchTable {
        private int[] ids = new int[1024];
        private long[] bits = new long[1024 * 4];
        private int[] features = new int[1024];
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

        void put(int localId, long[] sketch, int featureCount) {
            if ((size + 1) * 2 > ids.length) {
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
        }

        private void grow() {
            int[] oldIds = ids;
            long[] oldBits = bits;
            int[] oldFeatures = features;
            ids = new int[oldIds.length * 2];
            bits = new long[ids.length * 4];
            features = new int[ids.length];
            size = 0;
            long[] sketch = new long[4];
            for (int i = 0; i < oldIds.length; i++) {
                if (oldIds[i] != 0) {
                    System.arraycopy(oldBits, i * 4, sketch, 0, 4);
                    put(oldIds[i] - 1, sketch, oldFeatures[i]);
                }
            }
        }

        private static int spread(int id) {
            return id * 0x9E3779B9 >>> 7;
        }
    }

    /** Band and body keys go into their generation's filter; original keys are only read when a band names them. */
    private void remember(byte[] key) {
        if (key.length < 2 || key[1] == ORIGINAL) {
            return;
        }
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

    private static byte bandTag(int band) {
        return (byte) (0x10 + band);
    }

    private static byte[] bandKey(long generation, int band, int minHash) {
        ByteBuffer key = ByteBuffer.allocate(5).put(gen(generation)).put(bandTag(band));
        putInt3(key, minHash);
        return key.array();
    }

    private static byte[] originalKey(long generation, int localId) {
        ByteBuffer key = ByteBuffer.allocate(5).put(gen(generation)).put(ORIGINAL);
        putInt3(key, localId);
        return key.array();
    }

    private static void putInt3(ByteBuffer out, int value) {
        out.put((byte) (value >>> 16)).put((byte) (value >>> 8)).put((byte) value);
    }

    private static int getInt3(ByteBuffer in) {
        return (in.get() & 0xFF) << 16 | (in.get() & 0xFF) << 8 | in.get() & 0xFF;
    }

    private static byte[] bodyKey(long generation, byte[] fingerprint) {
        return ByteBuffer.allocate(10).put(gen(generation)).put(FINGERPRINT).put(fingerprint, 0, 8).array();
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
}
