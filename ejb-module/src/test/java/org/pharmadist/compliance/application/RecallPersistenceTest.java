package org.pharmadist.compliance.application;

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
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pharmadist.catalog.domain.MarketingCategory;
import org.pharmadist.catalog.domain.Ndc;
import org.pharmadist.catalog.domain.Product;
import org.pharmadist.catalog.domain.ProductRecord;
import org.pharmadist.catalog.domain.Quantity;
import org.pharmadist.catalog.domain.StorageCondition;
import org.pharmadist.catalog.domain.UnitOfMeasure;
import org.pharmadist.compliance.domain.ComplianceRuleViolation;
import org.pharmadist.crm.domain.Customer;
import org.pharmadist.crm.domain.CustomerType;
import org.pharmadist.inventory.application.AllocationRequest;
import org.pharmadist.inventory.application.AllocationResult;
import org.pharmadist.inventory.application.InventoryCalendar;
import org.pharmadist.inventory.application.LotDecision;
import org.pharmadist.inventory.application.LotRecallHoldService;
import org.pharmadist.inventory.application.StockAllocationService;
import org.pharmadist.inventory.application.StockReceipt;
import org.pharmadist.inventory.application.StockReceivingService;
import org.pharmadist.inventory.domain.LocationType;
import org.pharmadist.inventory.domain.Lot;
import org.pharmadist.inventory.domain.LotStatus;
import org.pharmadist.inventory.domain.LotStatusChanged;
import org.pharmadist.inventory.domain.StorageLocation;
import org.pharmadist.inventory.domain.Warehouse;
import org.pharmadist.platform.audit.AuditTrailService;
import org.pharmadist.platform.audit.RecordRevision;
import org.pharmadist.platform.errors.InvalidInputException;
import org.pharmadist.platform.events.DomainEvent;
import org.pharmadist.platform.events.RecordingEvent;
import org.pharmadist.platform.persistence.TestDatabase;

/**
 * Recalls on real PostgreSQL (schema validated against V14) with the real inventory: import idempotent on the recall
 * number, matching by NDC in any format and by lot (named lots vs all lots), quarantine that blocks allocation,
 * notices with responses and PDF, closing, and the audit history. Business date 2026-12-04 in New York.
 */
class RecallPersistenceTest {

    private static final ZoneId ZONE = ZoneId.of("America/New_York");
    private static final InventoryCalendar CALENDAR = InventoryCalendar.fixed(
            Clock.fixed(LocalDate.of(2026, 12, 4).atTime(12, 0).atZone(ZONE).toInstant(), ZoneOffset.UTC), ZONE);
    private static final RecordingEvent<DomainEvent> EVENTS = new RecordingEvent<>();

    private static TestDatabase db;
    private static long bin;
    private static Product pegfilgrastim;   // 69448-025-63 (5-3-2)
    private static Product saline;          // 0338-0049-04 (4-4-2)
    private static Product tablets;         // 12345-6789-1 (5-4-1)
    private static long customer;

    @BeforeAll
    static void setUp() {
        db = TestDatabase.fresh("compliance_recall_test");
        db.run(em -> {
            Warehouse w = new Warehouse("NJ1", "Edison NJ", null, null);
            em.persist(w);
            StorageLocation loc = new StorageLocation(w, "A-01-01", StorageCondition.ROOM_TEMPERATURE, LocationType.STORAGE);
            em.persist(loc);
            em.flush();
            bin = loc.id();
        });
        pegfilgrastim = product("69448-025-63", "UDENYCA 6 MG/0.6 ML");
        saline = product("0338-0049-04", "SODIUM CHLORIDE 0.9%");
        tablets = product("12345-6789-1", "TEST TABLETS 10 MG");
        customer = db.inTransaction(em -> {
            Customer c = new Customer(CustomerType.HOSPITAL, "Mercy General Hospital", "66-1234567", CALENDAR.now());
            em.persist(c);
            em.flush();
            return c.id();
        });
    }

    @AfterAll
    static void close() {
        db.close();
    }

    static Product product(String ndc, String name) {
        return db.inTransaction(em -> {
            Product p = Product.fromReference(new ProductRecord(Ndc.parse(ndc), name, null, null, null, null, "Test Labs",
                    null, MarketingCategory.RX, null, null, null, null, null, null, "test"), CALENDAR.now());
            em.persist(p);
            return p;
        });
    }

    static long receive(Product p, String lot, String quantity) {
        return db.inTransaction(em -> {
            StockReceivingService s = new StockReceivingService();
            set(s, "em", em);
            set(s, "calendar", CALENDAR);
            set(s, "events", EVENTS);
            return s.receive(new StockReceipt(p.id(), bin, lot, LocalDate.of(2027, 6, 30), null, new BigDecimal(quantity),
                    new BigDecimal("1.00000"), List.of(), "GR-TEST")).lotId();
        });
    }

    static RecallImportReport importJson(String json) {
        return db.inTransaction(em -> {
            RecallImportService s = new RecallImportService();
            s.em = em;
            s.calendar = CALENDAR;
            return s.importDocument(json);
        });
    }

    static <T> T recalls(Function<RecallService, T> work) {
        return db.inTransaction(em -> work.apply(service(em)));
    }

    static RecallService service(EntityManager em) {
        RecallService s = new RecallService();
        s.em = em;
        s.calendar = CALENDAR;
        LotRecallHoldService hold = new LotRecallHoldService();
        set(hold, "em", em);
        set(hold, "calendar", CALENDAR);
        set(hold, "events", EVENTS);
        s.lotRecallHold = hold;
        return s;
    }

    /** An openFDA record (fields as in the API), with optional openfda.package_ndc. */
    static String record(String number, String status, String description, String codeInfo, String packageNdc) {
        return "{\"status\":\"" + status + "\",\"classification\":\"Class I\",\"recalling_firm\":\"Accord BioPharma\","
                + "\"recall_number\":\"" + number + "\",\"product_description\":\"" + description + "\","
                + "\"reason_for_recall\":\"Temperature abuse\",\"recall_initiation_date\":\"20260116\","
                + "\"report_date\":\"20260218\",\"code_info\":\"" + codeInfo + "\",\"product_quantity\":\"116 cartons\","
                + "\"openfda\":" + (packageNdc == null ? "{}" : "{\"package_ndc\":[\"" + packageNdc + "\"]}") + "}";
    }

    @Test
    void importIsIdempotentOnTheRecallNumber() {
        String rec = record("D-9001-2026", "Ongoing", "Test product, NDC 69448-025-63", "Lot 2199821, Expires: 05/31/2027", null);
        RecallImportReport first = importJson("{\"meta\":{},\"results\":[" + rec + ",{\"classification\":\"Class II\"}]}");
        assertThat(first.created()).isEqualTo(1);
        assertThat(first.rejected()).extracting(RecallImportReport.Rejection::index, RecallImportReport.Rejection::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "recall_number is missing"));

        RecallImportReport again = importJson("[" + rec + "]");
        assertThat(again.created()).isZero();
        assertThat(again.unchanged()).isEqualTo(1);
        long id = recalls(s -> s.idOf("D-9001-2026"));
        assertThat(count("SELECT count(*) FROM compliance_recall WHERE recall_number = 'D-9001-2026'")).isEqualTo(1);

        // FDA terminates it: the record is updated, our workflow status stays
        RecallImportReport changed = importJson(record("D-9001-2026", "Terminated", "Test product, NDC 69448-025-63",
                "Lot 2199821, Expires: 05/31/2027", null));
        assertThat(changed.updated()).isEqualTo(1);
        RecallDetail d = recalls(s -> s.get(id));
        assertThat(d.fdaStatus()).isEqualTo("Terminated");
        assertThat(d.status()).isEqualTo("OPEN");
        assertThat(d.lots()).containsExactly(new RecallDetail.LotView("2199821", LocalDate.of(2027, 5, 31), false));
        assertThat(d.ndcs()).extracting(RecallDetail.NdcView::ndc).containsExactly("69448-0025-63");
        assertThat(count("SELECT count(*) FROM compliance_recall_lot l JOIN compliance_recall r ON r.id = l.recall_id "
                + "WHERE r.recall_number = 'D-9001-2026'")).isEqualTo(1);

        assertThatThrownBy(() -> importJson("not json")).isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).type()).isEqualTo("invalid-json");
    }

    @Test
    void matchesTheNamedLotsByNdcInAnyFormat() {
        long named = receive(pegfilgrastim, "2199821", "40");
        receive(pegfilgrastim, "2199822", "25");                    // another lot of the product: not recalled
        long tabletsNamed = receive(tablets, "ab-7731", "12");       // stock writes hyphen and lower case
        // 5-3-2 in the description
        importJson(record("D-9002-2026", "Ongoing", "UDENYCA, NDC 69448-025-63", "Subset of Lot 2199821, Expires: 05/31/2027", null));
        // the 11-digit 5-4-2 form in openfda.package_ndc, 5-4-1 in the text
        importJson(record("D-9003-2026", "Ongoing", "Test tablets 10 mg, NDC 12345-6789-1", "Lot #: AB7731, Exp 05/2027",
                "69448-0025-63"));

        RecallDetail d = recalls(s -> s.byNumber("D-9002-2026"));
        assertThat(d.affectedLots()).extracting(AffectedLot::lotId, AffectedLot::lotNumber, AffectedLot::matchedBy)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(named, "2199821", "LOT_NUMBER"));
        AffectedLot lot = d.affectedLots().get(0);
        assertThat(lot.onHand()).isEqualByComparingTo("40");
        assertThat(lot.reserved()).isEqualByComparingTo("0");
        assertThat(lot.unit()).isEqualTo("EA");
        assertThat(lot.warehouses()).isEqualTo("NJ1");
        assertThat(lot.ndc()).isEqualTo("69448-0025-63");

        RecallDetail other = recalls(s -> s.byNumber("D-9003-2026"));
        assertThat(other.ndcs()).extracting(RecallDetail.NdcView::ndc).containsExactlyInAnyOrder("12345-6789-01", "69448-0025-63");
        // lot AB7731 names the tablets' "ab-7731"; the pegfilgrastim lots are not AB7731
        assertThat(other.affectedLots()).extracting(AffectedLot::lotId).containsExactly(tabletsNamed);
    }

    @Test
    void allLotsMatchesEveryLotOfTheNdcAndUnreadableLotsAreShownButNotQuarantined() {
        long a = receive(saline, "SAL-A1", "10");
        long b = receive(saline, "SAL-B2", "5");
        importJson(record("D-9004-2026", "Ongoing", "Sodium Chloride 0.9%, NDC 0338-0049-04", "All lots within expiry.", null));
        importJson(record("D-9005-2026", "Ongoing", "Sodium Chloride 0.9%, NDC 00338-0049-04", "SKU: 916922", null));

        RecallDetail all = recalls(s -> s.byNumber("D-9004-2026"));
        assertThat(all.lotCoverage()).isEqualTo("ALL_LOTS");
        assertThat(all.allLotsQualifier()).isEqualTo("within expiry");
        assertThat(all.affectedLots()).extracting(AffectedLot::lotId, AffectedLot::matchedBy)
                .contains(org.assertj.core.groups.Tuple.tuple(a, "ALL_LOTS"), org.assertj.core.groups.Tuple.tuple(b, "ALL_LOTS"));

        RecallDetail unreadable = recalls(s -> s.byNumber("D-9005-2026"));
        assertThat(unreadable.lotsUnderstood()).isFalse();
        assertThat(unreadable.affectedLots()).extracting(AffectedLot::matchedBy).containsOnly("LOTS_UNREADABLE");
        assertThatThrownBy(() -> recalls(s -> s.quarantine(unreadable.id(), null, null)))
                .isInstanceOf(ComplianceRuleViolation.class).extracting(e -> ((ComplianceRuleViolation) e).type())
                .isEqualTo("lots-unreadable");
    }

    @Test
    void quarantineMarksTheLotsInStockRecalledAndAllocationCanNoLongerUseThem() {
        Product p = product("55555-123-01", "QUARANTINE TEST INJECTION");
        long recalled = receive(p, "QX100", "30");
        long empty = receive(p, "QX101", "1");
        receive(p, "QX200", "8");                                   // not named by the recall
        db.run(em -> {                                              // QX101 has no stock left
            em.createNativeQuery("UPDATE stock_balance SET on_hand = 0 WHERE lot_id = ?1").setParameter(1, empty).executeUpdate();
        });
        importJson(record("D-9006-2026", "Ongoing", "Quarantine test injection, NDC 55555-123-01", "Lots QX100, QX101", null));
        RecallDetail before = recalls(s -> s.byNumber("D-9006-2026"));
        int eventsBefore = EVENTS.fired.size();

        List<LotDecision> decisions = recalls(s -> s.quarantine(before.id(), before.version(), "Quarantined at once"));

        assertThat(decisions).extracting(LotDecision::lotId, LotDecision::toStatus)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(recalled, "RECALLED"));
        assertThat(decisions.get(0).reason()).startsWith("Quarantined at once - FDA recall D-9006-2026 (Class I): Temperature abuse");
        assertThat(EVENTS.fired.subList(eventsBefore, EVENTS.fired.size())).filteredOn(LotStatusChanged.class::isInstance)
                .hasSize(1);
        LotStatus recalledStatus = db.inTransaction(em -> em.find(Lot.class, recalled).status());
        LotStatus emptyStatus = db.inTransaction(em -> em.find(Lot.class, empty).status());
        assertThat(recalledStatus).isEqualTo(LotStatus.RECALLED);
        assertThat(emptyStatus).isEqualTo(LotStatus.AVAILABLE);
        RecallDetail after = recalls(s -> s.get(before.id()));
        assertThat(after.status()).isEqualTo("IN_PROGRESS");
        assertThat(after.affectedLots()).extracting(AffectedLot::lotNumber, AffectedLot::lotStatus)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("QX100", "RECALLED"),
                        org.assertj.core.groups.Tuple.tuple("QX101", "AVAILABLE"));

        // allocation takes only the lot that is not recalled: 8 of 20, 12 short
        AllocationResult r = db.inTransaction(em -> {
            StockAllocationService a = new StockAllocationService();
            set(a, "em", em);
            set(a, "calendar", CALENDAR);
            set(a, "events", EVENTS);
            return a.allocate(new AllocationRequest("SO-RECALL/1", p.id(), Quantity.of("20", UnitOfMeasure.EA), null, null));
        });
        assertThat(r.lines()).extracting(l -> l.lotNumber()).containsExactly("QX200");
        assertThat(r.shortfall()).isEqualByComparingTo("12");

        // repeating the quarantine changes nothing; a stale version is refused
        List<LotDecision> repeated = recalls(s -> s.quarantine(before.id(), null, null));
        assertThat(repeated).isEmpty();
        assertThatThrownBy(() -> recalls(s -> s.quarantine(before.id(), before.version() - 1, null)))
                .isInstanceOf(org.pharmadist.platform.errors.ConflictException.class);
    }

    @Test
    void noticesResponsesPdfAndClosingWithTheAuditHistory() {
        importJson(record("D-9007-2026", "Ongoing", "Notice test, NDC 69448-025-63", "Lot NT-1, Exp 05/2027", null));
        long id = recalls(s -> s.idOf("D-9007-2026"));
        assertThatThrownBy(() -> recalls(s -> s.close(id, null, "nothing done")))
                .isInstanceOf(ComplianceRuleViolation.class).extracting(e -> ((ComplianceRuleViolation) e).type())
                .isEqualTo("invalid-status-transition");

        List<NoticeView> notices = recalls(s -> s.notifyCustomers(id, null, List.of(customer, customer)));
        assertThat(notices).extracting(NoticeView::customerName, NoticeView::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Mercy General Hospital", "SENT"));
        List<NoticeView> again = recalls(s -> s.notifyCustomers(id, null, List.of(customer)));
        assertThat(again).hasSize(1);   // notified once
        assertThatThrownBy(() -> recalls(s -> s.notifyCustomers(id, null, List.of(999_999L))))
                .isInstanceOf(org.pharmadist.platform.errors.RecordNotFoundException.class);

        long noticeId = notices.get(0).id();
        assertThatThrownBy(() -> recalls(s -> s.respond(id, noticeId, null, "x", "-1", "EA")))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).fieldErrors().keySet())
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.COLLECTION).containsExactly("returnedQuantity");
        NoticeView answered = recalls(s -> s.respond(id, noticeId, null, "Returned 4 boxes", "4", "bx"));
        assertThat(answered.status()).isEqualTo("RESPONDED");
        assertThat(answered.returnedQuantity().toPlainString()).isEqualTo("4.000");
        assertThat(answered.returnedUnit()).isEqualTo("BX");

        byte[] pdf = recalls(s -> s.noticePdf(id, noticeId));
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(pdf.length).isGreaterThan(1000);

        assertThatThrownBy(() -> recalls(s -> s.close(id, null, " "))).isInstanceOf(InvalidInputException.class);
        RecallDetail closed = recalls(s -> s.close(id, null, "1 customer notified, 4 BX returned"));
        assertThat(closed.status()).isEqualTo("CLOSED");
        assertThat(closed.closingSummary()).isEqualTo("1 customer notified, 4 BX returned");
        assertThatThrownBy(() -> recalls(s -> s.quarantine(id, null, null)))
                .isInstanceOf(ComplianceRuleViolation.class).extracting(e -> ((ComplianceRuleViolation) e).type())
                .isEqualTo("recall-closed");

        List<RecordRevision> history = db.inTransaction(em -> audit(em).history("recall", Long.toString(id)));
        assertThat(history).extracting(RecordRevision::kind).containsExactly("CREATED", "MODIFIED", "MODIFIED");
        assertThat(history.get(1).changes()).anySatisfy(c -> {
            assertThat(c.field()).isEqualTo("status");
            assertThat(c.oldValue()).isEqualTo("OPEN");
            assertThat(c.newValue()).isEqualTo("IN_PROGRESS");
        });
        assertThat(history.get(2).changes()).anySatisfy(c -> {
            assertThat(c.field()).isEqualTo("closingSummary");
            assertThat(c.newValue()).isEqualTo("1 customer notified, 4 BX returned");
        });
        assertThat(history.get(0).changedBy()).isEqualTo("system");
        List<RecordRevision> notice = db.inTransaction(em -> audit(em).history("recall-notice", Long.toString(noticeId)));
        assertThat(notice).extracting(RecordRevision::kind).containsExactly("CREATED", "MODIFIED");
        assertThatThrownBy(() -> db.inTransaction(em -> audit(em).history("invoice", "1")))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void theLotAuditHistoryShowsTheRecallDecision() {
        long lot = receive(product("55555-124-01", "AUDIT TEST"), "AU-1", "3");
        importJson(record("D-9008-2026", "Ongoing", "Audit test, NDC 55555-124-01", "Lot AU-1", null));
        long id = recalls(s -> s.idOf("D-9008-2026"));
        recalls(s -> s.quarantine(id, null, null));

        List<RecordRevision> history = db.inTransaction(em -> audit(em).history("lot", Long.toString(lot)));
        assertThat(history).extracting(RecordRevision::kind).containsExactly("CREATED", "MODIFIED");
        assertThat(history.get(1).changes()).anySatisfy(c -> {
            assertThat(c.field()).isEqualTo("status");
            assertThat(c.oldValue()).isEqualTo("AVAILABLE");
            assertThat(c.newValue()).isEqualTo("RECALLED");
        });
    }

    @Test
    void theReferenceFileImportsAll500ReportsOnceAndTheListPagesThem() {
        RecallImportReport first = db.inTransaction(em -> {
            RecallImportService s = new RecallImportService();
            s.em = em;
            s.calendar = CALENDAR;
            return s.importReference();
        });
        assertThat(first.received()).isEqualTo(500);
        assertThat(first.created() + first.rejected().size()).isEqualTo(500);
        assertThat(first.rejected()).isEmpty();
        assertThat(first.lotsUnreadable()).isEqualTo(23);
        RecallImportReport second = db.inTransaction(em -> {
            RecallImportService s = new RecallImportService();
            s.em = em;
            s.calendar = CALENDAR;
            return s.importReference();
        });
        assertThat(second.created()).isZero();
        assertThat(second.unchanged()).isEqualTo(500);

        EntityManager read = db.read();
        try {
            RecallQueryService q = new RecallQueryService();
            q.em = read;
            org.pharmadist.platform.paging.Page<RecallSummary> page = q.search(RecallSearch.parse(null, null, "I", null),
                    new org.pharmadist.platform.paging.PageRequest(20, 0, null));
            assertThat(page.items()).hasSize(20).allSatisfy(r -> assertThat(r.classification()).isEqualTo("CLASS_I"));
            assertThat(page.items()).extracting(RecallSummary::reportDate).isSortedAccordingTo(
                    java.util.Comparator.nullsLast(java.util.Comparator.<LocalDate>reverseOrder()));
            org.pharmadist.platform.paging.Page<RecallSummary> next = q.search(RecallSearch.parse(null, null, "I", null),
                    new org.pharmadist.platform.paging.PageRequest(20, 0, page.nextCursor()));
            assertThat(next.items()).extracting(RecallSummary::id).doesNotContainAnyElementsOf(
                    page.items().stream().map(RecallSummary::id).toList());
            org.pharmadist.platform.paging.Page<RecallSummary> udenyca = q.search(RecallSearch.parse("D-0353-2026", null, null, null),
                    new org.pharmadist.platform.paging.PageRequest(5, 0, null));
            assertThat(udenyca.items()).extracting(RecallSummary::recallNumber, RecallSummary::lotCoverage, RecallSummary::lotCount)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("D-0353-2026", "SPECIFIC_LOTS", 1));
        } finally {
            read.close();
        }
    }

    private static ComplianceAuditService audit(EntityManager em) {
        ComplianceAuditService s = new ComplianceAuditService();
        AuditTrailService trail = new AuditTrailService();
        set(trail, "em", em);
        s.trail = trail;
        return s;
    }

    private static long count(String sql) {
        return db.inTransaction(em -> ((Number) em.createNativeQuery(sql).getSingleResult()).longValue());
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
}
