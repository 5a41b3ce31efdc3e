package io.newsflow.ingest.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Every regular file under a folder, in a stable (sorted) order, read with a size cap: an oversize file is reported
 * with its size and its first bytes kept for the dead letter, never silently cut and never loaded whole. A
 * {@code *.jsonl} file is a crawler's output, one page per line ({@link #pages}).
 */
public final class InputFolder {
    static final int HEAD_BYTES = 64 * 1024;
    private final Path root;
    private final long maxBytes;

    public InputFolder(Path root, long maxBytes) {
        this.root = root;
        this.maxBytes = maxBytes;
    }

    public List<Path> files() {
        if (!Files.isDirectory(root)) {
            throw new IllegalArgumentException("Input folder " + root + " does not exist or is not a folder");
        }
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not list " + root, e);
        }
    }

    /** The name an article is known by: its path relative to the input folder, with forward slashes. */
    public String sourceName(Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    /** Whether {@code file} holds one page per JSON line rather than being one page. */
    public static boolean isJsonLines(Path file) {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return name.endsWith(".jsonl") || name.endsWith(".ndjson");
    }

    /**
     * The pages in {@code file}: one for an ordinary file ({@link #read}); for JSON lines
     * ({@code {"url", "html" or "text", "fetchedAt"}} per line) one per non-blank line, named {@code FILE#lineN}, with
     * its URL and fetch time, a bad line becoming an unreadable page that says why. Close the stream.
     */
    public Stream<InputPage> pages(Path file) {
        if (isJsonLines(file)) {
            return JsonLinesPages.read(file, sourceName(file), maxBytes);
        }
        return Stream.of(read(file));
    }

    /** The file as one page (JSON-lines files included: use {@link #pages} to split them). */
    public InputPage read(Path file) {
        String name = sourceName(file);
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            return new InputPage(name, file, null, null, -1, null, new byte[0], "unreadable file: " + describe(e));
        }
        if (size > maxBytes) {
            return new InputPage(name, file, null, null, size, null, head(file),
                    String.format("file is %,d bytes, over the %,d-byte cap (--max-bytes)", size, maxBytes));
        }
        try {
            byte[] bytes = Files.readAllBytes(file);
            return new InputPage(name, file, null, null, bytes.length, bytes, null, null);
        } catch (IOException e) {
            return new InputPage(name, file, null, null, size, null, new byte[0], "unreadable file: " + describe(e));
        }
    }

    private static byte[] head(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(HEAD_BYTES);
        } catch (IOException e) {
            return new byte[0];
        }
    }

    private static String describe(IOException e) {
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage());
    }
}
