package io.newsflow.bench.quality;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * One labelled page of the extraction development set. A folder holds, per page {@code NAME}:
 * <ul>
 *   <li>{@code NAME.properties}: {@code page} (a file in the folder, or {@code seed:FILE} for a page in the seeds
 *       folder); {@code title}, {@code publishedDate} (ISO date or {@code null}); optional {@code updatedDate},
 *       {@code byline}, {@code source}, {@code language} ({@code null} for none; a key left out is not scored);
 *       {@code present.N} / {@code absent.N}: text that must / must not be in the body; {@code error}: the page must
 *       be rejected with a reason containing this text (then no other key is needed);</li>
 *   <li>{@code NAME.body.txt} (UTF-8): the exact expected body, one paragraph per line, blank lines ignored. Every
 *       sentence in it is article text; anything else the extractor returns is not.</li>
 * </ul>
 */
public record DevSetPage(String name, Properties label, Path page, List<String> bodyParagraphs) {

    public boolean seed() {
        return label.getProperty("page", "").startsWith("seed:");
    }

    public boolean expectsRejection() {
        return label.containsKey("error");
    }

    /** The labelled value of {@code key}: null when labelled {@code null}; check {@link #labels} first. */
    public String expected(String key) {
        String v = label.getProperty(key);
        return v == null || v.equals("null") ? null : v;
    }

    public boolean labels(String key) {
        return label.containsKey(key);
    }

    public byte[] bytes() {
        try {
            return Files.readAllBytes(page);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read dev-set page " + page, e);
        }
    }

    /** Every page labelled in {@code folder}, sorted by name; {@code seedsFolder} resolves {@code seed:} pages. */
    public static List<DevSetPage> load(Path folder, Path seedsFolder) {
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("Dev-set folder " + folder + " does not exist");
        }
        List<DevSetPage> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path p : files.filter(f -> f.getFileName().toString().endsWith(".properties")).sorted().toList()) {
                String name = p.getFileName().toString().replaceFirst("\\.properties$", "");
                Properties label = new Properties();
                try (Reader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
                    label.load(r);
                }
                String pageRef = label.getProperty("page");
                if (pageRef == null) {
                    throw new IllegalArgumentException(p + " names no page (page=...)");
                }
                Path page = pageRef.startsWith("seed:") ? seedsFolder.resolve(pageRef.substring(5)) : folder.resolve(pageRef);
                if (!Files.isRegularFile(page)) {
                    throw new IllegalArgumentException(p + ": page " + page + " does not exist");
                }
                Path bodyFile = folder.resolve(name + ".body.txt");
                List<String> body = null;
                if (Files.isRegularFile(bodyFile)) {
                    body = Files.readAllLines(bodyFile, StandardCharsets.UTF_8).stream()
                            .map(String::strip).filter(l -> !l.isEmpty()).toList();
                }
                out.add(new DevSetPage(name, label, page.normalize(), body));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read dev set " + folder, e);
        }
        return out;
    }
}
