package org.pharmadist.platform.persistence;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Persistence tests run on a real PostgreSQL 17 (embedded from Maven artifacts), migrated by the
 * same Flyway scripts the application runs, with Hibernate validating the entity mappings against
 * the migrated schema ({@code hibernate.hbm2ddl.auto=validate}). One server per test JVM; each
 * test class gets a fresh database from {@link #fresh(String)}.
 */
public final class TestDatabase implements AutoCloseable {

    private static EmbeddedPostgres server;

    private final DataSource dataSource;
    private final EntityManagerFactory primary;
    private final EntityManagerFactory read;

    private TestDatabase(DataSource dataSource) {
        this.dataSource = dataSource;
        this.primary = factory("pharmadist", dataSource);
        this.read = factory("pharmadist-read", dataSource);
    }

    /** A freshly created and migrated database named {@code name}. */
    public static synchronized TestDatabase fresh(String name) {
        try {
            if (server == null) {
                Path dir = Files.createTempDirectory("pharmadist-pg-test");
                server = EmbeddedPostgres.builder().setDataDirectory(dir).setCleanDataDirectory(true).start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        server.close();
                    } catch (IOException e) {
                        // shutting down anyway
                    }
                }));
            }
            try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
                s.execute("CREATE DATABASE " + name);
            }
            DataSource ds = server.getDatabase("postgres", name);
            Flyway.configure().dataSource(ds).locations("classpath:db/migration").failOnMissingLocations(true).load().migrate();
            return new TestDatabase(ds);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static EntityManagerFactory factory(String unit, DataSource ds) {
        Map<String, Object> props = new HashMap<>();
        props.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
        props.put("jakarta.persistence.jtaDataSource", "");
        props.put("jakarta.persistence.nonJtaDataSource", ds);
        props.put("hibernate.connection.datasource", ds);
        props.put("hibernate.hbm2ddl.auto", "validate");
        props.put("hibernate.boot.allow_jdbc_metadata_access", "true");
        return Persistence.createEntityManagerFactory(unit, props);
    }

    /** Data source of the test database. */
    public DataSource dataSource() {
        return dataSource;
    }

    /** A new entity manager on the primary unit (caller closes it). */
    public EntityManager primary() {
        return primary.createEntityManager();
    }

    /** A new entity manager on the read unit (caller closes it). */
    public EntityManager read() {
        return read.createEntityManager();
    }

    /** Runs work in one committed primary transaction, as an EJB with REQUIRED would. */
    public <T> T inTransaction(Function<EntityManager, T> work) {
        EntityManager em = primary();
        try {
            em.getTransaction().begin();
            T result = work.apply(em);
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    /** As {@link #inTransaction(Function)} without a result. */
    public void run(Consumer<EntityManager> work) {
        inTransaction(em -> {
            work.accept(em);
            return null;
        });
    }

    @Override
    public void close() {
        primary.close();
        read.close();
    }
}
