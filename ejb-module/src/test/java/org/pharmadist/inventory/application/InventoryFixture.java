package org.pharmadist.inventory.application;

import org.pharmadist.platform.events.RecordingEvent;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Function;
import org.pharmadist.catalog.domain.MarketingCategory;
import org.pharmadist.catalog.domain.Ndc;
import org.pharmadist.catalog.domain.Product;
import org.pharmadist.catalog.domain.ProductRecord;
import org.pharmadist.catalog.domain.Quantity;
import org.pharmadist.catalog.domain.StorageCondition;
import org.pharmadist.catalog.domain.UnitOfMeasure;
import org.pharmadist.platform.events.DomainEvent;
import org.pharmadist.platform.persistence.TestDatabase;

/**
 * Wires the inventory services on a real PostgreSQL test database as the container would (package-private fields),
 * with a fixed clock: today is {@link #TODAY} in America/New_York.
 */
final class InventoryFixture implements AutoCloseable {

    /** Business date of every test: 2026-10-01 (16:00 UTC = 12:00 in New York). */
    static final LocalDate TODAY = LocalDate.of(2026, 10, 1);
    static final ZoneId ZONE = ZoneId.of("America/New_York");

    final TestDatabase db;
    final InventoryCalendar calendar;
    final RecordingEvent<DomainEvent> events = new RecordingEvent<>();
    private int nextNdc = 1;

    InventoryFixture(String name) {
        this(name, TODAY.atTime(12, 0).atZone(ZONE).toInstant());
    }

    InventoryFixture(String name, Instant now) {
        db = TestDatabase.fresh(name);
        calendar = InventoryCalendar.fixed(Clock.fixed(now, ZoneOffset.UTC), ZONE);
    }

    <T> T tx(Function<EntityManager, T> work) {
        return db.inTransaction(work);
    }

    StockReceivingService receiving(EntityManager em) {
        StockReceivingService s = new StockReceivingService();
        s.em = em;
        s.calendar = calendar;
        s.events = events;
        return s;
    }

    StockReceiptService receipts(EntityManager em) {
        StockReceiptService s = new StockReceiptService();
        s.em = em;
        s.receiving = receiving(em);
        return s;
    }

    StockAllocationService allocation(EntityManager em) {
        StockAllocationService s = new StockAllocationService();
        s.em = em;
        s.calendar = calendar;
        s.events = events;
        return s;
    }

    StockMovementService movements(EntityManager em) {
        StockMovementService s = new StockMovementService();
        s.em = em;
        s.calendar = calendar;
        s.events = events;
        return s;
    }

    LotStatusService lots(EntityManager em) {
        LotStatusService s = new LotStatusService();
        s.em = em;
        s.calendar = calendar;
        s.events = events;
        return s;
    }

    WarehouseService warehouses(EntityManager em) {
        WarehouseService s = new WarehouseService();
        s.em = em;
        return s;
    }

    /** Runs a read on the read unit, outside a transaction, as the read services do. */
    <T> T query(Function<InventoryQueryService, T> work) {
        EntityManager em = db.read();
        try {
            InventoryQueryService q = new InventoryQueryService();
            q.em = em;
            q.calendar = calendar;
            q.nearExpiryDays = 90;
            return work.apply(q);
        } finally {
            em.close();
        }
    }

    /** A new product with a unique test NDC (labeler 99999), stocked in EA, BX = 10 EA. */
    Product product(String name, MarketingCategory category, StorageCondition condition, boolean serialised,
            boolean qualityRelease) {
        String ndc = String.format("99999-%04d-01", nextNdc++);
        return tx(em -> {
            Product p = Product.fromReference(new ProductRecord(Ndc.parse(ndc), name, null, null, null, null,
                    "Test Labs", null, category, null, null, null, null, null, null, "test"), calendar.now());
            p.setStockKeeping(condition, 730, serialised, qualityRelease);
            p.defineUnit(UnitOfMeasure.BX, new BigDecimal("10"));
            em.persist(p);
            return p;
        });
    }

    Product rxProduct(String name) {
        return product(name, MarketingCategory.RX, StorageCondition.ROOM_TEMPERATURE, false, false);
    }

    /** Books a receipt in its own transaction. */
    ReceivedStock receive(Product p, LocationView loc, String lot, LocalDate expiry, String qty, String cost,
            List<String> serials) {
        return tx(em -> receiving(em).receive(new StockReceipt(p.id(), loc.id(), lot, expiry, null, new BigDecimal(qty),
                cost == null ? null : new BigDecimal(cost), serials, "GR-TEST")));
    }

    ReceivedStock receive(Product p, LocationView loc, String lot, LocalDate expiry, String qty) {
        return receive(p, loc, lot, expiry, qty, "1.00000", List.of());
    }

    AllocationResult allocate(String demand, Product p, String qty, Integer minShelfLife) {
        return tx(em -> allocation(em).allocate(new AllocationRequest(demand, p.id(), Quantity.of(qty, UnitOfMeasure.EA),
                null, minShelfLife)));
    }

    @Override
    public void close() {
        db.close();
    }
}
