package org.pharmadist.compliance.application;

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
 * Loads the reference recalls and the demo stock of recalled lots once the database is ready, after the catalog and
 * the inventory demo data (priority APPLICATION + 1500), when demo data is on. Idempotent.
 */
@ApplicationScoped
public class RecallDemoDataLoader {

    private static final Logger LOG = Logger.getLogger(RecallDemoDataLoader.class.getName());

    @Inject
    PharmaDistSettings settings;

    @EJB
    RecallDemoDataService demo;

    void onDatabaseReady(@Observes @Priority(jakarta.interceptor.Interceptor.Priority.APPLICATION + 1500) DatabaseReady ready) {
        if (!settings.demoData()) {
            return;
        }
        try {
            RecallImportReport r = demo.loadReferenceRecalls();
            LOG.info("Reference recalls: " + r.created() + " created, " + r.updated() + " updated, " + r.unchanged()
                    + " unchanged, " + r.rejected().size() + " rejected; lots unreadable in " + r.lotsUnreadable());
            LOG.info("Demo stock of recalled lots: " + demo.loadDemoLots() + " lot(s) received");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Compliance demo data not loaded", e);
        }
    }
}
