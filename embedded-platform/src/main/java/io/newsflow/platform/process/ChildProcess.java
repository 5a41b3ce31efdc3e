package io.newsflow.platform.process;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A JVM (or other program) the platform runs as a child: output to a log file, a pid file so a later start can
 * clean up after a parent that was killed, and an orderly stop (SIGTERM, then SIGKILL after a grace period).
 */
public final class ChildProcess implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ChildProcess.class);

    private final String name;
    private final Process process;
    private final Path logFile;
    private final Path pidFile;

    private ChildProcess(String name, Process process, Path logFile, Path pidFile) {
        this.name = name;
        this.process = process;
        this.logFile = logFile;
        this.pidFile = pidFile;
    }

    /**
     * Starts the command with stdin left as a pipe: children that watch stdin (our broker) exit when this JVM dies,
     * even by SIGKILL, because the pipe closes.
     */
    public static ChildProcess start(String name, List<String> command, Path workDir) throws IOException {
        Files.createDirectories(workDir);
        Path pidFile = workDir.resolve(name + ".pid");
        killStale(name, pidFile);
        Path logFile = workDir.resolve(name + ".log");
        Process process = new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                .start();
        Files.writeString(pidFile, Long.toString(process.pid()));
        log.info("Started {} (pid {}), log {}", name, process.pid(), logFile);
        return new ChildProcess(name, process, logFile, pidFile);
    }

    public static List<String> javaCommand(List<String> jvmArgs, List<String> mainAndArgs) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var command = new java.util.ArrayList<String>();
        command.add(java);
        command.addAll(jvmArgs);
        command.addAll(mainAndArgs);
        return command;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public long pid() {
        return process.pid();
    }

    public Path logFile() {
        return logFile;
    }

    /** The last lines of the child's log, for error messages. */
    public String logTail(int lines) {
        try {
            List<String> all = Files.readAllLines(logFile, StandardCharsets.UTF_8);
            return String.join(System.lineSeparator(), all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** Fails with the log tail if the process has exited, so a readiness loop reports why instead of timing out. */
    public void ensureAlive() {
        if (!process.isAlive()) {
            throw new IllegalStateException(name + " exited with code " + process.exitValue() + "; last lines of "
                    + logFile + ":" + System.lineSeparator() + logTail(30));
        }
    }

    @Override
    public void close() {
        stop(Duration.ofSeconds(30));
    }

    public void stop(Duration grace) {
        if (process.isAlive()) {
            log.info("Stopping {} (pid {})", name, process.pid());
            process.destroy();
            try {
                if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                    log.warn("{} did not stop within {} s; killing it", name, grace.toSeconds());
                    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }
        try {
            Files.deleteIfExists(pidFile);
        } catch (IOException ignored) {
            // best effort: a stale pid file is checked against the process command line before use
        }
    }

    /** A previous parent killed with SIGKILL may have left this child running and holding its ports and files. */
    private static void killStale(String name, Path pidFile) {
        if (!Files.exists(pidFile)) {
            return;
        }
        try {
            long pid = Long.parseLong(Files.readString(pidFile).trim());
            ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                    .filter(p -> p.info().command().map(c -> c.contains("java")).orElse(false))
                    .ifPresent(p -> {
                        log.warn("Stopping stale {} (pid {}) left by an earlier run", name, pid);
                        p.destroy();
                        p.onExit().orTimeout(20, TimeUnit.SECONDS).exceptionally(t -> {
                            p.destroyForcibly();
                            return p;
                        }).join();
                    });
        } catch (IOException | NumberFormatException e) {
            log.debug("Ignoring unreadable pid file {}", pidFile);
        }
    }
}
