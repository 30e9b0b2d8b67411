package org.pharmadist.platform.testserver;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.logging.Logger;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Boots the server under test once per test run (one failsafe execution per server): a fresh
 * embedded PostgreSQL database, then the server named by {@code it.server} with the EAR, waiting
 * until {@code /health/ready} is UP. Skipped when {@code it.app.url} is given (external server).
 * Registered through META-INF/services.
 */
public class SystemTestSession implements LauncherSessionListener {

    private static final Logger LOG = Logger.getLogger(SystemTestSession.class.getName());

    private static volatile EmbeddedDatabase database;
    private static volatile Path databaseDirectory;
    private static volatile int databasePort;
    private AppServer server;
    private long openedAt;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String name = System.getProperty("it.server");
        if (name == null || System.getProperty("it.app.url") != null) {
            return;
        }
        try {
            long t0 = System.nanoTime();
            openedAt = t0;
            Path serversDir = Path.of(System.getProperty("servers.dir"));
            // Unique per test JVM, so several test runs (e.g. on one developer machine) do not collide.
            String instance = "pharmadist-it-" + ProcessHandle.current().pid();
            databaseDirectory = serversDir.resolve("it-postgres-" + instance);
            database = EmbeddedDatabase.start(databaseDirectory, true, 0);
            databasePort = database.port();
            String dbName = "pharmadist_it_" + name;
            database.createDatabase(dbName, true);
            server = AppServer.named(name, serversDir, Path.of(System.getProperty("project.root")),
                    Path.of(System.getProperty("ear.file")));
            Runtime.getRuntime().addShutdownHook(new Thread(this::stop));
            boolean liberty = "liberty".equals(name);
            Map<String, String> environment = new java.util.HashMap<>(Map.of("PHARMADIST_DB_HOST", "localhost",
                    "PHARMADIST_DB_PORT", Integer.toString(database.port()),
                    "PHARMADIST_DB_NAME", dbName, "PHARMADIST_DB_USER", EmbeddedDatabase.USER, "PHARMADIST_DB_PASSWORD", "",
                    "PHARMADIST_DEMO_DATA", "true", "PHARMADIST_COMPANY_NAME", "PharmaDist System Test",
                    // Ports apart from the run command's (9080 / 8080), so tests run while the product runs: free
                    // ports for Liberty; for WildFly a fixed port offset (+11000), as its other ports follow the offset.
                    "HTTP_PORT", Integer.toString(liberty ? EmbeddedDatabase.freePort() : 19080),
                    "HTTPS_PORT", Integer.toString(liberty ? EmbeddedDatabase.freePort() : 19443), "SERVER_INSTANCE", instance));
            // The AI insights talk to an OpenAI-compatible stub in this JVM (InsightsRestIT drives it); a short HTTP
            // timeout so the timeout test does not wait long.
            AiStubServer ai = AiStubServer.start();
            environment.put("PHARMADIST_AI_BASE_URL", ai.baseUrl());
            environment.put("PHARMADIST_AI_API_KEY", AiStubServer.API_KEY);
            environment.put("PHARMADIST_AI_MODEL", "stub-model");
            environment.put("PHARMADIST_AI_TIMEOUT_SECONDS", "2");
            server.start(environment);
            long started = System.nanoTime();
            Processes.awaitHttp(server.healthUrl().resolve("ready"), Duration.ofMinutes(3), 200);
            System.setProperty("it.app.url", server.applicationUrl().toString());
            System.setProperty("it.health.url", server.healthUrl().toString());
            System.setProperty("it.metrics.url", server.metricsUrl().toString());
            System.setProperty("it.db.port", Integer.toString(database.port()));
            issueTestTokens(dbName);
            System.setProperty("it.db.name", dbName);
            LOG.info(String.format("%s up in %.1f s (ready %.1f s later), RSS %d MiB", name,
                    (started - t0) / 1e9, (System.nanoTime() - started) / 1e9, Processes.rssMiB(server.pid())));
        } catch (Exception e) {
            stop();
            throw new IllegalStateException("could not start " + name + " for the system tests: " + e.getMessage()
                    + (server != null ? " (server log: " + server.logFile() + ")" : ""), e);
        }
    }

    /**
     * Gives each demo user an API token for the tests, written straight into the test database as
     * the server stores them (SHA-256 digest only); published as system properties it.token.ROLE.
     */
    private static void issueTestTokens(String dbName) throws java.sql.SQLException {
        java.security.SecureRandom random = new java.security.SecureRandom();
        try (java.sql.Connection c = database.connect(dbName);
             java.sql.PreparedStatement insert = c.prepareStatement("INSERT INTO api_token (id, user_id, client_name, "
                     + "token_sha256, created_at, expires_at, created_by) SELECT nextval('api_token_seq'), id, "
                     + "'system tests', ?, now(), now() + interval '1 day', 'system-tests' FROM app_user WHERE username = ?")) {
            for (var entry : DemoUsers.usernamesByRole().entrySet()) {
                byte[] bytes = new byte[32];
                random.nextBytes(bytes);
                String token = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
                insert.setString(1, java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                        .digest(token.getBytes(java.nio.charset.StandardCharsets.UTF_8))));
                insert.setString(2, entry.getValue());
                if (insert.executeUpdate() != 1) {
                    throw new IllegalStateException("demo user " + entry.getValue() + " is missing: demo data not loaded?");
                }
                System.setProperty("it.token." + entry.getKey(), token);
            }
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** True when this session started the database (so tests may stop and restart it). */
    public static boolean controlsDatabase() {
        return database != null || databaseDirectory != null;
    }

    /** Stops the test database (simulating an outage); the server keeps running. */
    public static synchronized void stopDatabase() throws java.io.IOException {
        if (database != null) {
            database.close();
            database = null;
        }
    }

    /** Starts the test database again on the same directory and port, data kept. */
    public static synchronized void startDatabase() throws java.io.IOException {
        if (database == null) {
            database = EmbeddedDatabase.start(databaseDirectory, false, databasePort);
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (server != null) {
            LOG.info(String.format("System tests on %s took %.1f s in all (server start included)", server.name(),
                    (System.nanoTime() - openedAt) / 1e9));
        }
        stop();
    }

    private void stop() {
        try {
            if (server != null) {
                server.close();
            }
        } catch (Exception e) {
            LOG.warning("stopping " + server.name() + ": " + e.getMessage());
        } finally {
            server = null;
        }
        try {
            if (database != null) {
                database.close();
            }
            if (databaseDirectory != null) {
                LibertyServer.deleteRecursively(databaseDirectory);
            }
        } catch (Exception e) {
            LOG.warning("stopping PostgreSQL: " + e.getMessage());
        } finally {
            database = null;
        }
    }
}
