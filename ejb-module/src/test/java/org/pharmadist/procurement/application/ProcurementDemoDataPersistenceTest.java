package org.pharmadist.procurement.application;

import org.pharmadist.platform.events.DomainEvent;
import org.pharmadist.platform.events.RecordingEvent;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pharmadist.catalog.application.CatalogImportService;
import org.pharmadist.catalog.domain.StorageCondition;
import org.pharmadist.inventory.application.InventoryCalendar;
import org.pharmadist.inventory.application.StockReceivingService;
import org.pharmadist.inventory.domain.LocationType;
import org.pharmadist.inventory.domain.StorageLocation;
import org.pharmadist.inventory.domain.Warehouse;
import org.pharmadist.platform.persistence.TestDatabase;

/** The demo data on the real reference catalog: suppliers, open orders, a partial receipt, policies; once only. */
class ProcurementDemoDataPersistenceTest {

    private static final ZoneId ZONE = ZoneId.of("America/New_York");
    private static TestDatabase db;
    private static final RecordingEvent<DomainEvent> events = new RecordingEvent<>();

    @BeforeAll
    static void catalogAndWarehouse() {
        db = TestDatabase.fresh("procurement_demo_test");
        db.run(em -> {
            CatalogImportService importer = new CatalogImportService();
            GoodsReceiptPersistenceTest.set(importer, "em", em);
            GoodsReceiptPersistenceTest.set(importer, "events", events);
            importer.importBundledReferenceDataAtStartup();
        });
        db.run(em -> {
            Warehouse w = new Warehouse("DEMO", "Demo DC", null, null);
            em.persist(w);
            em.persist(new StorageLocation(w, "RCV-01", StorageCondition.ROOM_TEMPERATURE, LocationType.RECEIVING));
        });
    }

    @AfterAll
    static void close() {
        db.close();
    }

    private static String load() {
        return db.inTransaction(em -> demo(em).load());
    }

    private static ProcurementDemoData demo(EntityManager em) {
        ProcurementDemoData d = new ProcurementDemoData();
        d.em = em;
        d.events = events;
        d.settings = ProcurementSettings.fixed("0.5", "0", ZONE);
        StockReceivingService inventory = new StockReceivingService();
        GoodsReceiptPersistenceTest.set(inventory, "em", em);
        GoodsReceiptPersistenceTest.set(inventory, "calendar", InventoryCalendar.fixed(Clock.systemUTC(), ZONE));
        GoodsReceiptPersistenceTest.set(inventory, "events", events);
        d.stockReceiving = inventory;
        return d;
    }

    private static long count(String sql) {
        return db.inTransaction(em -> ((Number) em.createNativeQuery(sql).getSingleResult()).longValue());
    }

    @Test
    void loadsOnceAndIsIdempotentOnRestart() {
        String first = load();
        assertThat(first).contains("5 demo suppliers created").contains("partially received");
        assertThat(count("SELECT count(*) FROM supplier")).isEqualTo(5);
        assertThat(count("SELECT count(*) FROM purchase_order")).isEqualTo(4);
        assertThat(count("SELECT count(*) FROM purchase_order WHERE status = 'PARTIALLY_RECEIVED'")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM purchase_order WHERE status IN ('DRAFT', 'SENT')")).isEqualTo(3);
        assertThat(count("SELECT count(*) FROM reorder_policy")).isEqualTo(3);
        assertThat(count("SELECT count(*) FROM goods_receipt")).isEqualTo(1);

        String again = load();
        assertThat(again).contains("0 demo suppliers created").contains("exist already");
        assertThat(count("SELECT count(*) FROM supplier")).isEqualTo(5);
        assertThat(count("SELECT count(*) FROM purchase_order")).isEqualTo(4);
        assertThat(count("SELECT count(*) FROM reorder_policy")).isEqualTo(3);
    }
}
