package org.pharmadist.sales.application;

import jakarta.annotation.Priority;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.pharmadist.platform.config.PharmaDistSettings;
import org.pharmadist.platform.persistence.DatabaseReady;

/**
 * Loads demo prices and quotations ({@link SalesDemoDataService}) once the database is ready, after the catalog, CRM
 * (default observer priority) and inventory (APPLICATION + 1000) demo data, when demo data is on. Idempotent.
 */
@ApplicationScoped
public class SalesDemoDataLoader {

    private static final Logger LOG = Logger.getLogger(SalesDemoDataLoader.class.getName());

    @Inject
    PharmaDistSettings settings;

    @EJB
    SalesDemoDataService demo;

    void onDatabaseReady(@Observes @Priority(jakarta.interceptor.Interceptor.Priority.APPLICATION + 2000) DatabaseReady ready) {
        if (!settings.demoData()) {
            return;
        }
        try {
            LOG.info("Demo sales data: " + demo.load() + " quotation(s) created");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Demo sales data not loaded", e);
        }
    }
}
