package org.pharmadist.procurement.application;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.pharmadist.platform.config.PharmaDistSettings;
import org.pharmadist.platform.persistence.DatabaseReady;

/**
 * Loads the procurement demo data ({@link ProcurementDemoData}) once the database is ready, when demo data is on
 * ({@code PHARMADIST_DEMO_DATA=true}). Observes after the default-priority loaders (reference catalog, demo users,
 * inventory at APPLICATION + 1000), whose data it uses. A failure is logged and leaves the application running without demo orders.
 */
@ApplicationScoped
public class ProcurementDemoDataLoader {

    private static final Logger LOG = Logger.getLogger(ProcurementDemoDataLoader.class.getName());

    @Inject
    PharmaDistSettings settings;

    @Inject
    ProcurementDemoData demoData;

    void onDatabaseReady(@Observes @Priority(Interceptor.Priority.APPLICATION + 2000) DatabaseReady ready) {
        if (!settings.demoData()) {
            return;
        }
        try {
            LOG.info("Procurement demo data: " + demoData.load());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Procurement demo data not loaded: " + e.getMessage(), e);
        }
    }
}
