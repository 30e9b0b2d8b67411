package org.pharmadist.inventory.application;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pharmadist.catalog.application.CatalogTestData;
import org.pharmadist.catalog.domain.StorageCondition;

/**
 * The demo inventory on the real reference catalog: every listed product exists, stock is booked only through
 * receipts in the ledger, refrigerated products get their storage condition, and a second load changes nothing.
 */
class InventoryDemoDataTest {

    private static InventoryFixture f;
    private static int firstLoad;

    @BeforeAll
    static void load() {
        f = new InventoryFixture("inventory_demo");
        f.tx(CatalogTestData::importReferenceCatalog);
        // As at start-up: the catalog's demo stock-keeping values (serialised products among them) come first.
        f.tx(CatalogTestData::applyDemoStockKeeping);
        firstLoad = f.tx(InventoryDemoDataTest::demo);
    }

    @AfterAll
    static void close() {
        f.close();
    }

    private static int demo(EntityManager em) {
        InventoryDemoDataService s = new InventoryDemoDataService();
        s.em = em;
        s.receiving = f.receiving(em);
        s.calendar = f.calendar;
        s.events = f.events;
        return s.load();
    }

    private static long count(String sql) throws Exception {
        try (Connection c = f.db.dataSource().getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void everyDemoLineIsReceivedThroughTheLedgerOnce() throws Exception {
        assertThat(firstLoad).isEqualTo(49);
        assertThat(count("SELECT count(DISTINCT product_id) FROM lot")).isBetween(30L, 60L);
        assertThat(count("SELECT count(*) FROM stock_movement WHERE movement_type = 'RECEIPT'")).isEqualTo(49);
        assertThat(count("SELECT count(*) FROM stock_balance b WHERE b.on_hand <> (SELECT sum(m.on_hand_change) "
                + "FROM stock_movement m WHERE m.lot_id = b.lot_id AND m.location_id = b.location_id)")).isZero();
        assertThat(count("SELECT count(*) FROM warehouse")).isEqualTo(2);
        assertThat(count("SELECT count(*) FROM product_cost")).isEqualTo(count("SELECT count(DISTINCT product_id) FROM lot"));

        assertThat(f.tx(InventoryDemoDataTest::demo)).isZero();
        assertThat(count("SELECT count(*) FROM stock_movement")).isEqualTo(49);
    }

    @Test
    void serialisedProductsAreReceivedWithOneSerialNumberPerPackage() throws Exception {
        // Regression: the catalog demo marks products serialised (DSCSA); their demo receipts carried no serials and
        // the whole demo inventory was refused at start-up.
        assertThat(count("SELECT count(*) FROM product p WHERE p.serialised AND EXISTS (SELECT 1 FROM lot l WHERE l.product_id = p.id)"))
                .isPositive();
        assertThat(count("SELECT count(*) FROM lot l JOIN product p ON p.id = l.product_id WHERE p.serialised AND "
                + "(SELECT sum(b.on_hand) FROM stock_balance b WHERE b.lot_id = l.id) <> "
                + "(SELECT count(*) FROM serial_number s WHERE s.lot_id = l.id)")).isZero();
    }

    @Test
    void expiriesAreSpreadRelativeToTheLoadDate() throws Exception {
        String today = "DATE '" + InventoryFixture.TODAY + "'";
        assertThat(count("SELECT count(*) FROM lot WHERE expiry_date < " + today)).isGreaterThanOrEqualTo(3);
        assertThat(count("SELECT count(*) FROM lot WHERE expiry_date BETWEEN " + today + " AND " + today + " + 90"))
                .isGreaterThanOrEqualTo(5);
        assertThat(count("SELECT count(*) FROM lot WHERE expiry_date BETWEEN " + today + " + 180 AND " + today + " + 915"))
                .isGreaterThan(count("SELECT count(*) FROM lot") / 2);
        NearExpiryReport report = f.query(q -> q.nearExpiry(null));
        assertThat(report.lines()).anySatisfy(l -> assertThat(l.expired()).isTrue());
        assertThat(report.totalValue().signum()).isPositive();
    }

    @Test
    void insulinIsRefrigeratedAndStoredColdAndTheQualityHoldIsQuarantined() {
        StorageCondition insulin = f.tx(em -> (String) em.createNativeQuery(
                "SELECT storage_condition FROM product WHERE ndc11 = '00002821405'").getSingleResult())
                .transform(StorageCondition::valueOf);
        assertThat(insulin).isEqualTo(StorageCondition.REFRIGERATED);
        java.util.List<StockLine> stock = f.query(q -> q.stockByProduct("0002-8214-05", null));
        assertThat(stock).isNotEmpty()
                .allSatisfy(l -> assertThat(l.storageCondition()).isEqualTo("REFRIGERATED"));
        java.util.List<LotView> lots = f.query(q -> q.lots("0338-0424-18"));
        assertThat(lots).anySatisfy(l -> {
            assertThat(l.lotNumber()).isEqualTo(InventoryDemoDataService.QUALITY_HOLD_LOT);
            assertThat(l.status()).isEqualTo("QUARANTINE");
            assertThat(l.sellable()).isFalse();
        });
    }
}
