package org.pharmadist.finance.application;

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
 * Loads demo invoices and payments ({@link FinanceDemoDataService}) once the database is ready, after the sales demo
 * data (APPLICATION + 2000, whose WHOLESALE prices it uses), when demo data is on. Idempotent.
 */
@ApplicationScoped
public class FinanceDemoDataLoader {

    private static final Logger LOG = Logger.getLogger(FinanceDemoDataLoader.class.getName());

    @Inject
    PharmaDistSettings settings;

    @EJB
    FinanceDemoDataService demo;

    void onDatabaseReady(@Observes @Priority(jakarta.interceptor.Interceptor.Priority.APPLICATION + 3000) DatabaseReady ready) {
        if (!settings.demoData()) {
            return;
        }
        try {
            LOG.info("Demo finance data: " + demo.load() + " invoice(s) created");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Demo finance data not loaded", e);
        }
    }
}
