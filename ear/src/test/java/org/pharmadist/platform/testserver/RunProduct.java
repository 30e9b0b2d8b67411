package org.pharmadist.platform.testserver;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * The README's run command ({@code ./mvnw -Prun package}): starts a real PostgreSQL (embedded, data
 * kept in {@code .pharmadist/postgres} between runs) unless {@code PHARMADIST_DB_HOST} points at one,
 * starts the application server with the EAR ({@code -Dserver=liberty}, the default, or
 * {@code -Dserver=wildfly}), waits until it is ready (reference and demo data loaded), prints the
 * portal URL, and on Ctrl-C stops both cleanly.
 */
public final class RunProduct {

    private RunProduct() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(System.getProperty("project.root"));
        Path serversDir = Path.of(System.getProperty("servers.dir"));
        Map<String, String> env = new HashMap<>();
        EmbeddedDatabase database = null;
        long t0 = System.nanoTime();
        if (System.getenv("PHARMADIST_DB_HOST") == null) {
            database = EmbeddedDatabase.start(root.resolve(".pharmadist/postgres"), false, 5433);
            database.createDatabase("pharmadist", false);
            env.putAll(Map.of("PHARMADIST_DB_HOST", "localhost", "PHARMADIST_DB_PORT", Integer.toString(database.port()),
                    "PHARMADIST_DB_NAME", "pharmadist", "PHARMADIST_DB_USER", EmbeddedDatabase.USER,
                    "PHARMADIST_DB_PASSWORD", ""));
            System.out.println("PostgreSQL (embedded, for trying the product: fsync off) on port " + database.port()
                    + ", data in " + root.resolve(".pharmadist/postgres"));
        } else {
            System.out.println("Using the PostgreSQL configured by PHARMADIST_DB_HOST=" + System.getenv("PHARMADIST_DB_HOST"));
        }
        for (String passThrough : new String[] {"HTTP_PORT", "HTTPS_PORT", "SERVER_INSTANCE", "PHARMADIST_DB_HOST", "PHARMADIST_DB_PORT",
            "PHARMADIST_DB_NAME", "PHARMADIST_DB_USER", "PHARMADIST_DB_PASSWORD", "OPENAI_API_KEY", "PHARMADIST_COMPANY_NAME",
            "PHARMADIST_CURRENCY", "PHARMADIST_TIMEZONE"}) {
            if (System.getenv(passThrough) != null) {
                env.put(passThrough, System.getenv(passThrough));
            }
        }
        env.putIfAbsent("PHARMADIST_DEMO_DATA", System.getenv().getOrDefault("PHARMADIST_DEMO_DATA", "true"));
        AppServer server = AppServer.named(System.getProperty("server", "liberty"), serversDir, root,
                Path.of(System.getProperty("ear.file")));
        CountDownLatch stopped = new CountDownLatch(1);
        EmbeddedDatabase db = database;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("Stopping " + server.name() + " and PostgreSQL ...");
            try {
                server.close();
            } catch (Exception e) {
                System.err.println("stopping server: " + e.getMessage());
            }
            try {
                if (db != null) {
                    db.close();
                }
            } catch (Exception e) {
                System.err.println("stopping PostgreSQL: " + e.getMessage());
            }
            System.out.println("Stopped.");
            stopped.countDown();
        }));
        server.start(env);
        long started = System.nanoTime();
        Processes.awaitHttp(server.healthUrl().resolve("ready"), Duration.ofMinutes(5), 200);
        System.out.printf("%n  PharmaDist is running (%s, started in %.1f s, ready %.1f s later, RSS %d MiB)%n",
                server.name(), (started - t0) / 1e9, (System.nanoTime() - started) / 1e9, Processes.rssMiB(server.pid()));
        System.out.println("  Portal:   " + server.applicationUrl());
        System.out.println("  REST:     " + server.applicationUrl() + "api/v1/products");
        System.out.println("  SOAP:     " + server.applicationUrl() + "soap/CatalogService?wsdl");
        System.out.println("  OpenAPI:  " + server.applicationUrl() + "openapi");
        System.out.println("  Health:   " + server.healthUrl() + "ready");
        System.out.println("  Log:      " + server.logFile());
        System.out.println("  Press Ctrl-C to stop server and database.\n");
        stopped.await();
    }
}
