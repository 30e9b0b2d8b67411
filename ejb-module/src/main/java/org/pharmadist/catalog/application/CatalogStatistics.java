package org.pharmadist.catalog.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Instant;
import org.pharmadist.catalog.domain.ProductCatalogChanged;

/**
 * Catalog figures for the portal's home page: number of products and when the catalog last
 * changed. Computed once and kept until a {@link ProductCatalogChanged} event is committed (observed
 * AFTER_SUCCESS, so a rolled-back import never shows); then recomputed on the next read.
 */
@ApplicationScoped
public class CatalogStatistics {

    @Inject
    ProductQueryService queries;

    private volatile Snapshot snapshot;
    private volatile Instant lastChange;

    /**
     * @param products   products in the catalog
     * @param lastChange last committed change seen by this server since it started, or null
     */
    public record Snapshot(long products, Instant lastChange) { }

    /** Current figures (one count query after each committed change, none otherwise). */
    public Snapshot current() {
        Snapshot s = snapshot;
        if (s == null) {
            s = new Snapshot(queries.productCount(), lastChange);
            snapshot = s;
        }
        return s;
    }

    void onCatalogChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) ProductCatalogChanged change) {
        snapshot = null;
        lastChange = change.occurredAt();
    }

    /** Last committed catalog change this server saw, or null. */
    public Instant lastChange() {
        return lastChange;
    }
}
