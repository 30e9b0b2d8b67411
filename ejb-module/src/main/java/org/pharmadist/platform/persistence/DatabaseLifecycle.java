package org.pharmadist.platform.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.hibernate.engine.jdbc.connections.spi.ConnectionProvider;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.pharmadist.platform.config.PharmaDistSettings;

/**
 * Brings the database to the current schema and keeps track of whether it is usable.
 *
 * <p>At start-up the application deploys whether or not PostgreSQL is reachable. This singleton
 * tries the Flyway migrations (SQL under {@code db/migration} in the EJB jar) at once and then every
 * {@value #RETRY_SECONDS} seconds until they succeed; only then is {@link DatabaseReady} fired and
 * the database marked ready. Until then readiness is DOWN with the reason and data requests answer
 * 503. Nothing falls back to memory.
 *
 * <p>The data source is the one behind the {@code pharmadist} persistence unit
 * ({@code jdbc/pharmadist}), so the JNDI name is written in one place only (persistence.xml).
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class DatabaseLifecycle {

    private static final Logger LOG = Logger.getLogger(DatabaseLifecycle.class.getName());
    static final int RETRY_SECONDS = 5;
    private static final long CONNECTIVITY_CACHE_MILLIS = 1_000;

    /** Where the database stands. */
    public enum State { STARTING, UNREACHABLE, MIGRATION_FAILED, READY }

    @PersistenceUnit(unitName = "pharmadist")
    EntityManagerFactory primary;

    @Resource
    TimerService timers;

    @Inject
    PharmaDistSettings settings;

    @Inject
    Event<DatabaseReady> readyEvent;

    private volatile State state = State.STARTING;
    private volatile String reason = "migrations not attempted yet";
    private volatile String schemaVersion = "none";
    private volatile Instant lastAttempt;
    private volatile long connectivityCheckedAt;
    private volatile String connectivityProblem;
    private volatile String referenceDataProblem;

    @PostConstruct
    void start() {
        settings.logSettings();
        timers.createIntervalTimer(0, RETRY_SECONDS * 1000L, new TimerConfig("database-migration", false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void attemptMigration(Timer timer) {
        if (state == State.READY) {
            timer.cancel();
            return;
        }
        lastAttempt = Instant.now();
        DataSource dataSource;
        try {
            dataSource = primaryDataSource();
            try (Connection c = dataSource.getConnection()) {
                c.isValid(2);
            }
        } catch (SQLException | RuntimeException e) {
            markUnreachable(e);
            return;
        }
        try {
            Flyway flyway = Flyway.configure(DatabaseLifecycle.class.getClassLoader())
                    .dataSource(dataSource)
                    .locations("classpath:db/migration")
                    .failOnMissingLocations(true)
                    .load();
            var result = flyway.migrate();
            MigrationInfo current = flyway.info().current();
            schemaVersion = current == null ? "none" : current.getVersion().getVersion();
            LOG.info(() -> "Database schema at version " + schemaVersion + " (" + result.migrationsExecuted
                    + " migrations applied now)");
        } catch (RuntimeException e) {
            state = State.MIGRATION_FAILED;
            reason = "schema migration failed: " + rootMessage(e);
            LOG.log(Level.SEVERE, "Flyway migration failed; retrying in " + RETRY_SECONDS + " s", e);
            return;
        }
        try {
            readyEvent.fire(new DatabaseReady(schemaVersion));
        } catch (RuntimeException e) {
            // Reference/demo data failed to load: the schema is fine, the server is usable; say so loudly
            // (log and readiness data), and do not pretend the data is there.
            referenceDataProblem = "reference/demo data not loaded: " + rootMessage(e);
            LOG.log(Level.SEVERE, "Loading reference or demo data failed", e);
        }
        state = State.READY;
        reason = null;
        timer.cancel();
        LOG.info("Database ready");
    }

    private void markUnreachable(Exception e) {
        String message = "database unreachable: " + rootMessage(e);
        if (state != State.UNREACHABLE || !message.equals(reason)) {
            LOG.severe(message + " (retrying every " + RETRY_SECONDS + " s; configure PHARMADIST_DB_HOST, "
                    + "PHARMADIST_DB_PORT, PHARMADIST_DB_NAME, PHARMADIST_DB_USER, PHARMADIST_DB_PASSWORD)");
        }
        state = State.UNREACHABLE;
        reason = message;
    }

    /** The primary data source, obtained from the persistence unit (Hibernate is the fixed JPA provider). */
    DataSource primaryDataSource() {
        return primary.unwrap(SessionFactoryImplementor.class).getServiceRegistry()
                .requireService(ConnectionProvider.class).unwrap(DataSource.class);
    }

    /** True once migrations are current and the database answered within the last second. */
    public boolean isAvailable() {
        return state == State.READY && currentConnectivityProblem() == null;
    }

    /** Readiness facts for the health check: state, reason when down, schema version, last attempt. */
    public Map<String, String> details() {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("state", state.name());
        details.put("schemaVersion", schemaVersion);
        String problem = state == State.READY ? currentConnectivityProblem() : reason;
        if (problem != null) {
            details.put("reason", problem);
        }
        if (lastAttempt != null) {
            details.put("lastMigrationAttempt", lastAttempt.toString());
        }
        if (referenceDataProblem != null) {
            details.put("referenceData", referenceDataProblem);
        }
        return details;
    }

    /** A short reason the database cannot be used now, or null when it can. */
    public String unavailableReason() {
        return state == State.READY ? currentConnectivityProblem() : reason;
    }

    private String currentConnectivityProblem() {
        long now = System.currentTimeMillis();
        if (now - connectivityCheckedAt > CONNECTIVITY_CACHE_MILLIS) {
            String problem = null;
            try (Connection c = primaryDataSource().getConnection()) {
                if (!c.isValid(1)) {
                    problem = "database did not answer within 1 s";
                }
            } catch (SQLException | RuntimeException e) {
                problem = "database unreachable: " + rootMessage(e);
            }
            connectivityProblem = problem;
            connectivityCheckedAt = now;
        }
        return connectivityProblem;
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage();
        return m == null ? t.getClass().getSimpleName() : m.lines().findFirst().orElse(m);
    }
}
