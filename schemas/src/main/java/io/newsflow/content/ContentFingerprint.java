package io.newsflow.content;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;

/**
 * Exact-duplicate fingerprint: SHA-256 of the normalised article body, not of the page bytes, so the same story
 * re-wrapped in other page chrome, re-encoded, or with different whitespace and quote styles hashes the same.
 */
public final class ContentFingerprint {
    private ContentFingerprint() {
    }

    /** NFKC, lower case, typographic quotes and dashes folded, every run of non-alphanumerics collapsed to a space. */
    public static String normalise(String body) {
        String text = Normalizer.normalize(body, Normalizer.Form.NFKC).toLowerCase(java.util.Locale.ROOT);
        StringBuilder out = new StringBuilder(text.length());
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (pendingSpace && out.length() > 0) {
                    out.append(' ');
                }
                pendingSpace = false;
                out.append(c);
            } else {
                pendingSpace = true;
            }
        }
        return out.toString();
    }

    /**
     * The raw-topic partition for a body: the default partitioner's choice for the fingerprint as key. Ingest sends
     * every copy of a body to one partition, so copies keep their ingest order and "first seen" is deterministic.
     */
    public static int partition(String fingerprint, int partitions) {
        return org.apache.kafka.common.utils.Utils.toPositive(
                org.apache.kafka.common.utils.Utils.murmur2(fingerprint.getBytes(StandardCharsets.UTF_8))) % partitions;
    }

    public static String of(String body) {
        return ofNormalised(normalise(body));
    }

    /** The fingerprint of a body already through {@link #normalise} (callers that need both normalise once). */
    public static String ofNormalised(String normalised) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(normalised.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JVM", e);
        }
    }
}
