package org.pharmadist.inventory.application;

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
 * Loads the demo warehouses and stock once the database is ready and after the reference catalog (observer
 * priority after the catalog loader's default), when demo data is on. Idempotent.
 */
@ApplicationScoped
public class InventoryDemoDataLoader {

    private static final Logger LOG = Logger.getLogger(InventoryDemoDataLoader.class.getName());

    @Inject
    PharmaDistSettings settings;

    @EJB
    InventoryDemoDataService demo;

    void onDatabaseReady(@Observes @Priority(jakarta.interceptor.Interceptor.Priority.APPLICATION + 1000) DatabaseReady ready) {
        if (!settings.demoData()) {
            return;
        }
        try {
            int lots = demo.load();
            LOG.info("Demo inventory: " + lots + " lot(s) received");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Demo inventory not loaded", e);
        }
    }
}
