package io.newsflow.platform.testing;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives integration tests a {@link TestPlatform} parameter. One platform per test JVM (per module), started on
 * first use and stopped when the JVM's root extension context closes, so ITs share the broker's start-up cost.
 * The containers backend is skipped, not failed, where there is no Docker engine.
 */
public final class PlatformExtension implements BeforeAllCallback, ParameterResolver {
    public static final String BACKEND_PROPERTY = "newsflow.test.backend";

    @Override
    public void beforeAll(ExtensionContext context) {
        platform(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == TestPlatform.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return platform(context);
    }

    public static String backend() {
        return System.getProperty(BACKEND_PROPERTY, "embedded");
    }

    private static TestPlatform platform(ExtensionContext context) {
        String backend = backend();
        if ("containers".equals(backend)) {
            Assumptions.assumeTrue(ContainerTestPlatform.dockerAvailable(),
                    "containers backend skipped: no Docker engine on this machine");
        }
        ExtensionContext.Store store = context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL);
        return store.getOrComputeIfAbsent("newsflow-platform-" + backend, key -> new Resource(create(backend)),
                Resource.class).platform;
    }

    private static TestPlatform create(String backend) {
        return switch (backend) {
            case "embedded" -> new EmbeddedTestPlatform();
            case "containers" -> new ContainerTestPlatform();
            default -> throw new IllegalArgumentException("Unknown " + BACKEND_PROPERTY + "=" + backend
                    + " (use embedded or containers)");
        };
    }

    /** Closes the platform when JUnit closes the root store at the end of the run. */
    private record Resource(TestPlatform platform) implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() {
            platform.close();
        }
    }
}
