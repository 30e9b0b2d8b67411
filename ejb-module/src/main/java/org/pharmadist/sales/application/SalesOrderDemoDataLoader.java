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
 * Loads demo sales orders ({@link SalesOrderDemoDataService}) once the database is ready, after the sales prices and
 * quotations (APPLICATION + 2000), when demo data is on. Idempotent.
 */
@ApplicationScoped
public class SalesOrderDemoDataLoader {

    private static final Logger LOG = Logger.getLogger(SalesOrderDemoDataLoader.class.getName());

    @Inject
    PharmaDistSettings settings;

    @EJB
    SalesOrderDemoDataService demo;

    void onDatabaseReady(@Observes @Priority(jakarta.interceptor.Interceptor.Priority.APPLICATION + 2100) DatabaseReady ready) {
        if (!settings.demoData()) {
            return;
        }
        try {
            LOG.info("Demo sales orders: " + demo.load() + " order(s) created");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Demo sales orders not loaded", e);
        }
    }
}
