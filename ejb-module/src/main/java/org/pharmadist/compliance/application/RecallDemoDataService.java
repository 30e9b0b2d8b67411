package org.pharmadist.compliance.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.pharmadist.inventory.application.InventoryCalendar;
import org.pharmadist.inventory.application.InventoryDemoDataService;

/**
 * Reference and demo data of compliance, loaded at start-up when demo data is on: the 500 real openFDA recall reports
 * of the reference file (idempotent on the recall number) and demo stock of recalled lots ({@code
 * demo/recall-demo-lots.csv}, received through the inventory demo data service). Start-up only: no permission check.
 */
@Stateless
public class RecallDemoDataService {

    /** Demo stock of lots named by real recalls. */
    public static final String DEMO_LOTS = "/demo/recall-demo-lots.csv";

    @PersistenceContext(unitName = "pharmadist")
    EntityManager em;

    @EJB
    InventoryDemoDataService inventoryDemo;

    @Inject
    InventoryCalendar calendar;

    /** Imports the reference recalls. */
    public RecallImportReport loadReferenceRecalls() {
        return new RecallImporter(em).importDocument(RecallImportService.referenceDocument(), calendar.now());
    }

    /** Receives the demo lots of recalled products that are missing; returns how many were received. */
    public int loadDemoLots() {
        return inventoryDemo.loadLots(DEMO_LOTS);
    }
}
