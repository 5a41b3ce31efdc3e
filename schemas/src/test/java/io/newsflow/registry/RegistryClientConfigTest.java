package io.newsflow.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class RegistryClientConfigTest {
    @Test
    void readsConfluentKeys() {
        var config = RegistryClientConfig.from(Map.of("schema.registry.url", "http://a:8081/, http://b:8081",
                "basic.auth.credentials.source", "USER_INFO", "basic.auth.user.info", "u:p", "auto.register.schemas", "false",
                "max.retries", "5"));
        assertThat(config.urls()).containsExactly("http://a:8081", "http://b:8081");
        assertThat(config.userInfo()).isEqualTo("u:p");
        assertThat(config.autoRegister()).isFalse();
        assertThat(config.maxRetries()).isEqualTo(5);
    }

    @Test
    void takesCredentialsFromTheUrlByDefault() {
        var config = RegistryClientConfig.from(Map.of("schema.registry.url", "https://user%40x:secret@reg:443"));
        assertThat(config.urls()).containsExactly("https://reg:443");
        assertThat(config.userInfo()).isEqualTo("user@x:secret");
    }

    @Test
    void missingUrlIsAClearError() {
        assertThatThrownBy(() -> RegistryClientConfig.from(Map.of())).hasMessageContaining("schema.registry.url");
        assertThatThrownBy(() -> RegistryClientConfig.from(Map.of("schema.registry.url", "http://x",
                "basic.auth.credentials.source", "USER_INFO"))).hasMessageContaining("basic.auth.user.info");
    }
}
