package org.pharmadist.insights.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.pharmadist.platform.events.DomainEvent;

/**
 * Keeps the last {@link DashboardFigures} of this server and serves them until something changes: any committed
 * domain event (quotation, stock, shipment, invoice, payment ...; observed AFTER_SUCCESS so a rolled-back change never
 * invalidates) marks them stale, and they are never older than {@value #MAX_AGE} seconds (setting
 * {@code pharmadist.dashboard.max-age-seconds}; covers changes made on other cluster nodes and the turn of the day).
 * One caller recomputes while the others keep getting the previous figures (no stampede on the database).
 */
@ApplicationScoped
public class DashboardCache {

    static final String MAX_AGE = "30";

    @Inject
    @ConfigProperty(name = "pharmadist.dashboard.max-age-seconds", defaultValue = MAX_AGE)
    long maxAgeSeconds;

    private volatile DashboardFigures figures;
    private volatile boolean stale = true;
    private final Object computing = new Object();
    private final AtomicLong hits = new AtomicLong();
    private final AtomicLong misses = new AtomicLong();

    /** The cached figures, computed with {@code compute} when missing, stale or older than the maximum age. */
    public DashboardFigures get(Supplier<DashboardFigures> compute) {
        DashboardFigures f = figures;
        if (f != null && !stale && fresh(f)) {
            hits.incrementAndGet();
            return f;
        }
        synchronized (computing) {
            f = figures;
            if (f != null && !stale && fresh(f)) {
                hits.incrementAndGet();
                return f;
            }
            misses.incrementAndGet();
            stale = false; // a change committed while computing sets it again
            DashboardFigures computed = compute.get();
            figures = computed;
            return computed;
        }
    }

    private boolean fresh(DashboardFigures f) {
        return Duration.between(f.computedAt(), Instant.now()).getSeconds() < maxAgeSeconds;
    }

    void onCommittedChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) DomainEvent change) {
        stale = true;
    }

    /** Marks the figures stale (tests, administrators). */
    public void invalidate() {
        stale = true;
    }

    /** Answers served from the cache since start. */
    public long hits() {
        return hits.get();
    }

    /** Answers that had to be computed since start. */
    public long misses() {
        return misses.get();
    }
}
