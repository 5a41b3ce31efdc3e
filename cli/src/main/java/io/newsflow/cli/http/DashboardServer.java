package io.newsflow.cli.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.newsflow.topics.TopicReader;
import io.newsflow.topics.Topics;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo's HTTP side: a page that follows news.live.articles over server-sent events, the Prometheus scrape at
 * /metrics, and /health. A first cut of the dashboard; the live-dashboard issue replaces the page.
 */
public final class DashboardServer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(DashboardServer.class);
    private static final int KEEP_LATEST = 500;

    private final HttpServer server;
    private final KafkaConsumer<String, String> consumer;
    private final Thread follower;
    private final Map<String, String> latestCards = new LinkedHashMap<>();
    private final List<OutputStream> subscribers = new CopyOnWriteArrayList<>();
    private volatile boolean running = true;
    private final java.util.concurrent.CompletableFuture<Void> firstCard = new java.util.concurrent.CompletableFuture<>();

    public DashboardServer(int port, Map<String, Object> clientConfigs, PrometheusMeterRegistry metrics) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "dashboard-http");
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/metrics", ex -> respond(ex, 200, "text/plain; version=0.0.4; charset=utf-8", metrics.scrape()));
        server.createContext("/health", ex -> respond(ex, 200, "application/json", "{\"status\":\"UP\"}"));
        server.createContext("/events", this::events);
        server.createContext("/", ex -> respond(ex, 200, "text/html; charset=utf-8", page()));
        consumer = new KafkaConsumer<>(TopicReader.config(clientConfigs), new StringDeserializer(), new StringDeserializer());
        follower = new Thread(this::follow, "dashboard-live-follower");
        follower.setDaemon(true);
        server.start();
        follower.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    public String metricsUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/metrics";
    }

    /** Runs the action once the first live card has been seen (at once if it already has). */
    public void onFirstCard(Runnable action) {
        firstCard.thenRun(action);
    }

    private void follow() {
        try {
            TopicReader.assignFromBeginning(consumer, List.of(Topics.LIVE_ARTICLES));
            while (running) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    if (record.value() == null) {
                        continue;
                    }
                    synchronized (latestCards) {
                        latestCards.remove(record.key());
                        latestCards.put(record.key(), record.value());
                        if (latestCards.size() > KEEP_LATEST) {
                            latestCards.remove(latestCards.keySet().iterator().next());
                        }
                    }
                    broadcast(record.value());
                    firstCard.complete(null);
                }
            }
        } catch (WakeupException e) {
            // closing
        } catch (RuntimeException e) {
            log.error("Dashboard stopped following {}: {}", Topics.LIVE_ARTICLES, e.toString());
        } finally {
            consumer.close();
        }
    }

    private void events(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
        exchange.getResponseHeaders().add("Cache-Control", "no-cache");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        List<String> backlog;
        synchronized (latestCards) {
            backlog = new ArrayList<>(latestCards.values());
        }
        for (String card : backlog) {
            out.write(("data: " + card + "\n\n").getBytes(StandardCharsets.UTF_8));
        }
        out.flush();
        subscribers.add(out);
    }

    private void broadcast(String card) {
        byte[] event = ("data: " + card + "\n\n").getBytes(StandardCharsets.UTF_8);
        for (OutputStream out : subscribers) {
            try {
                out.write(event);
                out.flush();
            } catch (IOException e) {
                subscribers.remove(out); // browser went away
            }
        }
    }

    private static String page() throws IOException {
        try (InputStream in = DashboardServer.class.getResourceAsStream("/dashboard/index.html")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void respond(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        running = false;
        consumer.wakeup();
        for (OutputStream out : subscribers) {
            try {
                out.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
        server.stop(0);
    }
}
