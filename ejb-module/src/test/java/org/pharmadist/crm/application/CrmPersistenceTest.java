package org.pharmadist.crm.application;

import org.pharmadist.platform.events.DomainEvent;
import org.pharmadist.platform.events.RecordingEvent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pharmadist.crm.domain.Customer;
import org.pharmadist.crm.domain.CrmChanged;
import org.pharmadist.platform.config.PharmaDistSettings;
import org.pharmadist.platform.errors.ConflictException;
import org.pharmadist.platform.errors.InvalidInputException;
import org.pharmadist.platform.errors.RecordNotFoundException;
import org.pharmadist.platform.paging.Page;
import org.pharmadist.platform.paging.PageRequest;
import org.pharmadist.platform.persistence.TestDatabase;

/**
 * CRM on real PostgreSQL (schema validated against V8): customers with duplicate warnings, optimistic locking,
 * licenses, CSV import with rejects and idempotency by tax id, the demo data, the pipeline and the 360 view.
 */
class CrmPersistenceTest {

    static final ZoneId ZONE = ZoneId.of("America/New_York");

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

    @BeforeAll
    static void open() {
        db = TestDatabase.fresh("crm_test");
    }

    @AfterAll
    static void close() {
        db.close();
    }

    static <T> T customers(Function<CustomerService, T> work) {
        return db.inTransaction(em -> {
            CustomerService s = new CustomerService();
            s.em = em;
            s.events = EVENTS;
            s.settings = SETTINGS;
            return work.apply(s);
        });
    }

    static CustomerImportReport importCsv(String csv) {
        return db.inTransaction(em -> {
            CustomerImportService s = new CustomerImportService();
            s.em = em;
            s.events = EVENTS;
            return s.importCsv(csv);
        });
    }

    static <T> T pipeline(Function<PipelineService, T> work) {
        return db.inTransaction(em -> {
            PipelineService s = new PipelineService();
            s.em = em;
            s.events = EVENTS;
            s.settings = SETTINGS;
            return work.apply(s);
        });
    }

    static Customer360 view(long id) {
        return db.inTransaction(em -> {
            Customer360Service s = new Customer360Service();
            s.em = em;
            s.settings = SETTINGS;
            return s.view(id);
        });
    }

    static <T> T readQueries(Function<EntityManager, T> work) {
        EntityManager em = db.read();
        try {
            return work.apply(em);
        } finally {
            em.close();
        }
    }

    static CustomerRequest request(String name, String taxId, List<LicenseRequest> licenses) {
        return new CustomerRequest("RETAIL_PHARMACY", name, taxId,
                new AddressData("1 Main St", null, "Columbus", "oh", "43215"), null, 30, new BigDecimal("25000.5"),
                "RETAIL-A", null, 180, licenses, List.of(new ContactRequest("Ann Lee", "Buyer", "ann@x.example", "(614) 555-0100")),
                null);
    }

    static LicenseRequest dea(String number, LocalDate expires) {
        return new LicenseRequest("DEA", number, "OH", List.of("CII", "CIII", "CV"), expires.toString());
    }

    @Test
    void createStoresTermsLicensesAndContactsAndIsAudited() {
        LocalDate today = LocalDate.now(ZONE);
        CustomerCreated created = customers(s -> s.create(request("Buckeye Corner Pharmacy, Inc.", "311234567",
                List.of(dea("AB1234563", today.plusDays(30)),
                        new LicenseRequest("STATE_PHARMACY", "oh-ph-1001", "OH", null, today.plusDays(400).toString())))));
        CustomerDetail c = created.customer();
        assertThat(created.warnings()).isEmpty();
        assertThat(c.taxId()).isEqualTo("31-1234567");
        assertThat(c.creditLimit()).isEqualTo(new BigDecimal("25000.50"));
        assertThat(c.paymentTerms()).isEqualTo("NET30");
        assertThat(c.currency()).isEqualTo("USD");
        assertThat(c.billTo().state()).isEqualTo("OH");
        assertThat(c.shipTo()).as("ship-to defaults to bill-to").isEqualTo(c.billTo());
        assertThat(EVENTS.fired).anySatisfy(e -> assertThat(e).isEqualTo(new CrmChanged("customer", c.id(), "created",
                c.id(), e.occurredAt())));

        List<LicenseView> licenses = customers(s -> s.licenses(c.id()));
        assertThat(licenses).extracting(LicenseView::kind).containsExactly("DEA", "STATE_PHARMACY");
        assertThat(licenses.get(0).schedules()).containsExactly("CII", "CIII", "CV");
        assertThat(licenses.get(0).daysToExpiry()).isEqualTo(30);
        assertThat(licenses.get(0).status()).isEqualTo("EXPIRING");
        assertThat(licenses.get(1).number()).isEqualTo("OH-PH-1001");
        List<ContactView> contacts = customers(s -> s.contacts(c.id()));
        assertThat(contacts).extracting(ContactView::name).containsExactly("Ann Lee");

        long revisions = db.inTransaction(em -> ((Number) em.createNativeQuery(
                "SELECT count(*) FROM crm_customer_aud WHERE id = ?1").setParameter(1, c.id()).getSingleResult()).longValue());
        assertThat(revisions).isEqualTo(1);
        long licenseRevisions = db.inTransaction(em -> ((Number) em.createNativeQuery(
                "SELECT count(*) FROM crm_license_aud WHERE customer_id = ?1").setParameter(1, c.id()).getSingleResult()).longValue());
        assertThat(licenseRevisions).isEqualTo(2);
    }

    @Test
    void invalidInputNamesEveryFieldAndWritesNothing() {
        long before = countCustomers();
        CustomerRequest bad = new CustomerRequest("PHARMACY", " ", "12-34", new AddressData("1 Main", null, "X", "ZZ", "4321"),
                null, 400, new BigDecimal("10.001"), null, null, -1,
                List.of(dea("AB1234564", LocalDate.now(ZONE)), new LicenseRequest("DEA", "NB1234563", null, List.of("C6"), "31/12/2027")),
                null, null);
        assertThatThrownBy(() -> customers(s -> s.create(bad))).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.type()).isEqualTo("invalid-customer");
            assertThat(e.fieldErrors()).containsKeys("type", "legalName", "taxId", "billTo.state", "billTo.postalCode",
                    "paymentTermsDays", "creditLimit", "minShelfLifeDays", "licenses[0].number", "licenses[1].number",
                    "licenses[1].schedules", "licenses[1].expiresOn");
            assertThat(e.fieldErrors().get("licenses[0].number")).contains("check digit");
            assertThat(e.fieldErrors().get("licenses[1].number")).contains("registrant type");
        });
        assertThat(countCustomers()).isEqualTo(before);
    }

    @Test
    void sameTaxIdOrSameNormalisedNameGivesAWarningNamingTheExistingCustomer() {
        CustomerDetail first = customers(s -> s.create(request("Oak Hill Drug Co.", "32-1111111", List.of()))).customer();
        CustomerCreated sameName = customers(s -> s.create(request("OAK HILL DRUG, LLC", "32-2222222", List.of())));
        assertThat(sameName.warnings()).singleElement().satisfies(w -> {
            assertThat(w.code()).isEqualTo("same-name");
            assertThat(w.existingCustomerId()).isEqualTo(first.id());
            assertThat(w.message()).contains("Oak Hill Drug Co.");
        });
        CustomerCreated sameTax = customers(s -> s.create(request("Completely Different Pharmacy", "321111111", List.of())));
        assertThat(sameTax.warnings()).singleElement().satisfies(w -> {
            assertThat(w.code()).isEqualTo("same-tax-id");
            assertThat(w.existingLegalName()).isEqualTo("Oak Hill Drug Co.");
        });
        assertThat(customers(s -> s.create(request("Oak Hill Drug East", "32-3333333", List.of()))).warnings()).isEmpty();
    }

    @Test
    void staleVersionIsRefusedAsChangedByAnotherUserAndNothingIsOverwritten() {
        CustomerDetail c = customers(s -> s.create(request("Version Test Pharmacy", "33-1111111", List.of()))).customer();
        CustomerRequest change = withVersion(request("Version Test Pharmacy", "33-1111111", List.of()), c.version(),
                new BigDecimal("90000.00"));
        CustomerDetail updated = customers(s -> s.update(c.id(), change)).customer();
        assertThat(updated.version()).isEqualTo(c.version() + 1);
        assertThat(updated.creditLimit()).isEqualTo(new BigDecimal("90000.00"));

        CustomerRequest stale = withVersion(request("Version Test Pharmacy", "33-1111111", List.of()), c.version(),
                new BigDecimal("1.00"));
        assertThatThrownBy(() -> customers(s -> s.update(c.id(), stale))).isInstanceOfSatisfying(ConflictException.class,
                e -> {
                    assertThat(e.type()).isEqualTo("changed-by-another-user");
                    assertThat(e.getMessage()).contains("changed by another user (system at ");
                });
        assertThat(customers(s -> s.get(c.id())).creditLimit()).isEqualTo(new BigDecimal("90000.00"));
    }

    @Test
    void aConcurrentSaveBetweenCheckAndCommitIsCaughtByTheVersionColumn() {
        CustomerDetail c = customers(s -> s.create(request("Race Test Pharmacy", "34-1111111", List.of()))).customer();
        EntityManager slow = db.primary();
        try {
            slow.getTransaction().begin();
            slow.find(Customer.class, c.id()); // loaded at version 0 in the slow user's transaction
            customers(s -> s.update(c.id(), withVersion(request("Race Test Pharmacy", "34-1111111", List.of()),
                    c.version(), new BigDecimal("5.00"))));
            CustomerService s = new CustomerService();
            s.em = slow;
            s.events = EVENTS;
            s.settings = SETTINGS;
            assertThatThrownBy(() -> s.update(c.id(), withVersion(request("Race Test Pharmacy", "34-1111111", List.of()),
                    c.version(), new BigDecimal("7.00")))).isInstanceOfSatisfying(ConflictException.class,
                            e -> assertThat(e.type()).isEqualTo("changed-by-another-user"));
        } finally {
            if (slow.getTransaction().isActive()) {
                slow.getTransaction().rollback();
            }
            slow.close();
        }
        assertThat(customers(s -> s.get(c.id())).creditLimit()).isEqualTo(new BigDecimal("5.00"));
    }

    @Test
    void importReportsRejectedRowsAndWarningsAndIsIdempotentByTaxId() {
        customers(s -> s.create(request("Prairie Rose Pharmacy", "35-0000001", List.of())));
        String csv = "type,legalName,taxId,billToLine1,billToCity,billToState,billToPostalCode,creditLimit,deaNumber,deaSchedules,deaExpiry\n"
                + "CLINIC,Import Clinic One,35-1000001,1 A St,Peoria,IL,61602,1000.00,FA1234563,CIII CIV,2028-01-31\n"
                + "HOSPITAL,Bad Dea Hospital,35-1000002,2 B St,Peoria,IL,61602,,AB1234564,CII,2028-01-31\n"
                + "CLINIC,\"Prairie Rose Pharmacy, Inc.\",35-1000003,3 C St,Peoria,IL,61602,,,,\n"
                + "CLINIC,No Zip Clinic,35-1000004,4 D St,Peoria,IL,,lots,,,\n"
                + "CLINIC,Import Clinic One Again,35-1000001,1 A St,Peoria,IL,61602,,,,\n";
        CustomerImportReport first = importCsv(csv);
        assertThat(first.rows()).isEqualTo(5);
        assertThat(first.created()).isEqualTo(2);
        assertThat(first.alreadyPresent()).as("row 6 repeats the tax id of row 2").isEqualTo(1);
        assertThat(first.rejected()).extracting(ImportRejection::line, ImportRejection::field)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3, "deaNumber"),
                        org.assertj.core.groups.Tuple.tuple(5, "billToPostalCode"),
                        org.assertj.core.groups.Tuple.tuple(5, "creditLimit"));
        assertThat(first.rejected().get(2).reason()).contains("'lots' is not an amount");
        assertThat(first.warnings()).singleElement().satisfies(w -> {
            assertThat(w.line()).isEqualTo(4);
            assertThat(w.message()).contains("Prairie Rose Pharmacy");
        });
        long after = countCustomers();
        CustomerImportReport again = importCsv(csv);
        assertThat(again.created()).isZero();
        assertThat(again.alreadyPresent()).isEqualTo(3);
        assertThat(countCustomers()).isEqualTo(after);

        assertThatThrownBy(() -> importCsv("name,taxId\nx,1")).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.getMessage()).contains("unknown column"));
    }

    @Test
    void demoDataLoadsFortyishCustomersOnceWithExpiringAndExpiredRegistrations() {
        LocalDate today = LocalDate.now(ZONE);
        String csv = CrmDemoDataLoader.resolveDates(CrmDemoDataLoader.demoCsv(), today);
        CustomerImportReport report = importCsv(csv);
        assertThat(report.rejected()).isEmpty();
        assertThat(report.created()).isBetween(35, 50);
        assertThat(importCsv(csv).created()).isZero();
        int seeded = db.inTransaction(em -> {
            CrmDemoPipeline p = new CrmDemoPipeline();
            p.em = em;
            p.settings = SETTINGS;
            return p.seed();
        });
        assertThat(seeded).isPositive();
        int again = db.inTransaction(em -> {
            CrmDemoPipeline p = new CrmDemoPipeline();
            p.em = em;
            p.settings = SETTINGS;
            return p.seed();
        });
        assertThat(again).isZero();
        long expired = db.inTransaction(em -> ((Number) em.createNativeQuery(
                "SELECT count(*) FROM crm_license WHERE kind = 'DEA' AND expires_on < ?1").setParameter(1, today)
                .getSingleResult()).longValue());
        long expiringSoon = db.inTransaction(em -> ((Number) em.createNativeQuery(
                "SELECT count(*) FROM crm_license WHERE kind = 'DEA' AND expires_on BETWEEN ?1 AND ?2")
                .setParameter(1, today).setParameter(2, today.plusDays(60)).getSingleResult()).longValue());
        assertThat(expired).isGreaterThanOrEqualTo(1);
        assertThat(expiringSoon).isGreaterThanOrEqualTo(3);
    }

    @Test
    void searchByNamePrefixTaxIdAndTypeWithKeysetPaging() {
        for (int i = 0; i < 7; i++) {
            int n = i;
            customers(s -> s.create(request("Zeta Paging Pharmacy " + n, "36-100000" + n, List.of())));
        }
        Set<Long> seen = new HashSet<>();
        String cursor = null;
        int pages = 0;
        do {
            String c = cursor;
            Page<CustomerSummary> page = readQueries(em -> {
                CustomerQueryService q = new CustomerQueryService();
                q.em = em;
                return q.search(CustomerSearch.parse("zeta paging", null, null, false), new PageRequest(3, 0, c));
            });
            assertThat(page.total()).isEqualTo(7);
            page.items().forEach(s -> assertThat(seen.add(s.id())).isTrue());
            cursor = page.nextCursor();
            pages++;
        } while (cursor != null);
        assertThat(seen).hasSize(7);
        assertThat(pages).isEqualTo(3);
        Page<CustomerSummary> byTax = readQueries(em -> {
            CustomerQueryService q = new CustomerQueryService();
            q.em = em;
            return q.search(CustomerSearch.parse(null, "361000003", "retail_pharmacy", false), new PageRequest(10, 0, null));
        });
        assertThat(byTax.items()).singleElement().satisfies(s -> assertThat(s.legalName()).isEqualTo("Zeta Paging Pharmacy 3"));
        assertThatThrownBy(() -> CustomerSearch.parse(null, null, "SHOP", false)).isInstanceOfSatisfying(
                InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsKey("type"));
    }

    @Test
    void leadConvertsIntoCustomerWithOpportunityAndThe360ShowsEverything() {
        LeadView lead = pipeline(p -> p.createLead(new LeadRequest("Willow Creek Clinic", "CLINIC", "Dana Fox",
                "dana@willow.example", "(330) 555-0199", "referral")));
        ActivityView call = pipeline(p -> p.createActivity(new ActivityRequest("CALL", "Intro call", null, null, null,
                lead.id(), null)));
        LeadConverted converted = pipeline(p -> p.convertLead(lead.id(), new LeadConversion(
                new CustomerRequest(null, null, "37-1234567", new AddressData("9 Elm St", null, "Akron", "OH", "44308"),
                        null, 45, new BigDecimal("15000"), null, "Premier", 120,
                        List.of(dea("FW1234563", LocalDate.now(ZONE).minusDays(3))), null, null),
                new OpportunityRequest("Starter order", null, null, "PROPOSAL", new BigDecimal("12000.00"), null,
                        null, null))));
        long customerId = converted.customer().id();
        assertThat(converted.lead().status()).isEqualTo("CONVERTED");
        assertThat(converted.customer().legalName()).isEqualTo("Willow Creek Clinic");
        assertThat(converted.customer().type()).isEqualTo("CLINIC");
        assertThat(converted.opportunity().expectedValue()).isEqualTo(new BigDecimal("6000.00"));
        assertThatThrownBy(() -> pipeline(p -> p.convertLead(lead.id(), null))).isInstanceOfSatisfying(
                ConflictException.class, e -> assertThat(e.type()).isEqualTo("lead-not-open"));

        OpportunityView opp = pipeline(p -> p.createOpportunity(new OpportunityRequest("Second order", customerId, null,
                "NEGOTIATION", new BigDecimal("1000.01"), 33, "2027-03-31", null)));
        assertThat(opp.probability()).isEqualTo(33);
        assertThat(opp.expectedValue()).isEqualTo(new BigDecimal("330.00"));
        OpportunityView won = pipeline(p -> p.updateOpportunity(opp.id(), new OpportunityRequest("Second order", null,
                null, "WON", new BigDecimal("1000.01"), 33, null, opp.version())));
        assertThat(won.probability()).isEqualTo(100);
        assertThatThrownBy(() -> pipeline(p -> p.updateOpportunity(opp.id(), new OpportunityRequest("Second order", null,
                null, "LOST", BigDecimal.ONE, null, null, opp.version())))).isInstanceOf(ConflictException.class);
        ActivityView task = pipeline(p -> p.createActivity(new ActivityRequest("TASK", "Send credit application", null,
                LocalDate.now(ZONE).minusDays(1).toString(), customerId, null, null)));
        assertThat(task.overdue()).isTrue();
        assertThatThrownBy(() -> pipeline(p -> p.createActivity(new ActivityRequest("TASK", "No due", null, null,
                customerId, null, null)))).isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("dueOn"));
        pipeline(p -> p.setActivityDone(task.id(), true));

        Customer360 v = view(customerId);
        assertThat(v.customer().legalName()).isEqualTo("Willow Creek Clinic");
        assertThat(v.licenses()).singleElement().satisfies(l -> {
            assertThat(l.status()).isEqualTo("EXPIRED");
            assertThat(l.daysToExpiry()).isEqualTo(-3);
        });
        assertThat(v.contacts()).extracting(ContactView::name).containsExactly("Dana Fox");
        assertThat(v.openOpportunities()).extracting(OpportunityView::title).containsExactly("Starter order");
        assertThat(v.activities()).extracting(ActivityView::id).containsExactly(call.id(), task.id());
        assertThat(v.sections()).extracting(CustomerSummarySection::name)
                .containsExactly("orders", "quotations", "invoices", "balance");
        assertThat(v.sections().get(0).note()).startsWith("No orders yet");
        assertThat(v.sections()).allSatisfy(s -> assertThat(s.lines()).isEmpty());

        List<PipelineStageTotal> totals = readQueries(em -> {
            PipelineQueryService q = new PipelineQueryService();
            q.em = em;
            q.settings = SETTINGS;
            return q.pipelineTotals();
        });
        assertThat(totals).extracting(PipelineStageTotal::stage).containsExactly("PROSPECTING", "QUALIFICATION",
                "PROPOSAL", "NEGOTIATION", "WON", "LOST");
        Page<OpportunityView> open = readQueries(em -> {
            PipelineQueryService q = new PipelineQueryService();
            q.em = em;
            q.settings = SETTINGS;
            return q.opportunities(null, customerId, true, new PageRequest(50, 0, null));
        });
        assertThat(open.items()).extracting(OpportunityView::title).containsExactly("Starter order");
        assertThatThrownBy(() -> view(999_999_999L)).isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    void contributorsReplacePlaceholdersAndAFailingOneIsReportedNotThrown() {
        CustomerSummaryContributor sales = new CustomerSummaryContributor() {
            @Override
            public List<String> sections() {
                return List.of("orders");
            }

            @Override
            public List<CustomerSummarySection> summarize(long customerId) {
                return List.of(new CustomerSummarySection("orders", "Orders",
                        List.of(new CustomerSummarySection.Line("Open orders", "2")), null, "sales"));
            }
        };
        CustomerSummaryContributor broken = new CustomerSummaryContributor() {
            @Override
            public List<String> sections() {
                return List.of("balance");
            }

            @Override
            public List<CustomerSummarySection> summarize(long customerId) {
                throw new IllegalStateException("boom");
            }
        };
        List<CustomerSummarySection> sections = Customer360Service.sections(1L, List.of(sales, broken));
        assertThat(sections.get(0).source()).isEqualTo("sales");
        assertThat(sections.get(0).lines()).hasSize(1);
        assertThat(sections.get(1).note()).startsWith("No open quotations");
        assertThat(sections.get(3).note()).startsWith("Not available");
    }

    static CustomerRequest withVersion(CustomerRequest r, long version, BigDecimal credit) {
        return new CustomerRequest(r.type(), r.legalName(), r.taxId(), r.billTo(), r.shipTo(), r.paymentTermsDays(), credit,
                r.priceList(), r.gpoMembership(), r.minShelfLifeDays(), null, null, version);
    }

    static long countCustomers() {
        return db.inTransaction(em -> em.createQuery("SELECT count(c) FROM Customer c", Long.class).getSingleResult());
    }

}
