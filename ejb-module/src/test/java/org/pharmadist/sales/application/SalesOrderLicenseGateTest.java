package org.pharmadist.sales.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pharmadist.catalog.domain.DeaSchedule;
import org.pharmadist.catalog.domain.DeaScheduleSource;
import org.pharmadist.catalog.domain.MarketingCategory;
import org.pharmadist.catalog.domain.Ndc;
import org.pharmadist.catalog.domain.Product;
import org.pharmadist.catalog.domain.ProductRecord;
import org.pharmadist.catalog.domain.StorageCondition;
import org.pharmadist.compliance.application.LicenseGate;
import org.pharmadist.compliance.application.LicenseOrderGate;
import org.pharmadist.crm.domain.Address;
import org.pharmadist.crm.domain.ControlledSubstanceSchedule;
import org.pharmadist.crm.domain.Customer;
import org.pharmadist.crm.domain.CustomerLicense;
import org.pharmadist.crm.domain.CustomerType;
import org.pharmadist.crm.domain.DeaNumber;
import org.pharmadist.inventory.application.InventoryCalendar;
import org.pharmadist.inventory.application.InventoryWiring;
import org.pharmadist.inventory.application.StockReceipt;
import org.pharmadist.inventory.domain.LocationType;
import org.pharmadist.inventory.domain.StorageLocation;
import org.pharmadist.inventory.domain.Warehouse;
import org.pharmadist.platform.config.PharmaDistSettings;
import org.pharmadist.platform.events.DomainEvent;
import org.pharmadist.platform.errors.ConflictException;
import org.pharmadist.platform.errors.InvalidInputException;
import org.pharmadist.platform.events.RecordingEvent;
import org.pharmadist.platform.persistence.TestDatabase;

/**
 * Compliance's license and DEA schedule gate on sales orders (real PostgreSQL): a line the customer may not buy is
 * held (kind LICENSE or DEA_SCHEDULE, reason naming the rule) and not allocated; the other lines go on.
 */
class SalesOrderLicenseGateTest {

    static final ZoneId ZONE = ZoneId.of("America/New_York");
    static final Instant NOW = Instant.parse("2026-11-20T15:00:00Z");
    static final SalesCalendar CALENDAR = SalesCalendar.fixed(Clock.fixed(NOW, ZONE), ZONE);
    static final InventoryCalendar INVENTORY_CALENDAR = InventoryCalendar.fixed(Clock.fixed(NOW, ZONE), ZONE);
    static final PharmaDistSettings SETTINGS = new PharmaDistSettings() {
        @Override
        public Currency currency() {
            return Currency.getInstance("USD");
        }

        @Override
        public ZoneId timeZone() {
            return ZONE;
        }
    };
    /** Suspicious order thresholds: size x3, frequency x2, first-order cap 100 stock units, 180 days. */
    static final org.pharmadist.compliance.domain.SuspiciousOrderRule SOM = new org.pharmadist.compliance.domain.SuspiciousOrderRule(
            new BigDecimal("3"), new BigDecimal("2"), new BigDecimal("100"), 180);
    private static final RecordingEvent<DomainEvent> EVENTS = new RecordingEvent<>();
    private static TestDatabase db;
    private static StorageLocation bin;
    private static Product heparin;
    private static Product hydromorphone;
    private static Product hydromorphone4;
    private static Product oxycodone;
    private static int nextTax = 1;
    private static int nextForm222 = 260000001;

    /** A DEA Form 222 of its own for each order (orders of CII products need one; 21 CFR 1305.03). */
    static SalesOrderRequest.DeaOrderFormRequest form() {
        return new SalesOrderRequest.DeaOrderFormRequest("FORM_222", Integer.toString(nextForm222++));
    }

    @BeforeAll
    static void open() {
        db = TestDatabase.fresh("sales_order_gate_test");
        db.inTransaction(em -> {
            PricingService s = new PricingService();
            s.em = em;
            s.events = EVENTS;
            s.calendar = CALENDAR;
            return s.createPriceList(new PriceListRequest("wholesale", "Wholesale", "test"));
        });
        db.inTransaction(em -> {
            Warehouse w = new Warehouse("GTE", "Gate test warehouse", "1 Main St, Edison NJ", "America/New_York");
            em.persist(w);
            bin = new StorageLocation(w, "A-01", StorageCondition.ROOM_TEMPERATURE, LocationType.STORAGE);
            em.persist(bin);
            return w;
        });
        heparin = product("99996-0001-01", "Heparin test 1000 units/mL", null);
        hydromorphone = product("99996-0002-01", "Hydromorphone HCl test 2 mg/mL", DeaSchedule.CII);
        hydromorphone4 = product("99996-0003-01", "Hydromorphone HCl test 4 mg/mL", DeaSchedule.CII, "Hydromorphone Hydrochloride", "500");
        oxycodone = product("99996-0004-01", "Oxycodone HCl test 5 mg", DeaSchedule.CII, "Oxycodone Hydrochloride", "500");
    }

    @AfterAll
    static void close() {
        db.close();
    }

    static Product product(String ndc, String name, DeaSchedule schedule) {
        return product(ndc, name, schedule, null, "100");
    }

    static Product product(String ndc, String name, DeaSchedule schedule, String genericName, String onHand) {
        Product p = db.inTransaction(em -> {
            Product x = Product.fromReference(new ProductRecord(Ndc.parse(ndc), name, genericName, null, null, null, "Test Labs",
                    null, MarketingCategory.RX, schedule, schedule == null ? null : DeaScheduleSource.LABELER_LISTING, null,
                    null, null, null, "test"), NOW);
            em.persist(x);
            return x;
        });
        db.inTransaction(em -> {
            PricingService s = new PricingService();
            s.em = em;
            s.events = EVENTS;
            s.calendar = CALENDAR;
            return s.setPriceListItem("WHOLESALE", new PriceItemRequest(p.ndc11(), "1", "20.00"));
        });
        db.inTransaction(em -> InventoryWiring.receiving(em, INVENTORY_CALENDAR, EVENTS).receive(new StockReceipt(p.id(),
                bin.id(), "LOT-" + ndc.substring(6, 10), LocalDate.of(2028, 1, 31), null, new BigDecimal(onHand),
                new BigDecimal("10.00"), List.of(), "GR-GATE")));
        return p;
    }

    static Customer customer(String name, CustomerLicense... licenses) {
        Customer c = db.inTransaction(em -> {
            Customer x = new Customer(CustomerType.RETAIL_PHARMACY, name, String.format("55-%07d", nextTax++), NOW);
            Address a = new Address("1 Test Rd", null, "Edison", "NJ", "08817");
            x.update(CustomerType.RETAIL_PHARMACY, name, x.taxId(), a, a, 30, new BigDecimal("1000000.00"), "WHOLESALE", null, 0, NOW);
            em.persist(x);
            return x;
        });
        return c;
    }

    static void license(CustomerLicense l) {
        db.inTransaction(em -> {
            em.persist(l);
            return null;
        });
    }

    static <T> T orders(Function<SalesOrderService, T> work) {
        return db.inTransaction(em -> {
            SalesOrderService s = new SalesOrderService();
            s.em = em;
            s.calendar = CALENDAR;
            s.settings = SETTINGS;
            s.reservations = InventoryWiring.reservations(em, INVENTORY_CALENDAR, EVENTS);
            s.credit = CreditControl.withoutReceivables();
            s.fixedGates = List.of(LicenseOrderGate.using(LicenseGate.using(em), CALENDAR),
                    org.pharmadist.compliance.application.SuspiciousOrderGate.using(em, CALENDAR, SOM),
                    org.pharmadist.compliance.application.DeaOrderFormGate.using(em));
            return work.apply(s);
        });
    }

    static SalesOrderView confirm(Customer c, Product... products) {
        List<SalesOrderLineRequest> lines = java.util.Arrays.stream(products)
                .map(p -> new SalesOrderLineRequest(p.ndc11(), "2", "EA", null, null, null)).toList();
        SalesOrderView o = orders(s -> s.create(new SalesOrderRequest(c.id(), null, "PO-GATE", null, null, null, lines, form())));
        return orders(s -> s.confirm(o.id(), o.version()));
    }

    @Test
    void aCustomerLicensedInTheShipToStateWithACiiRegistrationGetsEverythingAllocated() {
        Customer c = customer("Licensed NJ Pharmacy");
        license(CustomerLicense.statePharmacy(c.id(), "NJ-28RS00001", "NJ", LocalDate.of(2027, 6, 30)));
        license(CustomerLicense.dea(c.id(), DeaNumber.parse("AB1234563"), EnumSet.of(ControlledSubstanceSchedule.CII),
                null, LocalDate.of(2027, 6, 30)));
        SalesOrderView o = confirm(c, heparin, hydromorphone);
        assertThat(o.holds()).isEmpty();
        assertThat(o.lines()).extracting(SalesOrderLineView::status).containsOnly("ALLOCATED");
    }

    @Test
    void aLicenseForAnotherStateHoldsThePrescriptionLineAsLicense() {
        Customer c = customer("Wrong State Pharmacy");
        license(CustomerLicense.statePharmacy(c.id(), "PA-1", "PA", LocalDate.of(2027, 6, 30)));
        SalesOrderView o = confirm(c, heparin);
        assertThat(o.holds()).singleElement().satisfies(h -> {
            assertThat(h.kind()).isEqualTo("LICENSE");
            assertThat(h.status()).isEqualTo("OPEN");
            assertThat(h.lineNo()).isEqualTo(1);
            assertThat(h.reason()).contains("NJ").contains("ship-to").contains("360eee");
        });
        assertThat(o.lines().get(0).allocatedQuantity()).isEqualByComparingTo("0");
    }

    @Test
    void anExpiredDeaRegistrationHoldsOnlyTheScheduledLineAsDeaSchedule() {
        Customer c = customer("Expired DEA Pharmacy");
        license(CustomerLicense.statePharmacy(c.id(), "NJ-2", "NJ", LocalDate.of(2027, 6, 30)));
        license(CustomerLicense.dea(c.id(), DeaNumber.parse("BJ6131849"), EnumSet.allOf(ControlledSubstanceSchedule.class),
                null, LocalDate.of(2026, 11, 19)));
        SalesOrderView o = confirm(c, heparin, hydromorphone);
        assertThat(o.holds()).singleElement().satisfies(h -> {
            assertThat(h.kind()).isEqualTo("DEA_SCHEDULE");
            assertThat(h.lineNo()).isEqualTo(2);
            assertThat(h.reason()).contains("BJ6131849").contains("expired on 2026-11-19").contains("21 CFR 1301.74");
            assertThat(h.permission()).isEqualTo("compliance:release");
        });
        assertThat(o.lines().get(0).status()).isEqualTo("ALLOCATED");
        assertThat(o.lines().get(1).allocatedQuantity()).isEqualByComparingTo("0");
    }

    static Customer licensedForCii(String name) {
        Customer c = customer(name);
        license(CustomerLicense.statePharmacy(c.id(), "NJ-" + c.id(), "NJ", LocalDate.of(2027, 6, 30)));
        license(CustomerLicense.dea(c.id(), DeaNumber.parse("AB1234563"), EnumSet.allOf(ControlledSubstanceSchedule.class),
                null, LocalDate.of(2027, 6, 30)));
        return c;
    }

    /** Confirms an order of {@code quantity} EA of each product, then dates it {@code daysAgo} days back. */
    static SalesOrderView pastOrder(Customer c, int daysAgo, String quantity, Product p) {
        SalesOrderView o = orders(s -> s.create(new SalesOrderRequest(c.id(), null, "PO-SOM", null, null, null,
                List.of(new SalesOrderLineRequest(p.ndc11(), quantity, "EA", null, null, null)), form())));
        SalesOrderView confirmed = orders(s -> s.confirm(o.id(), o.version()));
        db.inTransaction(em -> em.createNativeQuery("UPDATE sales_order SET order_date = order_date - " + daysAgo
                + " WHERE id = " + o.id()).executeUpdate());
        return confirmed;
    }

    @Test
    void aScheduledLineAboveThreeTimesTheCustomersAverageForTheSubstanceIsHeldAsSuspiciousUntilCompliancReleasesIt() {
        Customer c = licensedForCii("SOM Size Pharmacy");
        // history of the family "hydromorphone hydrochloride" on two products: 10 + 10 + 10 EA, 40 to 120 days ago
        assertThat(pastOrder(c, 40, "10", hydromorphone4).holds()).isEmpty();
        assertThat(pastOrder(c, 80, "10", hydromorphone4).holds()).isEmpty();
        assertThat(pastOrder(c, 120, "10", hydromorphone4).holds()).isEmpty();
        // an order 200 days ago is outside the 180-day window and does not lower the average
        pastOrder(c, 200, "1", hydromorphone4);

        List<SalesOrderLineRequest> lines = List.of(new SalesOrderLineRequest(heparin.ndc11(), "5", "EA", null, null, null),
                new SalesOrderLineRequest(hydromorphone4.ndc11(), "31", "EA", null, null, null),
                new SalesOrderLineRequest(oxycodone.ndc11(), "20", "EA", null, null, null));
        SalesOrderView draft = orders(s -> s.create(new SalesOrderRequest(c.id(), null, "PO-SOM-BIG", null, null, null, lines, form())));
        SalesOrderView o = orders(s -> s.confirm(draft.id(), draft.version()));
        assertThat(o.holds()).singleElement().satisfies(h -> {
            assertThat(h.kind()).isEqualTo("SUSPICIOUS_ORDER");
            assertThat(h.lineNo()).isEqualTo(2);
            assertThat(h.reason()).isEqualTo("Line 2: 31 EA of hydromorphone hydrochloride vs rolling 180-day average 10 EA "
                    + "per order x 3 (unusual size, 21 CFR 1301.74(b))");
            assertThat(h.permission()).isEqualTo("compliance:release");
            assertThat(h.raisedBy()).isEqualTo("SuspiciousOrderGate");
        });
        assertThat(o.lines()).extracting(SalesOrderLineView::status).containsExactly("ALLOCATED", "ON_HOLD", "ALLOCATED");
        assertThat(o.lines().get(1).allocatedQuantity()).isEqualByComparingTo("0");

        SalesOrderView released = orders(s -> s.releaseHold(o.id(), o.holds().get(0).id(),
                new HoldDecision(o.version(), "verified with the pharmacist in charge: new oncology unit")));
        assertThat(released.holds().get(0).status()).isEqualTo("RELEASED");
        assertThat(released.holds().get(0).decisionReason()).isEqualTo("verified with the pharmacist in charge: new oncology unit");
        assertThat(released.lines().get(1).status()).isEqualTo("ALLOCATED");
        assertThat(released.lines().get(1).allocatedQuantity()).isEqualByComparingTo("31");
    }

    @Test
    void aLargeFirstOrderIsHeldAndARejectedSuspiciousLineIsCancelled() {
        Customer c = licensedForCii("SOM First Order Clinic");
        SalesOrderView draft = orders(s -> s.create(new SalesOrderRequest(c.id(), null, "PO-SOM-FIRST", null, null, null,
                List.of(new SalesOrderLineRequest(oxycodone.ndc11(), "150", "EA", null, null, null)), form())));
        SalesOrderView o = orders(s -> s.confirm(draft.id(), draft.version()));
        assertThat(o.holds()).singleElement().satisfies(h -> assertThat(h.reason())
                .startsWith("Line 1: 150 EA of oxycodone hydrochloride with no order of it in the last 180 days: above the "
                        + "first-order cap of 100 EA"));
        SalesOrderView rejected = orders(s -> s.rejectHold(o.id(), o.holds().get(0).id(),
                new HoldDecision(o.version(), "customer could not explain the quantity; reported to DEA")));
        assertThat(rejected.holds().get(0).status()).isEqualTo("REJECTED");
        assertThat(rejected.lines().get(0).status()).isEqualTo("CANCELLED");
    }

    @Test
    void aScheduleIiLineWithoutADeaForm222IsHeldUntilTheFormSerialIsRecordedAndTheOrderIsAudited() {
        Customer c = licensedForCii("Form 222 Hospital");
        List<SalesOrderLineRequest> lines = List.of(new SalesOrderLineRequest(heparin.ndc11(), "2", "EA", null, null, null),
                new SalesOrderLineRequest(hydromorphone.ndc11(), "2", "EA", null, null, null));
        SalesOrderView draft = orders(s -> s.create(new SalesOrderRequest(c.id(), null, "PO-222", null, null, null, lines)));
        SalesOrderView o = orders(s -> s.confirm(draft.id(), draft.version()));
        assertThat(o.holds()).singleElement().satisfies(h -> {
            assertThat(h.kind()).isEqualTo("DEA_ORDER_FORM");
            assertThat(h.lineNo()).isEqualTo(2);
            assertThat(h.reason()).isEqualTo("Line 2: Hydromorphone HCl test 2 mg/mL is schedule II: record the customer's "
                    + "DEA Form 222 serial number or CSOS order number for " + o.number()
                    + " before it is allocated or shipped (21 CFR 1305.03)");
            assertThat(h.permission()).isEqualTo("sales:order");
        });
        assertThat(o.lines()).extracting(SalesOrderLineView::status).containsExactly("ALLOCATED", "ON_HOLD");
        assertThat(o.deaOrderFormNumber()).isNull();

        long holdId = o.holds().get(0).id();
        assertThatThrownBy(() -> orders(s -> s.releaseHold(o.id(), holdId, new HoldDecision(o.version(), "customer called"))))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.type()).isEqualTo("dea-order-form-required"));
        assertThatThrownBy(() -> orders(s -> s.recordDeaOrderForm(o.id(), o.version(),
                new SalesOrderRequest.DeaOrderFormRequest("FORM_222", "12345678"))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("deaOrderForm.number", "A DEA Form 222 serial number has 9 digits (it is printed on the form)"));
        assertThatThrownBy(() -> orders(s -> s.recordDeaOrderForm(o.id(), o.version(),
                new SalesOrderRequest.DeaOrderFormRequest("FAX", "123456789"))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsKey("deaOrderForm.type"));

        SalesOrderView recorded = orders(s -> s.recordDeaOrderForm(o.id(), o.version(),
                new SalesOrderRequest.DeaOrderFormRequest("form_222", " 190-123-456 ")));
        assertThat(recorded.deaOrderFormType()).isEqualTo("FORM_222");
        assertThat(recorded.deaOrderFormNumber()).isEqualTo("190123456");
        assertThat(recorded.holds().get(0).status()).isEqualTo("RELEASED");
        assertThat(recorded.holds().get(0).decisionReason()).isEqualTo("DEA Form 222 190123456 recorded");
        assertThat(recorded.lines()).extracting(SalesOrderLineView::status).containsExactly("ALLOCATED", "ALLOCATED");
        assertThat(recorded.lines().get(1).allocatedQuantity()).isEqualByComparingTo("2");

        // one form, one order: another order cannot reuse the serial number
        SalesOrderView other = orders(s -> s.create(new SalesOrderRequest(c.id(), null, "PO-222-B", null, null, null,
                List.of(new SalesOrderLineRequest(hydromorphone.ndc11(), "1", "EA", null, null, null)))));
        assertThatThrownBy(() -> orders(s -> s.recordDeaOrderForm(other.id(), other.version(),
                new SalesOrderRequest.DeaOrderFormRequest("FORM_222", "190123456"))))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.type()).isEqualTo("dea-order-form-in-use"));

        // Envers keeps the order's and the hold's changes (who, when, old and new values)
        long orderRevisions = db.inTransaction(em -> ((Number) em.createNativeQuery(
                "SELECT count(*) FROM sales_order_aud WHERE id = ?1").setParameter(1, o.id()).getSingleResult()).longValue());
        assertThat(orderRevisions).isGreaterThanOrEqualTo(3); // created, confirmed (ON_HOLD line), form recorded
        String holdAudit = db.inTransaction(em -> (String) em.createNativeQuery("SELECT string_agg(status, ',' ORDER BY rev) "
                + "FROM sales_order_hold_aud WHERE id = ?1").setParameter(1, holdId).getSingleResult());
        assertThat(holdAudit).isEqualTo("OPEN,RELEASED");
    }

    @Test
    void aCsosOrderNumberGivenWithTheOrderLetsTheScheduleIiLineBeAllocated() {
        Customer c = licensedForCii("CSOS Pharmacy");
        SalesOrderView draft = orders(s -> s.create(new SalesOrderRequest(c.id(), null, "PO-CSOS", null, null, null,
                List.of(new SalesOrderLineRequest(hydromorphone.ndc11(), "1", "EA", null, null, null)),
                new SalesOrderRequest.DeaOrderFormRequest("CSOS", "csos-2026-0042"))));
        assertThat(draft.deaOrderFormType()).isEqualTo("CSOS");
        assertThat(draft.deaOrderFormNumber()).isEqualTo("CSOS-2026-0042");
        SalesOrderView o = orders(s -> s.confirm(draft.id(), draft.version()));
        assertThat(o.holds()).isEmpty();
        assertThat(o.lines().get(0).status()).isEqualTo("ALLOCATED");
    }
}
