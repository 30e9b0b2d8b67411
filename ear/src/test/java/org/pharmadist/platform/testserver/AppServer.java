package org.pharmadist.platform.testserver;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;

/** An application server running the PharmaDist EAR (Open Liberty or WildFly). */
public interface AppServer extends AutoCloseable {

    /** "liberty" or "wildfly". */
    String name();

    /**
     * Configures the server from {@code config/<server>/}, deploys the EAR and starts it; returns once
     * the application answers (readiness may still be DOWN while the database migrates).
     *
     * @param environment settings for the application and data sources (PHARMADIST_DB_HOST, ...)
     */
    void start(Map<String, String> environment) throws Exception;

    /** Base URL of the application (portal at "/", REST under "api/v1"), ending with "/". */
    URI applicationUrl();

    /** Base URL of the health endpoints ("live", "ready", "started" below it), ending with "/". */
    URI healthUrl();

    /** URL of the Prometheus metrics text. */
    URI metricsUrl();

    /** The server's main log file. */
    Path logFile();

    /** Process id of the server JVM, or -1 when unknown. */
    long pid();

    /** Stops the server and waits for it to end. */
    @Override
    void close() throws Exception;

    /** Builds the server named "liberty" or "wildfly" from the unpacked runtimes under {@code serversDir}. */
    static AppServer named(String name, Path serversDir, Path projectRoot, Path earFile) {
        return switch (name) {
            case "liberty" -> new LibertyServer(serversDir, projectRoot, earFile);
            case "wildfly" -> new WildFlyServer(serversDir, projectRoot, earFile);
            default -> throw new IllegalArgumentException("unknown server '" + name + "': liberty or wildfly");
        };
    }
}
