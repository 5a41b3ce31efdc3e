package io.newsflow.platform.registry;

import io.newsflow.platform.process.ChildProcess;
import io.newsflow.platform.process.Ports;
import io.newsflow.registry.RestSchemaRegistryClient;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Apicurio Registry 3.0.9 in a child JVM: a real registry whose {@code /apis/ccompat/v7} API is Confluent's Schema
 * Registry API. Resolved by Maven coordinates into the local repository and unpacked once into a cache directory.
 * Compatibility is set to BACKWARD on start, because Apicurio's default is NONE.
 */
public final class ApicurioRegistry implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ApicurioRegistry.class);
    public static final String VERSION = "3.0.9";
    static final String COORDINATES = "io.apicurio:apicurio-registry-app:" + VERSION + ":zip:all";
    static final String CONFLUENT_API_PATH = "/apis/ccompat/v7";

    private final ChildProcess process;
    private final int port;

    private ApicurioRegistry(ChildProcess process, int port) {
        this.process = process;
        this.port = port;
    }

    /**
     * Starts the registry on the port (0 = any free one). With persistent = true its H2 database lives in dataDir,
     * so schema ids survive a restart (ids are baked into every record written, so they must).
     */
    public static ApicurioRegistry start(int requestedPort, Path dataDir, boolean persistent, Duration timeout) {
        int port = Ports.resolve(requestedPort);
        Ports.requireFree(port, "schema registry");
        Path runner = installedRunnerJar();
        List<String> jvm = new ArrayList<>(List.of("-Xms64m", "-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-Dquarkus.http.host=127.0.0.1", "-Dquarkus.http.port=" + port,
                "-Dquarkus.log.level=WARN", "-Dquarkus.log.category.\"io.quarkus\".level=INFO",
                "-Dquarkus.banner.enabled=false"));
        if (persistent) {
            jvm.add("-Dapicurio.datasource.url=jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("registry-db"));
        }
        try {
            ChildProcess child = ChildProcess.start("schema-registry",
                    ChildProcess.javaCommand(jvm, List.of("-jar", runner.toString())), dataDir);
            ApicurioRegistry registry = new ApicurioRegistry(child, port);
            registry.awaitReady(timeout);
            new RestSchemaRegistryClient(registry.confluentUrl()).setCompatibility(null, "BACKWARD");
            return registry;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the schema registry in " + dataDir, e);
        }
    }

    /** The Confluent-API base URL clients are given as schema.registry.url. */
    public String confluentUrl() {
        return "http://127.0.0.1:" + port + CONFLUENT_API_PATH;
    }

    public long pid() {
        return process.pid();
    }

    @Override
    public void close() {
        process.stop(Duration.ofSeconds(20));
    }

    private void awaitReady(Duration timeout) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        URI health = URI.create("http://127.0.0.1:" + port + "/health/ready");
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            process.ensureAlive();
            try {
                HttpResponse<Void> response = http.send(HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    log.info("Schema registry ready at {}", confluentUrl());
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for the schema registry", e);
            }
            if (Instant.now().isAfter(deadline)) {
                process.close();
                throw new IllegalStateException("Schema registry not ready at " + health + " after " + timeout.toSeconds()
                        + " s; last lines of " + process.logFile() + ":\n" + process.logTail(30));
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for the schema registry", e);
            }
        }
    }

    /**
     * The unpacked runner jar, fetching the distribution with Maven on first use. The distribution's parent POM is
     * not in the repository, so only the old dependency:get (2.8) with transitive=false can fetch it.
     */
    static synchronized Path installedRunnerJar() {
        Path home = cacheHome().resolve("apicurio-registry-" + VERSION);
        Path runner = home.resolve("apicurio-registry-app-" + VERSION + "-runner.jar");
        if (Files.exists(runner) && Files.exists(home.resolve(".complete"))) {
            return runner;
        }
        Path zip = localRepository().resolve("io/apicurio/apicurio-registry-app/" + VERSION
                + "/apicurio-registry-app-" + VERSION + "-all.zip");
        if (!Files.exists(zip)) {
            fetchWithMaven(zip);
        }
        log.info("Unpacking {} into {}", zip.getFileName(), home);
        try {
            Path staging = Files.createTempDirectory(cacheHome(), "apicurio-unpack");
            try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
                for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                    Path target = staging.resolve(entry.getName()).normalize();
                    if (!target.startsWith(staging)) {
                        throw new IOException("Zip entry outside target directory: " + entry.getName());
                    }
                    if (entry.isDirectory()) {
                        Files.createDirectories(target);
                    } else {
                        Files.createDirectories(target.getParent());
                        Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
            Files.writeString(staging.resolve(".complete"), VERSION);
            if (Files.exists(home) && !Files.exists(home.resolve(".complete"))) {
                deleteTree(home); // an unpack that was cut off
            }
            try {
                Files.move(staging, home, StandardCopyOption.ATOMIC_MOVE);
            } catch (java.nio.file.FileAlreadyExistsException | java.nio.file.DirectoryNotEmptyException e) {
                deleteTree(staging); // another newsflow process unpacked it first
            }
            return runner;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not unpack " + zip + " into " + home, e);
        }
    }

    private static void fetchWithMaven(Path expected) {
        log.info("Fetching Apicurio Registry {} with Maven (about 109 MB, once)", VERSION);
        List<String> command = List.of(System.getProperty("os.name").startsWith("Windows") ? "mvn.cmd" : "mvn",
                "-B", "-q", "org.apache.maven.plugins:maven-dependency-plugin:2.8:get",
                "-Dartifact=" + COORDINATES, "-Dtransitive=false",
                "-Dmaven.repo.local=" + localRepository());
        try {
            Path outside = Files.createTempDirectory("newsflow-fetch"); // outside any project POM
            Process process = new ProcessBuilder(command).directory(outside.toFile()).redirectErrorStream(true).start();
            String output;
            try (InputStream in = process.getInputStream()) {
                output = new String(in.readAllBytes());
            }
            int rc = process.waitFor();
            if (rc != 0 || !Files.exists(expected)) {
                throw new IllegalStateException("Could not fetch " + COORDINATES + " with `" + String.join(" ", command)
                        + "` (exit " + rc + "):\n" + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not run Maven to fetch " + COORDINATES
                    + "; is `mvn` on the PATH?", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while fetching " + COORDINATES, e);
        }
    }

    static Path localRepository() {
        String configured = System.getProperty("maven.repo.local", System.getenv("NEWSFLOW_MAVEN_REPO"));
        return configured != null ? Path.of(configured)
                : Path.of(System.getProperty("user.home"), ".m2", "repository");
    }

    static Path cacheHome() {
        String configured = System.getenv("NEWSFLOW_CACHE");
        Path path = configured != null ? Path.of(configured) : Path.of(System.getProperty("user.home"), ".cache", "newsflow");
        try {
            return Files.createDirectories(path);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create cache directory " + path, e);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (var paths = Files.walk(root)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
