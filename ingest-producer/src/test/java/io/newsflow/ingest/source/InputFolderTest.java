package io.newsflow.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputFolderTest {
    @TempDir
    Path root;

    @Test
    void listsRegularFilesRecursivelyInSortedOrderWithRelativeNames() throws IOException {
        Files.createDirectories(root.resolve("b"));
        Files.writeString(root.resolve("b/2.txt"), "x");
        Files.writeString(root.resolve("a.txt"), "x");
        Files.writeString(root.resolve(".hidden"), "x");
        InputFolder folder = new InputFolder(root, 100);
        assertThat(folder.files()).extracting(folder::sourceName).containsExactly("a.txt", "b/2.txt");
    }

    @Test
    void oversizeFileIsReportedWithItsSizeAndKeepsOnlyItsHead() throws IOException {
        Path big = root.resolve("big.html");
        Files.write(big, new byte[200_000]);
        InputPage page = new InputFolder(root, 100_000).read(big);
        assertThat(page.readable()).isFalse();
        assertThat(page.problem()).contains("200,000 bytes").contains("100,000-byte cap");
        assertThat(page.bytes()).isNull();
        assertThat(page.head()).hasSize(InputFolder.HEAD_BYTES);
        assertThat(page.size()).isEqualTo(200_000);
    }

    @Test
    void unreadableFileIsReportedNotThrown() {
        Path gone = root.resolve("gone.txt");
        InputPage page = new InputFolder(root, 100).read(gone);
        assertThat(page.readable()).isFalse();
        assertThat(page.problem()).startsWith("unreadable file");
    }

    @Test
    void missingFolderIsAClearError() {
        assertThatThrownBy(() -> new InputFolder(root.resolve("nope"), 1).files())
                .hasMessageContaining("does not exist or is not a folder");
    }

    @Test
    void articleIdIsStableForTheSameSourceAndBytesAndDiffersOtherwise() {
        String hash = ArticleIdentity.sha256Hex("page".getBytes());
        assertThat(ArticleIdentity.articleId("a.txt", hash)).isEqualTo(ArticleIdentity.articleId("a.txt", hash)).hasSize(20);
        assertThat(ArticleIdentity.articleId("b.txt", hash)).isNotEqualTo(ArticleIdentity.articleId("a.txt", hash));
        assertThat(ArticleIdentity.articleId("a.txt", ArticleIdentity.sha256Hex("page2".getBytes())))
                .isNotEqualTo(ArticleIdentity.articleId("a.txt", hash));
    }
}
