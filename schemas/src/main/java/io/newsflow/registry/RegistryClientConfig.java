package io.newsflow.registry;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Registry client settings under Confluent's config keys, so a properties file written for Confluent's serdes
 * works unchanged: {@code schema.registry.url}, {@code basic.auth.credentials.source},
 * {@code basic.auth.user.info}, {@code auto.register.schemas}, {@code max.retries}, {@code retries.wait.ms},
 * {@code retries.max.wait.ms}, {@code http.connect.timeout.ms}, {@code http.read.timeout.ms}.
 */
public record RegistryClientConfig(List<String> urls, String userInfo, boolean autoRegister, int maxRetries,
                                   Duration retryWait, Duration retryMaxWait, Duration connectTimeout,
                                   Duration readTimeout) {

    public static final String URL = "schema.registry.url";
    public static final String CREDENTIALS_SOURCE = "basic.auth.credentials.source";
    public static final String USER_INFO = "basic.auth.user.info";
    public static final String AUTO_REGISTER = "auto.register.schemas";
    public static final String MAX_RETRIES = "max.retries";
    public static final String RETRIES_WAIT_MS = "retries.wait.ms";
    public static final String RETRIES_MAX_WAIT_MS = "retries.max.wait.ms";
    public static final String CONNECT_TIMEOUT_MS = "http.connect.timeout.ms";
    public static final String READ_TIMEOUT_MS = "http.read.timeout.ms";

    public static RegistryClientConfig of(String url) {
        return from(Map.of(URL, url));
    }

    public static RegistryClientConfig from(Map<String, ?> configs) {
        Object rawUrl = configs.get(URL);
        if (rawUrl == null || String.valueOf(rawUrl).isBlank()) {
            throw new IllegalArgumentException("Missing required config '" + URL + "' (the schema registry base URL)");
        }
        List<String> urls = new ArrayList<>();
        String userInfo = null;
        for (String u : String.valueOf(rawUrl).split(",")) {
            String url = u.trim();
            // Confluent's URL credentials source: http://user:pass@host:port
            int at = url.indexOf('@');
            int scheme = url.indexOf("://");
            if (at > 0 && scheme > 0 && at > scheme) {
                userInfo = URLDecoder.decode(url.substring(scheme + 3, at), StandardCharsets.UTF_8);
                url = url.substring(0, scheme + 3) + url.substring(at + 1);
            }
            urls.add(url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
        }
        String source = string(configs, CREDENTIALS_SOURCE, "URL");
        if ("USER_INFO".equalsIgnoreCase(source)) {
            userInfo = string(configs, USER_INFO, null);
            if (userInfo == null) {
                throw new IllegalArgumentException(CREDENTIALS_SOURCE + "=USER_INFO needs " + USER_INFO + "=user:password");
            }
        } else if (!"URL".equalsIgnoreCase(source)) {
            throw new IllegalArgumentException("Unsupported " + CREDENTIALS_SOURCE + "=" + source + " (use URL or USER_INFO)");
        }
        return new RegistryClientConfig(List.copyOf(urls), userInfo,
                Boolean.parseBoolean(string(configs, AUTO_REGISTER, "true")),
                Integer.parseInt(string(configs, MAX_RETRIES, "3")),
                Duration.ofMillis(Long.parseLong(string(configs, RETRIES_WAIT_MS, "200"))),
                Duration.ofMillis(Long.parseLong(string(configs, RETRIES_MAX_WAIT_MS, "5000"))),
                Duration.ofMillis(Long.parseLong(string(configs, CONNECT_TIMEOUT_MS, "5000"))),
                Duration.ofMillis(Long.parseLong(string(configs, READ_TIMEOUT_MS, "10000"))));
    }

    private static String string(Map<String, ?> configs, String key, String fallback) {
        Object value = configs.get(key);
        return value == null ? fallback : String.valueOf(value).trim();
    }
}
