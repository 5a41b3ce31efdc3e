package io.newsflow.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Blocks until Ctrl-C or SIGTERM, then lets the caller shut down in order while the JVM's shutdown hook waits for it,
 * so child processes and transactions are closed cleanly instead of cut off.
 */
final class ShutdownSignal {
    private final CountDownLatch requested = new CountDownLatch(1);
    private final CountDownLatch finished = new CountDownLatch(1);

    ShutdownSignal() {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            requested.countDown();
            try {
                finished.await(90, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "newsflow-shutdown"));
    }

    void await() throws InterruptedException {
        requested.await();
    }

    void done() {
        finished.countDown();
    }
}
