package io.newsflow.ingest.source;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads a crawler's JSON-lines file: each non-blank line is one page,
 * {@code {"url": "...", "html": "..." | "text": "...", "fetchedAt": "2024-05-01T10:00:00Z"}}. Lines are read one at
 * a time with a byte cap, so a huge file or a huge line is never loaded whole. Each line becomes an
 * {@link InputPage} named {@code FILE#lineN} (1-based); a line that is not such an object, or whose page is over
 * the cap, becomes an unreadable page whose problem says which line and why, and the other lines go on.
 */
final class JsonLinesPages {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonLinesPages() {
    }

    /** Pages of {@code file}, lazily; the stream must be closed (it holds the file open). */
    static Stream<InputPage> read(Path file, String sourceName, long maxBytes) {
        InputStream in;
        try {
            in = new BufferedInputStream(Files.newInputStream(file), 64 * 1024);
        } catch (IOException e) {
            return Stream.of(new InputPage(sourceName, file, null, null, -1, null, new byte[0],
                    "unreadable file: " + e.getClass().getSimpleName() + " " + e.getMessage()));
        }
        // JSON escapes ("\u00e9", "\n", "\"") make a line longer than the page it carries.
        long lineCap = Math.min(Integer.MAX_VALUE - 16, maxBytes * 6 + 64 * 1024);
        Iterator<InputPage> pages = new Iterator<>() {
            private int lineNo;
            private InputPage next;

            @Override
            public boolean hasNext() {
                while (next == null) {
                    Line line = readLine(in, lineCap);
                    if (line == null) {
                        return false;
                    }
                    lineNo++;
                    if (!line.blank()) {
                        next = page(file, sourceName + "#line" + lineNo, lineNo, line, maxBytes);
                    }
                }
                return true;
            }

            @Override
            public InputPage next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                InputPage p = next;
                next = null;
                return p;
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(pages, Spliterator.ORDERED | Spliterator.NONNULL), false)
                .onClose(() -> {
                    try {
                        in.close();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }

    /** A line's bytes (only the first {@code head} bytes when it ran over the cap) and its full length. */
    private record Line(byte[] bytes, long length, boolean truncated) {
        boolean blank() {
            for (byte b : bytes) {
                if (b != ' ' && b != '\t' && b != '\r') {
                    return false;
                }
            }
            return !truncated;
        }
    }

    private static Line readLine(InputStream in, long cap) {
        try {
            ByteArrayOutputStream buf = new ByteArrayOutputStream(8192);
            long length = 0;
            boolean any = false;
            int b;
            while ((b = in.read()) >= 0) {
                any = true;
                if (b == '\n') {
                    break;
                }
                length++;
                if (length <= cap) {
                    buf.write(b);
                } else if (length == cap + 1) {
                    byte[] head = Arrays.copyOf(buf.toByteArray(), InputFolder.HEAD_BYTES);
                    buf = new ByteArrayOutputStream(0);
                    buf.writeBytes(head);
                }
            }
            if (!any) {
                return null;
            }
            return new Line(buf.toByteArray(), length, length > cap);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read JSON lines", e);
        }
    }

    private static InputPage page(Path file, String name, int lineNo, Line line, long maxBytes) {
        String where = "JSON line " + lineNo + ": ";
        if (line.truncated()) {
            return bad(file, name, line, String.format("%sline is %,d bytes, over the cap for a %,d-byte page (--max-bytes)",
                    where, line.length(), maxBytes));
        }
        JsonNode node;
        try {
            node = JSON.readTree(line.bytes());
        } catch (JsonProcessingException e) {
            return bad(file, name, line, where + "not valid JSON (" + e.getOriginalMessage() + ")");
        } catch (IOException e) {
            return bad(file, name, line, where + "not valid JSON (" + e.getMessage() + ")");
        }
        if (node == null || !node.isObject()) {
            return bad(file, name, line, where + "not a JSON object");
        }
        JsonNode html = node.get("html");
        JsonNode text = node.get("text");
        JsonNode content = html != null && !html.isNull() ? html : text;
        String field = content == html ? "html" : "text";
        if (content == null || content.isNull()) {
            return bad(file, name, line, where + "has neither \"html\" nor \"text\"");
        }
        if (!content.isTextual()) {
            return bad(file, name, line, where + "\"" + field + "\" is not a string");
        }
        String url = textOrNull(node.get("url"));
        Instant fetchedAt = null;
        String fetched = textOrNull(node.get("fetchedAt"));
        if (fetched != null) {
            fetchedAt = instant(fetched);
            if (fetchedAt == null) {
                return bad(file, name, line, where + "fetchedAt \"" + fetched + "\" is not an ISO-8601 date-time");
            }
        }
        byte[] bytes = content.textValue().getBytes(StandardCharsets.UTF_8);
        if (bytes.length > maxBytes) {
            return new InputPage(name, file, url, fetchedAt, bytes.length, null,
                    Arrays.copyOf(bytes, Math.min(bytes.length, InputFolder.HEAD_BYTES)),
                    String.format("%s\"%s\" is %,d bytes, over the %,d-byte cap (--max-bytes)", where, field, bytes.length, maxBytes));
        }
        if (content.textValue().isBlank()) {
            return new InputPage(name, file, url, fetchedAt, bytes.length, null, bytes, where + "\"" + field + "\" is empty");
        }
        return new InputPage(name, file, url, fetchedAt, bytes.length, bytes, null, null);
    }

    private static InputPage bad(Path file, String name, Line line, String reason) {
        byte[] head = line.bytes().length > InputFolder.HEAD_BYTES ? Arrays.copyOf(line.bytes(), InputFolder.HEAD_BYTES) : line.bytes();
        return new InputPage(name, file, null, null, line.length(), null, head, reason);
    }

    private static String textOrNull(JsonNode n) {
        return n == null || n.isNull() || !n.isValueNode() ? null : n.asText();
    }

    /** "2024-05-01T10:00:00Z", "2024-05-01T12:00:00+02:00". */
    private static Instant instant(String s) {
        try {
            return Instant.parse(s);
        } catch (DateTimeParseException e) {
            try {
                return OffsetDateTime.parse(s).toInstant();
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }
}
