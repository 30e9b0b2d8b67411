package org.pharmadist.platform.testserver;

import java.net.URI;

/**
 * Where the system tests find the server under test: base URLs given as system properties
 * {@code it.app.url}, {@code it.health.url} and {@code it.metrics.url} (set by {@link SystemTestSession}
 * after it started a server, or given on the command line to test a server started elsewhere).
 */
public final class SystemUnderTest {

    private SystemUnderTest() {
    }

    /** Application base URL ending with "/", e.g. http://localhost:9080/ */
    public static URI app() {
        return URI.create(required("it.app.url"));
    }

    /** Health base URL ending with "/", e.g. http://localhost:9080/health/ */
    public static URI health() {
        return URI.create(required("it.health.url"));
    }

    /** Prometheus metrics URL. */
    public static URI metrics() {
        return URI.create(required("it.metrics.url"));
    }

    /** "liberty" or "wildfly". */
    public static String serverName() {
        return System.getProperty("it.server", "external");
    }

    /**
     * The API token of the demo user holding {@code role} (system property it.token.ROLE, issued by
     * {@link SystemTestSession}, or given on the command line for an external server).
     */
    public static String token(String role) {
        return required("it.token." + role);
    }

    private static String required(String name) {
        String value = System.getProperty(name);
        if (value == null) {
            throw new IllegalStateException("system property " + name + " is not set: no server under test");
        }
        return value;
    }
}
