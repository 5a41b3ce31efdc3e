package io.newsflow.platform.broker;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Entry point of the broker child process: formats the KRaft storage on first start, then runs
 * {@code kafka.Kafka}. It exits when its stdin closes, so a broker never outlives the platform that started it
 * (Kafka's own shutdown hook then stops it cleanly).
 */
public final class BrokerMain {
    private BrokerMain() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: BrokerMain <server.properties> <cluster-id>");
            System.exit(2);
        }
        Path properties = Path.of(args[0]);
        String clusterId = args[1];
        Path logDir = Path.of(readLogDir(properties));
        if (!Files.exists(logDir.resolve("meta.properties"))) {
            int rc = kafka.tools.StorageTool.execute(new String[] {"format", "-t", clusterId, "-c", properties.toString(),
                    "--ignore-formatted"}, new PrintStream(System.out, true, StandardCharsets.UTF_8));
            if (rc != 0) {
                System.err.println("Formatting KRaft storage in " + logDir + " failed with code " + rc);
                System.exit(rc);
            }
        }
        Thread watchdog = new Thread(() -> {
            try {
                while (System.in.read() >= 0) {
                    // drain; the parent never writes
                }
            } catch (Exception ignored) {
                // a broken pipe means the parent is gone, same as EOF
            }
            System.out.println("newsflow: parent process gone (stdin closed); shutting the broker down");
            System.exit(0);
        }, "parent-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
        kafka.Kafka.main(new String[] {properties.toString()});
    }

    private static String readLogDir(Path properties) throws Exception {
        java.util.Properties props = new java.util.Properties();
        try (var in = Files.newInputStream(properties)) {
            props.load(in);
        }
        return props.getProperty("log.dirs");
    }
}
