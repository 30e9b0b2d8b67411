package org.pharmadist.procurement.application;

import org.pharmadist.platform.events.DomainEvent;
import org.pharmadist.platform.events.RecordingEvent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pharmadist.catalog.domain.MarketingCategory;
import org.pharmadist.catalog.domain.Product;
import org.pharmadist.catalog.domain.StorageCondition;
import org.pharmadist.inventory.application.InventoryCalendar;
import org.pharmadist.inventory.application.StockLevelsService;
import org.pharmadist.inventory.application.StockReceivingService;
import org.pharmadist.inventory.domain.LocationType;
import org.pharmadist.inventory.domain.StorageLocation;
import org.pharmadist.inventory.domain.Warehouse;
import org.pharmadist.platform.errors.BusinessException;
import org.pharmadist.platform.errors.InvalidInputException;
import org.pharmadist.platform.persistence.TestDatabase;
import org.pharmadist.procurement.application.GoodsReceiptRequest.GoodsReceiptLineRequest;
import org.pharmadist.procurement.application.SupplierInvoiceRequest.SupplierInvoiceLineRequest;
import org.pharmadist.procurement.domain.ProcurementRuleViolation;
import org.pharmadist.procurement.domain.TestProducts;

/**
 * Goods receipts on real PostgreSQL with the real inventory receiving (lots, ledger, quarantine), then the
 * three-way match of supplier invoices and reorder suggestions from real ATP. Business date 2026-11-29 in New York.
 */
class GoodsReceiptPersistenceTest {

    private static final ZoneId ZONE = ZoneId.of("America/New_York");
    private static final Clock CLOCK = Clock.fixed(LocalDate.of(2026, 11, 29).atTime(12, 0).atZone(ZONE).toInstant(), ZoneOffset.UTC);
    private static final char GS = '\u001d';

    private static TestDatabase db;
    private static final RecordingEvent<DomainEvent> events = new RecordingEvent<>();
    private static final ProcurementSettings settings = ProcurementSettings.fixed("0.5", "0", ZONE);
    private static final InventoryCalendar calendar = InventoryCalendar.fixed(CLOCK, ZONE);
    private static long warehouse;
    private static long otherWarehouse;
    private static long roomBin;
    private static long fridgeBin;
    private static long otherBin;

    @BeforeAll
    static void setUp() {
        db = TestDatabase.fresh("procurement_receipt_test");
        db.run(em -> {
            Warehouse w = new Warehouse("NJ1", "Newark DC", null, null);
            Warehouse other = new Warehouse("PA1", "Philadelphia DC", null, null);
            em.persist(w);
            em.persist(other);
            StorageLocation room = new StorageLocation(w, "A-01-01", StorageCondition.ROOM_TEMPERATURE, LocationType.RECEIVING);
            StorageLocation fridge = new StorageLocation(w, "C-01-01", StorageCondition.REFRIGERATED, LocationType.RECEIVING);
            StorageLocation far = new StorageLocation(other, "A-01-01", StorageCondition.ROOM_TEMPERATURE, LocationType.RECEIVING);
            em.persist(room);
            em.persist(fridge);
            em.persist(far);
            // Rx, room temperature, BX = 30 EA; GTIN 00300028215018 (NDC 0002-8215-01)
            em.persist(TestProducts.boxed("0002-8215-01", "HUMULIN R", MarketingCategory.RX, 30));
            Product serialised = TestProducts.boxed("0009-0031-01", "SOLU-CORTEF", MarketingCategory.RX, 5);
            serialised.setStockKeeping(StorageCondition.ROOM_TEMPERATURE, 730, true, false);
            em.persist(serialised);
            Product vaccine = TestProducts.boxed("0006-4047-41", "VAXNEUVANCE", MarketingCategory.RX, 10);
            vaccine.setStockKeeping(StorageCondition.REFRIGERATED, 540, false, true);
            em.persist(vaccine);
            em.persist(TestProducts.boxed("0363-0160-01", "ASPIRIN 81 MG", MarketingCategory.OTC, 36));
            em.persist(TestProducts.boxed("0363-0200-01", "IBUPROFEN 200 MG", MarketingCategory.OTC, 24));
            em.persist(TestProducts.boxed("0363-0300-01", "ACETAMINOPHEN 500 MG", MarketingCategory.OTC, 50));
            em.flush();
            warehouse = w.id();
            otherWarehouse = other.id();
            roomBin = room.id();
            fridgeBin = fridge.id();
            otherBin = far.id();
        });
        db.run(em -> supplierService(em).create(ProcurementPersistenceTest.supplierRequest("LILLY", "Eli Lilly", null)));
    }

    @AfterAll
    static void close() {
        db.close();
    }

    static SupplierService supplierService(EntityManager em) {
        SupplierService s = new SupplierService();
        s.em = em;
        s.events = events;
        return s;
    }

    static <T> T orders(Function<PurchaseOrderService, T> work) {
        return db.inTransaction(em -> work.apply(ProcurementPersistenceTest.orderService(em)));
    }

    static <T> T receipts(Function<GoodsReceiptService, T> work) {
        return db.inTransaction(em -> {
            GoodsReceiptService s = new GoodsReceiptService();
            s.em = em;
            s.events = events;
            s.settings = settings;
            StockReceivingService inventory = new StockReceivingService();
            set(inventory, "em", em);
            set(inventory, "calendar", calendar);
            set(inventory, "events", events);
            s.stockReceiving = inventory;
            return work.apply(s);
        });
    }

    static <T> T invoices(Function<SupplierInvoiceService, T> work) {
        return db.inTransaction(em -> {
            SupplierInvoiceService s = new SupplierInvoiceService();
            s.em = em;
            s.events = events;
            s.settings = settings;
            return work.apply(s);
        });
    }

    static void set(Object target, String field, Object value) {
        try {
            Field f = target.getClass().getDeclaredField(field);
            f.setAccessible(true);
            f.set(target, value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A SENT order of the given lines (ndc, quantity, unit, cost). */
    static PurchaseOrderView sentOrder(String... lineValues) {
        List<PurchaseOrderLineRequest> lines = new java.util.ArrayList<>();
        for (int i = 0; i < lineValues.length; i += 4) {
            lines.add(new PurchaseOrderLineRequest(lineValues[i], lineValues[i + 1], lineValues[i + 2], lineValues[i + 3], null));
        }
        PurchaseOrderView po = orders(s -> s.create(new PurchaseOrderRequest("LILLY", warehouse, null, null, lines)));
        return orders(s -> s.send(po.number(), null));
    }

    static GoodsReceiptLineRequest rx(int line, String lot, String expiry, String quantity) {
        return new GoodsReceiptLineRequest(line, roomBin, null, lot, expiry, quantity, null, null);
    }

    static BigDecimal onHand(String lot) {
        return db.inTransaction(em -> (BigDecimal) em.createNativeQuery("SELECT coalesce(sum(b.on_hand), 0) FROM stock_balance b "
                + "JOIN lot l ON l.id = b.lot_id WHERE l.lot_number = ?1").setParameter(1, lot).getSingleResult());
    }

    @Test
    void partialReceiptsThenFullBookStockAndMoveTheOrder() {
        PurchaseOrderView po = sentOrder("0002-8215-01", "4", "BX", "120.00");
        GoodsReceiptView first = receipts(s -> s.receive(new GoodsReceiptRequest(po.number(), "PS-1001",
                List.of(rx(1, "A23B045", "2028-05-31", "1")))));
        assertThat(first.number()).matches("GR-2026-\\d{6}");
        assertThat(first.purchaseOrderStatus()).isEqualTo("PARTIALLY_RECEIVED");
        assertThat(first.lines().get(0).quantityStock()).isEqualByComparingTo("30");
        assertThat(first.lines().get(0).stockStatus()).isEqualTo("AVAILABLE");
        assertThat(first.lines().get(0).lotId()).isNotNull();
        assertThat(onHand("A23B045")).isEqualByComparingTo("30");

        GoodsReceiptView rest = receipts(s -> s.receive(new GoodsReceiptRequest(po.number(), null,
                List.of(new GoodsReceiptLineRequest(1, roomBin, null, "A23B046", "2028-06-30", "60", "EA", null), new GoodsReceiptLineRequest(1, roomBin, null, "A23B047",
                        "2028-06-30", "1", "BX", null)))));
        // 60 EA received on a BX line = 2 BX
        assertThat(rest.lines().get(0).quantity()).isEqualByComparingTo("2");
        assertThat(rest.purchaseOrderStatus()).isEqualTo("RECEIVED");
        PurchaseOrderView after = orders(s -> s.byNumber(po.number()));
        assertThat(after.lines().get(0).receivedQuantity()).isEqualByComparingTo("4");
        long ledger = db.inTransaction(em -> ((Number) em.createNativeQuery(
                "SELECT count(*) FROM stock_movement WHERE movement_type = 'RECEIPT' AND reference_document IN (?1, ?2)").setParameter(1, first.number())
                .setParameter(2, rest.number()).getSingleResult()).longValue());
        assertThat(ledger).isEqualTo(3);
        long audited = db.inTransaction(em -> ((Number) em.createNativeQuery("SELECT count(*) FROM goods_receipt_aud")
                .getSingleResult()).longValue());
        assertThat(audited).isGreaterThanOrEqualTo(2);
    }

    @Test
    void overReceiptIsRefusedWith422AndNothingIsWritten() {
        PurchaseOrderView po = sentOrder("0002-8215-01", "2", "BX", "120.00");
        receipts(s -> s.receive(new GoodsReceiptRequest(po.number(), null, List.of(rx(1, "OVR-1", "2028-05-31", "1")))));
        assertThatThrownBy(() -> receipts(s -> s.receive(new GoodsReceiptRequest(po.number(), null,
                List.of(rx(1, "OVR-2", "2028-05-31", "2"))))))
                .isInstanceOf(ProcurementRuleViolation.class)
                .hasMessageContaining("receiving 2 BX would exceed the ordered 2 BX (1 BX already received, 1 BX open)")
                .satisfies(e -> assertThat(((BusinessException) e).kind().httpStatus()).isEqualTo(422))
                .satisfies(e -> assertThat(((BusinessException) e).fieldErrors()).containsKey("lines[0].quantity"));
        assertThat(onHand("OVR-2")).isEqualByComparingTo("0");
        assertThat(orders(s -> s.byNumber(po.number())).lines().get(0).receivedQuantity()).isEqualByComparingTo("1");
    }

    @Test
    void prescriptionLotAndExpiryAreMandatoryAndExpiredStockIsRefused() {
        PurchaseOrderView po = sentOrder("0002-8215-01", "2", "BX", "120.00");
        assertThatThrownBy(() -> receipts(s -> s.receive(new GoodsReceiptRequest(po.number(), null,
                List.of(rx(1, null, "2028-05-31", "1"))))))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fieldErrors()).containsKey("lines[0].lotNumber"));
        assertThatThrownBy(() -> receipts(s -> s.receive(new GoodsReceiptRequest(po.number(), null,
                List.of(rx(1, "L1", null, "1"))))))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fieldErrors()).containsKey("lines[0].expiryDate"));
        assertThatThrownBy(() -> receipts(s -> s.receive(new GoodsReceiptRequest(po.number(), null,
                List.of(rx(1, "L1", "2026-11-28", "1"))))))
                .isInstanceOf(ProcurementRuleViolation.class).hasMessageContaining("expired");
        assertThat(orders(s -> s.byNumber(po.number())).status()).isEqualTo("SENT");
    }

    @Test
    void scannedDataMatrixFillsLotExpiryAndSerialAndMustBeTheLinesProduct() {
        PurchaseOrderView po = sentOrder("0009-0031-01", "1", "BX", "50.00");
        String gtin = po.lines().get(0).gtin14();
        List<String> serials = List.of("SN0001", "SN0002", "SN0003", "SN0004");
        GoodsReceiptView r = receipts(s -> s.receive(new GoodsReceiptRequest(po.number(), null, List.of(
                new GoodsReceiptLineRequest(1, roomBin, "]d201" + gtin + "17280500" + "10CORT-77" + GS + "21SN0005", null,
                        null, "5", "EA", serials)))));
        GoodsReceiptView.Line line = r.lines().get(0);
        assertThat(line.lotNumber()).isEqualTo("CORT-77");
        assertThat(line.expiryDate()).isEqualTo(LocalDate.of(2028, 5, 31));
        assertThat(line.serialNumbers()).containsExactly("SN0001", "SN0002", "SN0003", "SN0004", "SN0005");

        PurchaseOrderView other = sentOrder("0002-8215-01", "1", "BX", "1");
        assertThatThrownBy(() -> receipts(s -> s.receive(new GoodsReceiptRequest(other.number(), null, List.of(
                new GoodsReceiptLineRequest(1, roomBin, "01" + gtin + "17280500" + "10X", null, null, "1", null, null))))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("not the product")
                .satisfies(e -> assertThat(((InvalidInputException) e).fieldErrors()).containsKey("lines[0].barcode"));
        assertThatThrownBy(() -> receipts(s -> s.receive(new GoodsReceiptRequest(other.number(), null, List.of(
                new GoodsReceiptLineRequest(1, roomBin, "01" + gtin.substring(0, 13) + "9", null, null, "1", null, null))))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("check digit");
    }

    @Test
    void serialisedProductNeedsOneSerialPerPackage() {
        PurchaseOrderView po = sentOrder("0009-0031-01", "1", "BX", "50.00");
        assertThatThrownBy(() -> receipts(s -> s.receive(new GoodsReceiptRequest(po.number(), null, List.of(
                new GoodsReceiptLineRequest(1, roomBin, null, "CORT-88", "2028-05-31", "1", "BX", List.of("Z1", "Z2")))))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("one serial number per package")
                .satisfies(e -> assertThat(((InvalidInputException) e).fieldErrors()).containsKey("lines[0].serialNumbers"));
    }

    @Test
    void qualityReleaseProductsArriveInQuarantineAndStorageConditionIsEnforced() {
        PurchaseOrderView po = sentOrder("0006-4047-41", "2", "BX", "2000.00");
        assertThatThrownBy(() -> receipts(s -> s.receive(new GoodsReceiptRequest(po.number(), null, List.of(
                new GoodsReceiptLineRequest(1, roomBin, null, "VX-1", "2027-12-31", "1", null, null))))))
                .isInstanceOf(BusinessException.class).hasMessageContaining("A-01-01")
                .satisfies(e -> assertThat(((BusinessException) e).type()).isEqualTo("storage-condition-mismatch"));
        GoodsReceiptView r = receipts(s -> s.receive(new GoodsReceiptRequest(po.number(), null, List.of(
                new GoodsReceiptLineRequest(1, fridgeBin, null, "VX-1", "2027-12-31", "1", null, null)))));
        assertThat(r.lines().get(0).stockStatus()).isEqualTo("QUARANTINE");
        assertThatThrownBy(() -> receipts(s -> s.receive(new GoodsReceiptRequest(po.number(), null, List.of(
                new GoodsReceiptLineRequest(1, otherBin, null, "VX-2", "2027-12-31", "1", null, null))))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("not in the order's destination warehouse");
    }

    @Test
    void threeWayMatchAgainstOrderedAndReceivedQuantities() {
        PurchaseOrderView po = sentOrder("0002-8215-01", "3", "BX", "120.00", "0363-0160-01", "2", "BX", "8.00000");
        receipts(s -> s.receive(new GoodsReceiptRequest(po.number(), null, List.of(rx(1, "TWM-1", "2028-01-31", "3"),
                new GoodsReceiptLineRequest(2, roomBin, null, "ASP-1", null, "2", null, null)))));
        SupplierInvoiceView matched = invoices(s -> s.record(new SupplierInvoiceRequest(po.number(), "INV-1", "2026-11-29",
                List.of(new SupplierInvoiceLineRequest(1, "3", "120.50"), new SupplierInvoiceLineRequest(2, "2", "8")))));
        assertThat(matched.status()).as("120.50 is within 0.5 % of 120.00").isEqualTo("MATCHED");
        assertThat(matched.mismatches()).isEmpty();
        assertThat(matched.totalAmount()).isEqualTo(new BigDecimal("377.50"));

        SupplierInvoiceView second = invoices(s -> s.record(new SupplierInvoiceRequest(po.number(), "INV-2", null,
                List.of(new SupplierInvoiceLineRequest(2, "1", "8.5")))));
        assertThat(second.status()).isEqualTo("MISMATCH");
        assertThat(second.mismatches()).containsExactly(
                "line 2 NDC 0363-0160-01: invoiced price 8.50 per BX, ordered at 8.00 (+6.25 %, tolerance 0.5 %)",
                "line 2 NDC 0363-0160-01: invoiced 1 BX (plus 2 BX on earlier invoices), received 2 BX",
                "line 2 NDC 0363-0160-01: invoiced 1 BX (plus 2 BX on earlier invoices), ordered 2 BX");
        SupplierInvoiceView approved = invoices(s -> s.approve(second.id(), "short shipment credit expected", second.version()));
        assertThat(approved.status()).isEqualTo("APPROVED");
        assertThat(approved.approvalReason()).isEqualTo("short shipment credit expected");
    }

    @Test
    void reorderSuggestionUpToMaxInWholePurchaseUnitsCountingOpenOrders() {
        // ibuprofen: 1 BX (24 EA) in stock + 2 BX (48 EA) on an open order = 72 EA < min 100 -> order up to 400:
        // 328 EA = 13.67 BX -> 14 BX (336 EA), with a rounding warning. Acetaminophen: 3 BX (150 EA) >= min 100.
        PurchaseOrderView stocked = sentOrder("0363-0200-01", "1", "BX", "3.00", "0363-0300-01", "3", "BX", "2.00");
        receipts(s -> s.receive(new GoodsReceiptRequest(stocked.number(), null, List.of(
                new GoodsReceiptLineRequest(1, roomBin, null, "IBU-1", "2028-01-31", "1", null, null),
                new GoodsReceiptLineRequest(2, roomBin, null, "APAP-1", "2028-01-31", "3", null, null)))));
        orders(s -> s.create(new PurchaseOrderRequest("LILLY", warehouse, null, null,
                List.of(new PurchaseOrderLineRequest("0363-0200-01", "2", "BX", "3.00", null)))));
        ReorderPolicyView ibuprofen = policies(new ReorderPolicyRequest("0363-0200-01", warehouse, "100", "400", "LILLY", null));
        policies(new ReorderPolicyRequest("0363-0300-01", warehouse, "100", "400", null, null));
        assertThat(ibuprofen.stockUnit()).isEqualTo("EA");
        assertThatThrownBy(() -> policies(new ReorderPolicyRequest("0363-0200-01", warehouse, "100", "50", null, null)))
                .isInstanceOf(ProcurementRuleViolation.class);

        EntityManager read = db.read();
        try {
            ReorderSuggestionService s = new ReorderSuggestionService();
            s.em = read;
            StockLevelsService levels = new StockLevelsService();
            set(levels, "em", read);
            set(levels, "calendar", calendar);
            s.stockLevels = levels;
            List<ReorderSuggestion> suggestions = s.suggestions(warehouse);
            assertThat(suggestions).extracting(ReorderSuggestion::ndc).containsExactly("0363-0200-01");
            ReorderSuggestion r = suggestions.get(0);
            assertThat(r.availableToPromise()).isEqualByComparingTo("24");
            assertThat(r.onOrder()).isEqualByComparingTo("48");
            assertThat(r.suggestedQuantity()).isEqualByComparingTo("14");
            assertThat(r.purchaseUnit()).isEqualTo("BX");
            assertThat(r.suggestedStockQuantity()).isEqualByComparingTo("336");
            assertThat(r.supplierCode()).isEqualTo("LILLY");
            assertThat(r.warning()).contains("rounded up to 14 BX");
            assertThat(s.suggestions(otherWarehouse)).isEmpty();
        } finally {
            read.close();
        }
    }

    static ReorderPolicyView policies(ReorderPolicyRequest request) {
        return db.inTransaction(em -> {
            ReorderPolicyService s = new ReorderPolicyService();
            s.em = em;
            s.events = events;
            return s.save(request);
        });
    }
}
