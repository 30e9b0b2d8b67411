package org.pharmadist.catalog.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.pharmadist.platform.config.PharmaDistSettings;
import org.pharmadist.platform.persistence.DatabaseReady;

/**
 * Loads the FDA/CMS reference catalog once the database is ready, when demo data is switched on
 * ({@code PHARMADIST_DEMO_DATA=true}, set by the run command), then the demo stock-keeping values
 * ({@link ProductStockKeepingDemoData}). Both are idempotent, so every start may run them.
 */
@ApplicationScoped
public class CatalogReferenceDataLoader {

    private static final Logger LOG = Logger.getLogger(CatalogReferenceDataLoader.class.getName());

    @Inject
    PharmaDistSettings settings;

    @Inject
    CatalogImportService imports;

    @Inject
    ProductStockKeepingDemoData stockKeeping;

    void onDatabaseReady(@Observes DatabaseReady ready) {
        if (!settings.demoData()) {
            LOG.info("Reference catalog not loaded (pharmadist.demo-data is false); import it with POST /api/v1/catalog/imports {\"dataset\":\"fda-reference\"}");
            return;
        }
        CatalogImportReport report = imports.importBundledReferenceDataAtStartup();
        LOG.info("Reference catalog loaded: " + report.created() + " created, " + report.updated() + " updated, "
                + report.unchanged() + " unchanged, " + report.rejected().size() + " rejected rows");
        // After the import (its own transaction): never applied to products a user has maintained.
        try {
            stockKeeping.apply();
        } catch (RuntimeException e) {
            // Demo values are a convenience: a defect in them must not keep the application from starting.
            LOG.log(java.util.logging.Level.SEVERE, "Demo stock-keeping data not applied", e);
        }
    }
}
