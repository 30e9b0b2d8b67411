package org.pharmadist.catalog.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.pharmadist.catalog.application.CatalogStatistics;
import org.pharmadist.platform.persistence.DatabaseLifecycle;

/** Catalog figures on the portal's home page. */
@Named
@RequestScoped
public class CatalogHomeView {

    @Inject
    CatalogStatistics statistics;

    @Inject
    DatabaseLifecycle database;

    private CatalogStatistics.Snapshot snapshot;

    /** Products in the catalog, or null while the database is unavailable (the header says why). */
    public Long getProductCount() {
        CatalogStatistics.Snapshot s = snapshot();
        return s == null ? null : s.products();
    }

    /** Last committed catalog change seen by this server (ISO-8601 UTC), or null. */
    public String getLastChange() {
        CatalogStatistics.Snapshot s = snapshot();
        return s == null || s.lastChange() == null ? null
                : java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
                        .withZone(java.time.ZoneOffset.UTC).format(s.lastChange());
    }

    private CatalogStatistics.Snapshot snapshot() {
        if (snapshot == null && database.unavailableReason() == null) {
            snapshot = statistics.current();
        }
        return snapshot;
    }
}
