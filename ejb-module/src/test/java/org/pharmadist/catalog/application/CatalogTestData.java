package org.pharmadist.catalog.application;

import org.pharmadist.platform.events.RecordingEvent;
import jakarta.persistence.EntityManager;

/** Loads the bundled reference catalog for persistence tests of other modules (as the start-up loader does). */
public final class CatalogTestData {

    private CatalogTestData() {
    }

    /** Imports the bundled FDA/CMS reference catalog in the caller's transaction. */
    public static CatalogImportReport importReferenceCatalog(EntityManager em) {
        CatalogImportService s = new CatalogImportService();
        s.em = em;
        s.events = new RecordingEvent<>();
        return s.importBundledReferenceData();
    }

    /** Applies the catalog's demo stock-keeping values in the caller's transaction, as start-up does after the import. */
    public static int applyDemoStockKeeping(EntityManager em) {
        ProductStockKeepingDemoData d = new ProductStockKeepingDemoData();
        d.em = em;
        d.events = new RecordingEvent<>();
        return d.apply();
    }
}
