package org.pharmadist.sales.application;

import org.pharmadist.platform.events.DomainEvent;
import org.pharmadist.platform.events.RecordingEvent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pharmadist.catalog.domain.MarketingCategory;
import org.pharmadist.catalog.domain.Ndc;
import org.pharmadist.catalog.domain.PricingUnit;
import org.pharmadist.catalog.domain.Product;
import org.pharmadist.catalog.domain.ProductRecord;
import org.pharmadist.catalog.domain.UnitOfMeasure;
import org.pharmadist.crm.domain.Customer;
import org.pharmadist.crm.domain.CustomerType;
import org.pharmadist.platform.config.PharmaDistSettings;
import org.pharmadist.platform.errors.BusinessException;
import org.pharmadist.platform.errors.ConflictException;
import org.pharmadist.platform.paging.Page;
import org.pharmadist.platform.paging.PageRequest;
import org.pharmadist.platform.persistence.TestDatabase;
import org.pharmadist.sales.domain.QuotationEvent;

/**
 * Pricing and quotations on real PostgreSQL (schema validated against V9): price precedence with sources, the money
 * example end to end, lifecycle with prices frozen after send, the one-query list with header totals and keyset
 * paging, optimistic locking, audit rows, demo data idempotency.
 */
class SalesPersistenceTest {

    static final ZoneId ZONE = ZoneId.of("America/New_York");
    static final Instant NOW = Instant.parse("2026-11-20T15:00:00Z");
    static final SalesCalendar CALENDAR = SalesCalendar.fixed(Clock.fixed(NOW, ZONE), ZONE);
    static final PharmaDistSettings SETTINGS = new PharmaDistSettings() {
        @Override
        public Currency currency() {
            return Currency.getInstance("USD");
        }

        @Override
        public ZoneId timeZone() {
            return ZONE;
        }

        @Override
        public boolean demoData() {
            return true;
        }
    };

    private static TestDatabase db;
    private static final RecordingEvent<DomainEvent> EVENTS = new RecordingEvent<>();
    private static int nextNdc = 1;
    private static int nextTax = 1;

    static Product example; // WHOLESALE 348.35 per EA, break >= 10 at 340.00; VIZ-2026 300.00
    static Product unpriced;
    static Customer wholesale;
    static Customer vizient;

    @BeforeAll
    static void open() {
        db = TestDatabase.fresh("sales_test");
        example = product("Example Injection", "12.5");
        unpriced = product("Unpriced Tablet", null);
        wholesale = customer("Wholesale Pharmacy", "WHOLESALE", null);
        vizient = customer("Vizient Hospital", "WHOLESALE", "Vizient");
        pricing(s -> s.createPriceList(new PriceListRequest("wholesale", "Wholesale", "test")));
        pricing(s -> s.setPriceListItem("WHOLESALE", new PriceItemRequest(example.ndc11(), "1", "348.35")));
        pricing(s -> s.setPriceListItem("WHOLESALE", new PriceItemRequest(example.ndc11(), "20", "340.00")));
        pricing(s -> s.createContract(new ContractRequest("VIZ-2026", "Vizient 2026", "Vizient", null, "2026-01-01", "2026-12-31")));
        pricing(s -> s.setContractPrice("VIZ-2026", new ContractPriceRequest(example.ndc11(), "300.00")));
    }

    @AfterAll
    static void close() {
        db.close();
    }

    static Product product(String name, String nadac) {
        String ndc = String.format("99998-%04d-01", nextNdc++);
        return db.inTransaction(em -> {
            Product p = Product.fromReference(new ProductRecord(Ndc.parse(ndc), name, null, null, null, null, "Test Labs",
                    null, MarketingCategory.RX, null, null, null, nadac == null ? null : PricingUnit.EA,
                    nadac == null ? null : new BigDecimal(nadac), nadac == null ? null : LocalDate.of(2026, 10, 1), "test"), NOW);
            p.defineUnit(UnitOfMeasure.BX, new BigDecimal("10"));
            em.persist(p);
            return p;
        });
    }

    static Customer customer(String name, String priceList, String gpo) {
        return db.inTransaction(em -> {
            Customer c = new Customer(CustomerType.HOSPITAL, name, String.format("77-%07d", nextTax++), NOW);
            c.update(CustomerType.HOSPITAL, name, c.taxId(), null, null, 30, new BigDecimal("1000.00"), priceList, gpo, 90, NOW);
            em.persist(c);
            em.flush();
            // licensed, so the license gate lets the (prescription) test products through; LicenseGateTest covers refusals
            em.persist(org.pharmadist.crm.domain.CustomerLicense.statePharmacy(c.id(), "OH-PH-" + c.id(), "OH", LocalDate.of(2099, 12, 31)));
            return c;
        });
    }

    static <T> T pricing(Function<PricingService, T> work) {
        return db.inTransaction(em -> {
            PricingService s = new PricingService();
            s.em = em;
            s.events = EVENTS;
            s.calendar = CALENDAR;
            return work.apply(s);
        });
    }

    static <T> T quotations(Function<QuotationService, T> work) {
        return db.inTransaction(em -> {
            QuotationService s = new QuotationService();
            s.em = em;
            s.events = EVENTS;
            s.calendar = CALENDAR;
            s.settings = SETTINGS;
            s.eligibility = org.pharmadist.compliance.application.LicenseGate.using(em);
            return work.apply(s);
        });
    }

    static Page<QuotationSummary> list(QuotationSearch search, PageRequest page) {
        var em = db.read();
        try {
            QuotationQueryService s = new QuotationQueryService();
            s.em = em;
            return s.search(search, page);
        } finally {
            em.close();
        }
    }

    static QuotationLineRequest exampleLine() {
        return new QuotationLineRequest(example.ndc11(), "16", "EA", "4", "22");
    }

    @Test
    void priceLookupFollowsThePrecedenceAndNamesTheSource() {
        PriceAnswer contract = pricing(s -> s.price(vizient.id(), example.ndc11(), "5", null));
        assertThat(contract.unitPrice()).isEqualByComparingTo("300.00");
        assertThat(contract.source()).isEqualTo("GPO contract VIZ-2026 (valid to 2026-12-31)");

        PriceAnswer list = pricing(s -> s.price(wholesale.id(), example.ndc11(), "5", "EA"));
        assertThat(list.unitPrice()).isEqualByComparingTo("348.35").hasScaleOf(5);
        assertThat(list.source()).isEqualTo("price list WHOLESALE");

        PriceAnswer brk = pricing(s -> s.price(wholesale.id(), example.ndc11(), "2", "BX")); // 20 EA
        assertThat(brk.unitPrice()).isEqualByComparingTo("3400.00"); // per BX = 10 x 340.00
        assertThat(brk.source()).startsWith("price list WHOLESALE break >= 20");

        assertThatThrownBy(() -> pricing(s -> s.price(wholesale.id(), unpriced.ndc11(), "1", null)))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.type()).isEqualTo("no-price");
                    assertThat(e.kind().httpStatus()).isEqualTo(422);
                    assertThat(e.getMessage()).contains(unpriced.ndc11()).contains("Unpriced Tablet").contains("WHOLESALE");
                });
    }

    @Test
    void theMoneyExampleEndToEndAndPricesFrozenAfterSend() {
        QuotationView q = quotations(s -> s.create(new QuotationRequest(wholesale.id(), "2026-11-30", List.of(exampleLine()))));
        assertThat(q.status()).isEqualTo("DRAFT");
        assertThat(q.number()).matches("Q-\\d{7}");
        assertThat(q.netTotal()).isEqualByComparingTo("5350.66");
        assertThat(q.taxTotal()).isEqualByComparingTo("1177.15");
        assertThat(q.grandTotal()).isEqualByComparingTo("6527.81");
        assertThat(q.lines().get(0).priceSource()).isEqualTo("price list WHOLESALE");
        assertThat(EVENTS.fired).anyMatch(e -> e instanceof QuotationEvent qe && qe.kind() == QuotationEvent.Kind.QUOTATION_CREATED
                && qe.quotationId() == q.id());

        QuotationView sent = quotations(s -> s.send(q.id(), q.version()));
        assertThat(sent.status()).isEqualTo("SENT");
        assertThat(sent.sentAt()).isEqualTo(NOW);

        // The price list changes after sending: the sent quotation keeps its prices and totals.
        pricing(s -> s.setPriceListItem("WHOLESALE", new PriceItemRequest(example.ndc11(), "1", "399.99")));
        QuotationView reread = quotations(s -> s.get(q.id()));
        assertThat(reread.lines().get(0).unitPrice()).isEqualByComparingTo("348.35");
        assertThat(reread.grandTotal()).isEqualByComparingTo("6527.81");
        assertThatThrownBy(() -> quotations(s -> s.addLine(q.id(), reread.version(), exampleLine())))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.type()).isEqualTo("quotation-not-draft"));

        QuotationView accepted = quotations(s -> s.accept(q.id(), reread.version()));
        assertThat(accepted.status()).isEqualTo("ACCEPTED");
        assertThat(accepted.grandTotal()).isEqualByComparingTo("6527.81");
        pricing(s -> s.setPriceListItem("WHOLESALE", new PriceItemRequest(example.ndc11(), "1", "348.35")));

        long auditRows = db.inTransaction(em -> ((Number) em.createNativeQuery(
                "SELECT count(*) FROM sales_quotation_aud WHERE id = ?1").setParameter(1, q.id()).getSingleResult()).longValue());
        assertThat(auditRows).isGreaterThanOrEqualTo(3); // created, sent, accepted
        assertThatThrownBy(() -> quotations(s -> s.reject(q.id(), accepted.version())))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.type()).isEqualTo("invalid-status-transition"));
    }

    @Test
    void aDraftIsRepricedWhenSentAndNoPriceIsRefusedNamingTheProduct() {
        QuotationView q = quotations(s -> s.create(new QuotationRequest(wholesale.id(), null, List.of(exampleLine()))));
        assertThat(q.validUntil()).isEqualTo(LocalDate.of(2026, 11, 20).plusDays(30));
        pricing(s -> s.setPriceListItem("WHOLESALE", new PriceItemRequest(example.ndc11(), "1", "350.00")));
        try {
            QuotationView sent = quotations(s -> s.send(q.id(), q.version()));
            assertThat(sent.lines().get(0).unitPrice()).isEqualByComparingTo("350.00");
            assertThat(sent.netTotal()).isEqualByComparingTo("5376.00"); // 16 x 350 x 0.96
        } finally {
            pricing(s -> s.setPriceListItem("WHOLESALE", new PriceItemRequest(example.ndc11(), "1", "348.35")));
        }
        long before = count();
        assertThatThrownBy(() -> quotations(s -> s.create(new QuotationRequest(wholesale.id(), null, List.of(exampleLine(),
                new QuotationLineRequest(unpriced.ndc11(), "1", null, null, null))))))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.type()).isEqualTo("no-price");
                    assertThat(e.fieldErrors()).containsKey("lines[1].ndc");
                    assertThat(e.getMessage()).contains(unpriced.ndc11());
                });
        assertThat(count()).as("nothing half-written").isEqualTo(before);
    }

    static long count() {
        return db.inTransaction(em -> ((Number) em.createNativeQuery("SELECT count(*) FROM sales_quotation").getSingleResult()).longValue());
    }

    static <T> T quotationsAt(String newYorkLocalTime, Function<QuotationService, T> work) {
        Instant at = java.time.LocalDateTime.parse(newYorkLocalTime).atZone(ZONE).toInstant();
        return db.inTransaction(em -> {
            QuotationService s = new QuotationService();
            s.em = em;
            s.events = EVENTS;
            s.calendar = SalesCalendar.fixed(Clock.fixed(at, ZONE), ZONE);
            s.settings = SETTINGS;
            s.eligibility = org.pharmadist.compliance.application.LicenseGate.using(em);
            return work.apply(s);
        });
    }

    @Test
    void validUntilTodayIsStillAcceptableAt2359LocalAndExpiredAtMidnightWithAFixedClock() {
        // today (fixed clock) is 2026-11-20 in New York; valid until today
        QuotationView a = quotations(s -> s.create(new QuotationRequest(wholesale.id(), "2026-11-20", List.of(exampleLine()))));
        QuotationView b = quotations(s -> s.create(new QuotationRequest(wholesale.id(), "2026-11-20", List.of(exampleLine()))));
        QuotationView sentA = quotations(s -> s.send(a.id(), a.version()));
        QuotationView sentB = quotations(s -> s.send(b.id(), b.version()));

        QuotationView accepted = quotationsAt("2026-11-20T23:59:00", s -> s.accept(a.id(), sentA.version()));
        assertThat(accepted.status()).isEqualTo("ACCEPTED");
        assertThatThrownBy(() -> quotationsAt("2026-11-21T00:00:00", s -> s.accept(b.id(), sentB.version())))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.type()).isEqualTo("quotation-expired");
                    assertThat(e.kind().httpStatus()).isEqualTo(422);
                });
        assertThat(quotationsAt("2026-11-21T00:00:00", s -> s.get(b.id())).validNow()).isFalse();
        int expired = quotationsAt("2026-11-21T00:00:00", QuotationService::expireOverdue);
        assertThat(expired).isGreaterThanOrEqualTo(1);
        assertThat(quotations(s -> s.get(b.id())).status()).isEqualTo("EXPIRED");
    }

    static Customer unlicensedCustomer(String name) {
        return db.inTransaction(em -> {
            Customer c = new Customer(CustomerType.RETAIL_PHARMACY, name, String.format("77-%07d", nextTax++), NOW);
            c.update(CustomerType.RETAIL_PHARMACY, name, c.taxId(), null, null, 30, new BigDecimal("1000.00"), "WHOLESALE", null, 0, NOW);
            em.persist(c);
            return c;
        });
    }

    static void license(Customer c, org.pharmadist.crm.domain.CustomerLicense license) {
        db.inTransaction(em -> {
            em.persist(license);
            return null;
        });
    }

    static Product scheduledProduct(String name, org.pharmadist.catalog.domain.DeaSchedule schedule) {
        String ndc = String.format("99998-%04d-01", nextNdc++);
        Product p = db.inTransaction(em -> {
            Product x = Product.fromReference(new ProductRecord(Ndc.parse(ndc), name, null, null, null, null, "Test Labs",
                    null, MarketingCategory.RX, schedule, org.pharmadist.catalog.domain.DeaScheduleSource.LABELER_LISTING, null,
                    null, null, null, "test"), NOW);
            em.persist(x);
            return x;
        });
        pricing(s -> s.setPriceListItem("WHOLESALE", new PriceItemRequest(p.ndc11(), "1", "25.00")));
        return p;
    }

    static String refusal(Runnable step) {
        try {
            step.run();
        } catch (BusinessException e) {
            assertThat(e.kind().httpStatus()).isEqualTo(422);
            return e.type() + " | " + e.fieldErrors() + " | " + e.getMessage();
        }
        throw new AssertionError("the step was not refused");
    }

    @Test
    void aPrescriptionLineForACustomerWithoutAStateLicenseIsRefusedAndNothingIsWritten() {
        Customer c = unlicensedCustomer("Unlicensed Corner Store");
        long before = number("SELECT count(*) FROM sales_quotation WHERE customer_id = " + c.id());
        String r = refusal(() -> quotations(s -> s.create(new QuotationRequest(c.id(), null, List.of(exampleLine())))));
        assertThat(r).startsWith("state-license-missing").contains("lines[0].ndc").contains("Unlicensed Corner Store")
                .contains("360eee");
        assertThat(number("SELECT count(*) FROM sales_quotation WHERE customer_id = " + c.id())).isEqualTo(before);
    }

    @Test
    void aScheduleTwoLineNeedsADeaRegistrationCoveringCiiOnTheDay() {
        Product hydromorphone = scheduledProduct("Hydromorphone HCl 2 mg/mL", org.pharmadist.catalog.domain.DeaSchedule.CII);
        Customer c = unlicensedCustomer("Schedule Test Pharmacy");
        license(c, org.pharmadist.crm.domain.CustomerLicense.statePharmacy(c.id(), "OH-1", "OH", LocalDate.of(2099, 1, 1)));
        QuotationView q = quotations(s -> s.create(new QuotationRequest(c.id(), null, List.of())));
        QuotationLineRequest line = new QuotationLineRequest(hydromorphone.ndc11(), "2", "EA", null, null);

        assertThat(refusal(() -> quotations(s -> s.addLine(q.id(), q.version(), line)))).startsWith("dea-registration-missing");
        license(c, org.pharmadist.crm.domain.CustomerLicense.dea(c.id(), org.pharmadist.crm.domain.DeaNumber.parse("AB1234563"),
                java.util.EnumSet.of(org.pharmadist.crm.domain.ControlledSubstanceSchedule.CIII,
                        org.pharmadist.crm.domain.ControlledSubstanceSchedule.CIV), null, LocalDate.of(2099, 1, 1)));
        assertThat(refusal(() -> quotations(s -> s.addLine(q.id(), q.version(), line))))
                .startsWith("dea-schedule-not-covered").contains("AB1234563").contains("not CII");
        assertThat(quotations(s -> s.get(q.id())).lineCount()).as("refused lines are not added").isZero();

        // a CII registration valid through the quotation day (the fixed calendar's 2026-11-20) is enough that day ...
        license(c, org.pharmadist.crm.domain.CustomerLicense.dea(c.id(), org.pharmadist.crm.domain.DeaNumber.parse("BJ6131849"),
                java.util.EnumSet.of(org.pharmadist.crm.domain.ControlledSubstanceSchedule.CII), null, LocalDate.of(2026, 11, 20)));
        QuotationView added = quotations(s -> s.addLine(q.id(), q.version(), line));
        assertThat(added.lineCount()).isEqualTo(1);
        // ... and sending it the next day is refused: the gate is asked again with the day of the step
        assertThat(refusal(() -> quotationsAt("2026-11-21T09:00:00", s -> s.send(q.id(), added.version()))))
                .startsWith("dea-schedule-not-covered");
        assertThat(quotations(s -> s.get(q.id())).status()).isEqualTo("DRAFT");
        assertThat(quotations(s -> s.send(q.id(), added.version())).status()).as("sent on the day it is valid").isEqualTo("SENT");
    }

    @Test
    void aStaleVersionIsRefusedAsChangedByAnotherUser() {
        QuotationView q = quotations(s -> s.create(new QuotationRequest(wholesale.id(), null, List.of(exampleLine()))));
        QuotationView changed = quotations(s -> s.addLine(q.id(), q.version(), new QuotationLineRequest(example.ndc11(), "1", "BX", null, "0")));
        assertThat(changed.version()).isGreaterThan(q.version());
        assertThat(changed.lineCount()).isEqualTo(2);
        assertThatThrownBy(() -> quotations(s -> s.removeLine(q.id(), changed.lines().get(0).id(), q.version())))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.type()).isEqualTo("changed-by-another-user"));
        QuotationView removed = quotations(s -> s.removeLine(q.id(), changed.lines().get(0).id(), changed.version()));
        assertThat(removed.lineCount()).isEqualTo(1);
        assertThat(removed.netTotal()).isEqualByComparingTo("3483.50"); // 1 BX = 10 x 348.35
    }

    @Test
    void theListIsOnePageQueryWithHeaderTotalsLineCountsAndKeysetPaging() {
        Customer c = customer("List Clinic", "WHOLESALE", null);
        List<Long> ids = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            List<QuotationLineRequest> lines = new ArrayList<>();
            for (int k = 0; k < i; k++) {
                lines.add(exampleLine());
            }
            ids.add(quotations(s -> s.create(new QuotationRequest(c.id(), null, lines))).id());
        }
        Set<Long> seen = new HashSet<>();
        String cursor = null;
        int pages = 0;
        do {
            Page<QuotationSummary> page = list(new QuotationSearch(c.id(), null, null, null), new PageRequest(2, 0, cursor));
            assertThat(page.total()).isEqualTo(5);
            for (QuotationSummary s : page.items()) {
                assertThat(seen.add(s.id())).isTrue();
                assertThat(s.customerName()).isEqualTo("List Clinic");
                BigDecimal expected = new BigDecimal("6527.81").multiply(BigDecimal.valueOf(s.lineCount()));
                assertThat(s.grandTotal()).isEqualByComparingTo(expected);
                assertThat(s.lineCount()).isEqualTo(ids.indexOf(s.id()) + 1);
            }
            cursor = page.nextCursor();
            pages++;
        } while (cursor != null);
        assertThat(seen).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(pages).isEqualTo(3);
        assertThat(list(QuotationSearch.parse(String.valueOf(c.id()), "sent", null, null), new PageRequest(10, 0, null)).items()).isEmpty();
    }

    @Test
    void theCustomer360ShowsOpenQuotationsFromTheHeaders() {
        Customer c = customer("Summary Clinic", "WHOLESALE", null);
        var em = db.read();
        try {
            QuotationCustomerSummary summary = new QuotationCustomerSummary();
            summary.em = em;
            assertThat(summary.summarize(c.id()).get(0).note()).isEqualTo("No open quotations.");
            quotations(s -> s.create(new QuotationRequest(c.id(), null, List.of(exampleLine()))));
            quotations(s -> s.create(new QuotationRequest(c.id(), null, List.of(exampleLine(), exampleLine()))));
            var section = summary.summarize(c.id()).get(0);
            assertThat(section.name()).isEqualTo("quotations");
            assertThat(section.lines().get(0).value()).isEqualTo("2 for 19583.43 USD"); // 6527.81 x 3 lines
            assertThat(section.lines()).hasSize(3);
        } finally {
            em.close();
        }
    }

    @Test
    void demoDataLoadsPricesContractsAndMixedQuotationsOnce() {
        TestDatabase main = db;
        db = TestDatabase.fresh("sales_demo_test");
        try {
            for (int i = 0; i < 5; i++) {
                product("Demo Capsule " + i, "0." + (i + 1) + "2345");
            }
            for (int i = 0; i < 4; i++) {
                customer("Demo Retail " + i, "RETAIL-A", null);
            }
            customer("Demo GPO Hospital", "HOSP-GPO", "Vizient");
            int created = db.inTransaction(em -> demo(em).load());
            int again = db.inTransaction(em -> demo(em).load());
            assertThat(created).isEqualTo(SalesDemoDataService.QUOTATIONS);
            assertThat(again).isZero();
            assertThat(number("SELECT count(*) FROM sales_price_list")).isEqualTo(5);
            assertThat(number("SELECT count(*) FROM sales_contract")).isEqualTo(4);
            assertThat(number("SELECT count(*) FROM sales_quotation")).isEqualTo(SalesDemoDataService.QUOTATIONS);
            assertThat(number("SELECT count(DISTINCT status) FROM sales_quotation")).isEqualTo(5);
            assertThat(number("SELECT count(*) FROM sales_quotation q WHERE q.grand_total <> "
                    + "(SELECT coalesce(sum(l.net_amount + l.tax_amount), 0) FROM sales_quotation_line l WHERE l.quotation_id = q.id)"))
                    .as("header totals equal the sums of their lines").isZero();
            PriceAnswer gpo = pricing(s -> s.price(customerId("Demo GPO Hospital"), String.format("99998-%04d-01", nextNdc - 1), "1", null));
            assertThat(gpo.source()).isEqualTo("GPO contract VIZ-2026 (valid to 2026-12-31)");
            PriceAnswer retail = pricing(s -> s.price(customerId("Demo Retail 0"), String.format("99998-%04d-01", nextNdc - 1), "10", null));
            assertThat(retail.source()).isEqualTo("price list RETAIL-A break >= 10");
        } finally {
            db.close();
            db = main;
        }
    }

    static SalesDemoDataService demo(jakarta.persistence.EntityManager em) {
        SalesDemoDataService s = new SalesDemoDataService();
        s.em = em;
        s.calendar = CALENDAR;
        s.settings = SETTINGS;
        return s;
    }

    static long number(String sql) {
        return db.inTransaction(em -> ((Number) em.createNativeQuery(sql).getSingleResult()).longValue());
    }

    static long customerId(String name) {
        return db.inTransaction(em -> em.createQuery("SELECT c.id FROM Customer c WHERE c.legalName = :n", Long.class)
                .setParameter("n", name).getSingleResult());
    }
}
