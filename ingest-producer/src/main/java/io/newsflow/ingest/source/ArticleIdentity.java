package io.newsflow.ingest.source;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Stable article ids. The id is a hash of where the page came from (URL or path under the input folder) and of its
 * bytes: ingesting the same file again gives the same id (a replay, dropped downstream), while the same bytes under
 * another name is another article (an exact duplicate), and an edited page is a new article.
 */
public final class ArticleIdentity {
    private ArticleIdentity() {
    }

    public static String articleId(String sourceName, String pageSha256) {
        return sha256Hex((sourceName + "\n" + pageSha256).getBytes(StandardCharsets.UTF_8)).substring(0, 20);
    }

    public static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JVM", e);
        }
    }
}
