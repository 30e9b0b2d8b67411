package org.pharmadist.procurement.application;

import org.pharmadist.platform.events.DomainEvent;
import org.pharmadist.platform.events.RecordingEvent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pharmadist.catalog.domain.MarketingCategory;
import org.pharmadist.catalog.domain.Product;
import org.pharmadist.catalog.domain.ProductStatus;
import org.pharmadist.platform.errors.ConflictException;
import org.pharmadist.platform.errors.InvalidInputException;
import org.pharmadist.platform.errors.RecordNotFoundException;
import org.pharmadist.platform.paging.Page;
import org.pharmadist.platform.paging.PageRequest;
import org.pharmadist.platform.persistence.TestDatabase;
import org.pharmadist.procurement.domain.ProcurementDocumentChanged;
import org.pharmadist.procurement.domain.ProcurementRuleViolation;
import org.pharmadist.procurement.domain.TestProducts;

/**
 * Suppliers, purchase orders and supplier invoices on real PostgreSQL (migrated by Flyway, mappings validated by
 * Hibernate): numbering, whole purchase units with rounding warnings, optimistic locking, audit, lists.
 */
class ProcurementPersistenceTest {

    private static TestDatabase db;
    static long nj1;
    static long nj2;
    static long nj3;
    private static final RecordingEvent<DomainEvent> events = new RecordingEvent<>();
    private static final ProcurementSettings settings = ProcurementSettings.fixed("0.5", "0", ZoneId.of("America/New_York"));

    @BeforeAll
    static void products() {
        db = TestDatabase.fresh("procurement_test");
        nj1 = db.inTransaction(em -> warehouse(em, "NJ1"));
        nj2 = db.inTransaction(em -> warehouse(em, "NJ2"));
        nj3 = db.inTransaction(em -> warehouse(em, "NJ3"));
        db.run(em -> {
            em.persist(TestProducts.boxed("0002-8215-01", "HUMULIN R", MarketingCategory.RX, 30));
            em.persist(TestProducts.boxed("0009-0031-01", "SOLU-CORTEF", MarketingCategory.RX, 25));
            Product gone = TestProducts.boxed("0009-0039-28", "OLD PRODUCT", MarketingCategory.OTC, 10);
            gone.setStatus(ProductStatus.DISCONTINUED);
            em.persist(gone);
        });
        suppliers(s -> s.create(supplierRequest("LILLY", "Eli Lilly and Company", null)));
        suppliers(s -> s.create(supplierRequest("PFIZER", "Pfizer Laboratories", null)));
    }

    @AfterAll
    static void close() {
        db.close();
    }

    static long warehouse(EntityManager em, String code) {
        org.pharmadist.inventory.domain.Warehouse w = new org.pharmadist.inventory.domain.Warehouse(code, "Warehouse " + code,
                null, null);
        em.persist(w);
        em.flush();
        return w.id();
    }

    static SupplierRequest supplierRequest(String code, String name, Long version) {
        return new SupplierRequest(code, name, "893 Delaware St", "Indianapolis", "IN", "46225", "US", "Order desk",
                "orders@lilly.example", "+1 317 555 0100", 30, 5, "USD", true, null, "RL0123456", version);
    }

    static <T> T suppliers(Function<SupplierService, T> work) {
        return db.inTransaction(em -> {
            SupplierService s = new SupplierService();
            s.em = em;
            s.events = events;
            return work.apply(s);
        });
    }

    static <T> T orders(Function<PurchaseOrderService, T> work) {
        return db.inTransaction(em -> work.apply(orderService(em)));
    }

    static PurchaseOrderService orderService(EntityManager em) {
        PurchaseOrderService s = new PurchaseOrderService();
        s.em = em;
        s.events = events;
        s.settings = settings;
        return s;
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

    static <T> T queries(Function<ProcurementQueryService, T> work) {
        EntityManager em = db.read();
        try {
            ProcurementQueryService q = new ProcurementQueryService();
            q.em = em;
            return work.apply(q);
        } finally {
            em.close();
        }
    }

    static PurchaseOrderLineRequest line(String ndc, String quantity, String unit, String cost) {
        return new PurchaseOrderLineRequest(ndc, quantity, unit, cost, null);
    }

    @Test
    void supplierIsCreatedChangedWithItsVersionAndAudited() {
        SupplierView created = suppliers(s -> s.create(supplierRequest("mckesson-1", "McKesson", null)));
        assertThat(created.code()).isEqualTo("MCKESSON-1");
        assertThat(created.deaRegistrationNumber()).isEqualTo("RL0123456");
        SupplierView changed = suppliers(s -> s.update("MCKESSON-1", new SupplierRequest(null, "McKesson Corp", null, null,
                null, null, null, null, null, null, 45, 2, "usd", true, null, null, created.version())));
        assertThat(changed.name()).isEqualTo("McKesson Corp");
        assertThat(changed.paymentTermsDays()).isEqualTo(45);
        assertThat(changed.version()).isGreaterThan(created.version());
        assertThatThrownBy(() -> suppliers(s -> s.update("MCKESSON-1", supplierRequest(null, "Stale", created.version()))))
                .isInstanceOf(ConflictException.class).hasMessageContaining("changed by another user");
        assertThatThrownBy(() -> suppliers(s -> s.create(supplierRequest("MCKESSON-1", "Again", null))))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> suppliers(s -> s.create(new SupplierRequest("X1", "X", null, null, "New Jersey", null, null,
                null, null, null, 30, 5, null, null, null, null, null))))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fieldErrors()).containsKey("state"));
        assertThatThrownBy(() -> suppliers(s -> s.create(new SupplierRequest("X2", "X", null, null, null, null, null,
                null, null, null, null, 5, null, null, null, null, null))))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fieldErrors()).containsKey("paymentTermsDays"));
        long revisions = db.inTransaction(em -> ((Number) em.createNativeQuery(
                "SELECT count(*) FROM supplier_aud a JOIN supplier s ON s.id = a.id WHERE s.code = 'MCKESSON-1'")
                .getSingleResult()).longValue());
        assertThat(revisions).isEqualTo(2);
    }

    @Test
    void purchaseOrderConvertsToWholePurchaseUnitsAndWarnsWhenRoundingUp() {
        PurchaseOrderView po = orders(s -> s.create(new PurchaseOrderRequest("LILLY", nj1, "2026-11-29", null, List.of(
                line("0002-8215-01", "60", "EA", "12.50"),
                line("00009003101", "45", "EA", "100.123456")))));
        assertThat(po.number()).matches("PO-2026-\\d{6}");
        assertThat(po.status()).isEqualTo("DRAFT");
        assertThat(po.expectedDate()).hasToString("2026-12-04");
        assertThat(po.lines()).hasSize(2);
        PurchaseOrderLineView humulin = po.lines().get(0);
        assertThat(humulin.quantity()).isEqualByComparingTo("2");
        assertThat(humulin.unit()).isEqualTo("BX");
        assertThat(humulin.quantityInStockUnits()).isEqualByComparingTo("60");
        assertThat(humulin.lineAmount()).isEqualTo(new BigDecimal("25.00"));
        PurchaseOrderLineView cortef = po.lines().get(1);
        assertThat(cortef.quantity()).as("45 EA on BX = 25 is 2 BX, never 45 BX").isEqualByComparingTo("2");
        assertThat(cortef.unitCost()).isEqualTo(new BigDecimal("100.12346"));
        assertThat(cortef.lineAmount()).isEqualTo(new BigDecimal("200.25"));
        assertThat(po.totalAmount()).isEqualTo(new BigDecimal("225.25"));
        assertThat(po.warnings()).containsExactly("45 EA is not a whole number of BX; rounded up to 2 BX = 50 EA");

        PurchaseOrderView reread = orders(s -> s.byNumber(po.number()));
        assertThat(reread.warnings()).isEmpty();
        assertThat(reread.lines()).extracting(PurchaseOrderLineView::requestedQuantity)
                .usingElementComparator(BigDecimal::compareTo).containsExactly(new BigDecimal("60"), new BigDecimal("45"));
    }

    @Test
    void badLinesAreRefusedNamingTheFieldAndNothingIsWritten() {
        long before = countOrders();
        assertThatThrownBy(() -> orders(s -> s.create(new PurchaseOrderRequest("LILLY", nj1, null, null, List.of(
                line("0002-8215-01", "2", null, "1"), line("0002-8215-01", "abc", null, "1"))))))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fieldErrors()).containsKey("lines[1].quantity"));
        assertThatThrownBy(() -> orders(s -> s.create(new PurchaseOrderRequest("LILLY", nj1, null, null, List.of(
                line("0002-8215-01", "2", "ML", "1"))))))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fieldErrors()).containsKey("lines[0].unit"));
        assertThatThrownBy(() -> orders(s -> s.create(new PurchaseOrderRequest("LILLY", nj1, null, null, List.of(
                line("0009-0039-28", "1", null, "1"))))))
                .isInstanceOf(ProcurementRuleViolation.class).hasMessageContaining("discontinued");
        assertThatThrownBy(() -> orders(s -> s.create(new PurchaseOrderRequest("NOPE", nj1, null, null, List.of()))))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> orders(s -> s.create(new PurchaseOrderRequest("LILLY", 987654L, null, null, List.of()))))
                .isInstanceOf(RecordNotFoundException.class).hasMessageContaining("warehouse");
        assertThatThrownBy(() -> orders(s -> s.create(new PurchaseOrderRequest("LILLY", nj1, null, null, List.of(
                line("1234-5678-90", "1", null, "1"))))))
                .isInstanceOf(RecordNotFoundException.class);
        assertThat(countOrders()).isEqualTo(before);
    }

    @Test
    void lifeCycleWithOptimisticLockingAndEvents() {
        PurchaseOrderView po = orders(s -> s.create(new PurchaseOrderRequest("PFIZER", nj2, null, null, List.of())));
        PurchaseOrderView withLine = orders(s -> s.addLine(po.number(), new PurchaseOrderLineRequest("0009-0031-01", "4", "BX", "99.5", po.version())));
        assertThat(withLine.lines()).hasSize(1);
        assertThat(withLine.warnings()).isEmpty();
        assertThatThrownBy(() -> orders(s -> s.addLine(po.number(), new PurchaseOrderLineRequest("0009-0031-01", "1", "BX", "1", po.version()))))
                .isInstanceOf(ConflictException.class);
        PurchaseOrderView sent = orders(s -> s.send(po.number(), withLine.version()));
        assertThat(sent.status()).isEqualTo("SENT");
        assertThatThrownBy(() -> orders(s -> s.removeLine(po.number(), 1, null)))
                .isInstanceOf(ProcurementRuleViolation.class).hasMessageContaining("only DRAFT");
        assertThat(orders(s -> s.confirm(po.number(), null)).status()).isEqualTo("CONFIRMED");
        assertThat(orders(s -> s.cancel(po.number(), null)).status()).isEqualTo("CANCELLED");
        assertThat(events.fired).anySatisfy(e -> {
            assertThat(e).isInstanceOf(ProcurementDocumentChanged.class);
            assertThat(((ProcurementDocumentChanged) e).reference()).isEqualTo(po.number());
            assertThat(((ProcurementDocumentChanged) e).change()).isEqualTo("cancelled");
        });
        long audited = db.inTransaction(em -> ((Number) em.createNativeQuery(
                "SELECT count(*) FROM purchase_order_aud WHERE number = ?1").setParameter(1, po.number()).getSingleResult()).longValue());
        assertThat(audited).isGreaterThanOrEqualTo(4);
    }

    @Test
    void invoiceAgainstAnOrderWithNothingReceivedIsAMismatchUntilApprovedWithAReason() {
        PurchaseOrderView po = orders(s -> s.create(new PurchaseOrderRequest("LILLY", nj1, null, null,
                List.of(line("0002-8215-01", "3", "BX", "12.00000")))));
        orders(s -> s.send(po.number(), null));
        SupplierInvoiceView inv = invoices(s -> s.record(new SupplierInvoiceRequest(po.number(), "INV-7781", "2026-11-29",
                List.of(new SupplierInvoiceRequest.SupplierInvoiceLineRequest(1, "3", "12.10")))));
        assertThat(inv.status()).isEqualTo("MISMATCH");
        assertThat(inv.totalAmount()).isEqualTo(new BigDecimal("36.30"));
        assertThat(inv.dueDate()).hasToString("2026-12-29");
        assertThat(inv.mismatches()).containsExactly(
                "line 1 NDC 0002-8215-01: invoiced price 12.10 per BX, ordered at 12.00 (+0.83 %, tolerance 0.5 %)",
                "line 1 NDC 0002-8215-01: invoiced 3 BX, received 0 BX");
        assertThatThrownBy(() -> invoices(s -> s.record(new SupplierInvoiceRequest(po.number(), "INV-7781", null,
                List.of(new SupplierInvoiceRequest.SupplierInvoiceLineRequest(1, "1", "12")))))).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> invoices(s -> s.approve(inv.id(), " ", null)))
                .isInstanceOf(ProcurementRuleViolation.class).hasMessageContaining("reason");
        SupplierInvoiceView approved = invoices(s -> s.approve(inv.id(), "price increase agreed by phone", inv.version()));
        assertThat(approved.status()).isEqualTo("APPROVED");
        assertThat(approved.approvedBy()).isEqualTo("system");
        assertThatThrownBy(() -> invoices(s -> s.approve(inv.id(), "again", null)))
                .isInstanceOf(ProcurementRuleViolation.class);
    }

    @Test
    void listsPageWithKeysetCursorsOnTheReadSource() {
        for (int i = 0; i < 5; i++) {
            orders(s -> s.create(new PurchaseOrderRequest("PFIZER", nj3, null, null, List.of(line("0009-0031-01", "1", "BX", "1")))));
        }
        Set<String> seen = new HashSet<>();
        String cursor = null;
        do {
            String c = cursor;
            Page<PurchaseOrderSummary> page = queries(q -> q.purchaseOrders("DRAFT", "pfizer", new PageRequest(2, 0, c)));
            page.items().forEach(p -> assertThat(seen.add(p.number())).isTrue());
            assertThat(page.items()).allSatisfy(p -> assertThat(p.status()).isEqualTo("DRAFT"));
            cursor = page.nextCursor();
        } while (cursor != null);
        assertThat(seen).hasSizeGreaterThanOrEqualTo(5);
        assertThat(queries(q -> q.suppliers("lil", new PageRequest(10, 0, null))).items())
                .extracting(SupplierSummary::code).containsExactly("LILLY");
        assertThatThrownBy(() -> queries(q -> q.purchaseOrders("SHIPPED", null, new PageRequest(10, 0, null))))
                .isInstanceOf(InvalidInputException.class);
    }

    private static long countOrders() {
        return db.inTransaction(em -> em.createQuery("SELECT count(p) FROM PurchaseOrder p", Long.class).getSingleResult());
    }
}
