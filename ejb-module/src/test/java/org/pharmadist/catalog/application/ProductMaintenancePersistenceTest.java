package org.pharmadist.catalog.application;

import org.pharmadist.platform.events.RecordingEvent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJBContext;
import jakarta.persistence.EntityManager;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pharmadist.catalog.domain.ProductCatalogChanged;
import org.pharmadist.catalog.domain.ProductRecord;
import org.pharmadist.catalog.infrastructure.fda.CatalogReadResult;
import org.pharmadist.catalog.infrastructure.fda.FdaCatalogReader;
import org.pharmadist.platform.audit.AuditTrailService;
import org.pharmadist.platform.audit.RecordRevision;
import org.pharmadist.platform.errors.ConflictException;
import org.pharmadist.platform.errors.InvalidInputException;
import org.pharmadist.platform.errors.RecordNotFoundException;
import org.pharmadist.platform.events.DomainEvent;
import org.pharmadist.platform.paging.PageRequest;
import org.pharmadist.platform.persistence.TestDatabase;

/**
 * Product maintenance on real PostgreSQL over the real reference catalog: saving the maintainable fields with the
 * version the user started from, refusing a stale version without writing, validation naming every wrong field,
 * units of measure, manual creation, the audit trail, reference re-imports that keep maintained values, and the
 * demo stock-keeping data that never overwrites a user's maintenance.
 */
class ProductMaintenancePersistenceTest {

    // Each test works on its own product, so the tests do not depend on their order.
    private static final String EDITED = "0409-1985-30";          // lorazepam syringes (not in the demo CSV)
    private static final String STALE = "63323-487-17";           // lidocaine
    private static final String INVALID = "0409-9046-01";         // epinephrine
    private static final String REIMPORTED = "0409-1896-20";      // morphine
    private static final String DEMO_USER_MAINTAINED = "00169406012"; // Victoza, in the demo CSV
    private static final String DEMO_PLAIN = "73070040315";       // insulin degludec, in the demo CSV

    private static TestDatabase db;
    private static RecordingEvent<DomainEvent> events;

    @BeforeAll
    static void importReferenceCatalog() {
        db = TestDatabase.fresh("catalog_maintenance_test");
        events = new RecordingEvent<>();
        db.inTransaction(em -> importer(em).importBundledReferenceData());
    }

    @AfterAll
    static void close() {
        db.close();
    }

    // ------------------------------------------------------------------ update

    @Test
    void saveChangesEveryMaintainableFieldAndUnitsBumpsTheVersionAndIsAudited() {
        ProductDetail before = detail(EDITED);
        assertThat(before.storageCondition()).isEqualTo("ROOM_TEMPERATURE");
        assertThat(before.maintainedBy()).isNull();
        int eventsBefore = events.fired.size();

        ProductDetail saved = maintain("procurement", s -> s.update(EDITED, new ProductChange(before.version(), " Neurology, acute ",
                "refrigerated", 730, true, true, "DISCONTINUED", "CA", "BX",
                List.of(new UnitConversion("BX", new BigDecimal("25")), new UnitConversion("CA", new BigDecimal("250.5"))))));

        assertThat(saved.version()).isGreaterThan(before.version());
        assertThat(saved.therapeuticCategory()).isEqualTo("Neurology, acute");
        assertThat(saved.storageCondition()).isEqualTo("REFRIGERATED");
        assertThat(saved.shelfLifeDays()).isEqualTo(730);
        assertThat(saved.serialised()).isTrue();
        assertThat(saved.qualityReleaseRequired()).isTrue();
        assertThat(saved.status()).isEqualTo("DISCONTINUED");
        assertThat(saved.stockUnit()).isEqualTo("EA");
        assertThat(saved.purchaseUnit()).isEqualTo("CA");
        assertThat(saved.salesUnit()).isEqualTo("BX");
        assertThat(saved.units()).extracting(UnitConversion::unit).containsExactly("BX", "CA");
        assertThat(saved.units().get(1).stockUnitsPerUnit()).isEqualTo(new BigDecimal("250.500"));
        assertThat(saved.maintainedBy()).isEqualTo("procurement");
        assertThat(events.fired.subList(eventsBefore, events.fired.size()))
                .anySatisfy(e -> assertThat(((ProductCatalogChanged) e).updated()).isEqualTo(1));

        ProductDetail reread = detail(EDITED);
        assertThat(reread).isEqualTo(saved);

        RecordRevision last = lastRevision(EDITED);
        assertThat(last.kind()).isEqualTo("MODIFIED");
        assertThat(last.changes()).anySatisfy(c -> {
            assertThat(c.field()).isEqualTo("storageCondition");
            assertThat(c.oldValue()).isEqualTo("ROOM_TEMPERATURE");
            assertThat(c.newValue()).isEqualTo("REFRIGERATED");
        });
        assertThat(last.changes()).anySatisfy(c -> assertThat(c.field()).isEqualTo("status"));

        // Second save: remove CA (no longer purchased in it), change BX, purchase and sell in EA.
        ProductDetail second = maintain("procurement", s -> s.update(EDITED, new ProductChange(saved.version(), "Neurology",
                "REFRIGERATED", 730, true, true, "ACTIVE", "EA", "EA", List.of(new UnitConversion("BX", new BigDecimal("20"))))));
        assertThat(second.units()).containsExactly(new UnitConversion("BX", new BigDecimal("20.000")));
        assertThat(second.version()).isGreaterThan(saved.version());
        long unitRows = db.inTransaction(em -> em.createQuery(
                "SELECT count(u) FROM ProductUnit u WHERE u.product.ndc11 = '00409198530'", Long.class).getSingleResult());
        assertThat(unitRows).isEqualTo(1);
    }

    @Test
    void staleVersionIsRefusedNamingTheLastChangeAndNothingIsWritten() {
        ProductDetail opened = detail(STALE);
        // First user saves.
        ProductDetail first = maintain("admin", s -> s.update(STALE, change(opened.version(), "FROZEN", 365)));
        // Second user saves what they opened before: refused.
        assertThatThrownBy(() -> maintain("manager", s -> s.update(STALE, change(opened.version(), "REFRIGERATED", 90))))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.type()).isEqualTo("changed-by-another-user");
                    assertThat(e.getMessage()).contains("changed by another user (system at ")
                            .contains("your version " + opened.version()).contains("current version " + first.version());
                });
        ProductDetail stored = detail(STALE);
        assertThat(stored.storageCondition()).isEqualTo("FROZEN");
        assertThat(stored.shelfLifeDays()).isEqualTo(365);
        assertThat(stored.version()).isEqualTo(first.version());
        assertThat(stored.maintainedBy()).isEqualTo("admin");
    }

    @Test
    void invalidValuesAreRefusedNamingEveryFieldAndNothingIsWritten() {
        ProductDetail opened = detail(INVALID);
        ProductChange wrong = new ProductChange(opened.version(), "x".repeat(201), "WARM", 0, null, false, "GONE", "BX",
                "XX", List.of(new UnitConversion("PK", BigDecimal.ZERO), new UnitConversion("EA", BigDecimal.TEN),
                        new UnitConversion("CT", new BigDecimal("1.0005"))));
        assertThatThrownBy(() -> maintain("admin", s -> s.update(INVALID, wrong)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.type()).isEqualTo("invalid-product");
                    assertThat(e.fieldErrors()).containsOnlyKeys("therapeuticCategory", "storageCondition",
                            "shelfLifeDays", "serialised", "status", "units[0].stockUnitsPerUnit", "units[1].unit",
                            "units[2].stockUnitsPerUnit", "purchaseUnit", "salesUnit");
                    assertThat(e.fieldErrors().get("shelfLifeDays")).contains("positive");
                    assertThat(e.fieldErrors().get("purchaseUnit")).contains("BX needs a conversion to EA");
                    assertThat(e.fieldErrors().get("salesUnit")).contains("'XX'");
                    assertThat(e.fieldErrors().get("units[1].unit")).contains("stock unit");
                });
        assertThatThrownBy(() -> maintain("admin", s -> s.update(INVALID, change(null, "FROZEN", 10))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("version"));
        assertThatThrownBy(() -> maintain("admin", s -> s.update("09999-9999-99", change(0L, "FROZEN", 10))))
                .isInstanceOf(RecordNotFoundException.class);
        ProductDetail after = detail(INVALID);
        assertThat(after).isEqualTo(opened);
    }

    // ------------------------------------------------------------------ create

    @Test
    void manualProductIsCreatedOnceWithItsStockKeepingAndAudited() {
        ProductDetail created = maintain("manager", s -> s.create(new NewProduct("12345-678-90", "PHARMADIST TEST SALINE 0.9%",
                "otc", "PharmaDist Labs", new ProductChange(null, "Fluids", "ROOM_TEMPERATURE", 1095, false, false,
                        "ACTIVE", "CA", "EA", List.of(new UnitConversion("CA", new BigDecimal("24")))))));
        assertThat(created.ndc11()).isEqualTo("12345067890");
        assertThat(created.ndc10()).isEqualTo("12345-678-90");
        assertThat(created.gtin14()).isNotNull().hasSize(14);
        assertThat(created.source()).isEqualTo("manual");
        assertThat(created.marketingCategory()).isEqualTo("OTC");
        assertThat(created.purchaseUnit()).isEqualTo("CA");
        assertThat(created.units()).containsExactly(new UnitConversion("CA", new BigDecimal("24.000")));
        assertThat(created.maintainedBy()).isEqualTo("manager");
        assertThat(detail("12345-678-90")).isEqualTo(created);
        List<RecordRevision> history = withCatalog(s -> s.history("12345-678-90"));
        assertThat(history).hasSize(1);
        assertThat(history.get(0).kind()).isEqualTo("CREATED");

        assertThatThrownBy(() -> maintain("manager", s -> s.create(new NewProduct("12345-678-90", "AGAIN", "RX", null, null))))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.type()).isEqualTo("product-exists"));
        assertThatThrownBy(() -> maintain("manager", s -> s.create(new NewProduct("12-34", " ", "MAYBE", null, null))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("ndc", "name", "marketingCategory"));
        // The new product is listed by the read-side query with its stock-keeping columns.
        ProductSummary listed = withQueries(q -> q.search(new ProductSearch("12345-678", "ndc", false),
                new PageRequest(5, 0, null))).items().get(0);
        assertThat(listed.storageCondition()).isEqualTo("ROOM_TEMPERATURE");
        assertThat(listed.status()).isEqualTo("ACTIVE");
        assertThat(listed.stockUnit()).isEqualTo("EA");
    }

    // ------------------------------------------------------------------ import and demo data

    @Test
    void referenceReimportFollowsReferenceFieldsButKeepsMaintainedOnes() {
        ProductDetail opened = detail(REIMPORTED);
        maintain("admin", s -> s.update(REIMPORTED, new ProductChange(opened.version(), "Pain management", "ROOM_TEMPERATURE",
                540, true, false, "ACTIVE", "BX", "EA", List.of(new UnitConversion("BX", new BigDecimal("25"))))));

        // The reference data now brings a new name and another therapeutic category for the same NDC.
        CatalogReadResult bundled = new FdaCatalogReader().readBundled();
        List<ProductRecord> records = new ArrayList<>();
        for (ProductRecord r : bundled.products()) {
            records.add(!r.ndc().ndc11().equals("00409189620") ? r : new ProductRecord(r.ndc(), "MORPHINE SULFATE RENAMED",
                    r.genericName(), r.strength(), r.dosageForm(), r.route(), r.labeler(), r.packageDescription(),
                    r.marketingCategory(), r.deaSchedule(), r.deaScheduleSource(), "Analgesia (reference)", r.pricingUnit(),
                    r.nadacUnitPrice(), r.nadacAsOf(), r.source()));
        }
        CatalogImportReport report = db.inTransaction(em -> importer(em).apply(new CatalogReadResult(records, bundled.rejected())));
        assertThat(report.updated()).isEqualTo(1);

        ProductDetail after = detail(REIMPORTED);
        assertThat(after.name()).isEqualTo("MORPHINE SULFATE RENAMED");
        assertThat(after.therapeuticCategory()).isEqualTo("Pain management");
        assertThat(after.shelfLifeDays()).isEqualTo(540);
        assertThat(after.serialised()).isTrue();
        assertThat(after.purchaseUnit()).isEqualTo("BX");
        assertThat(after.units()).containsExactly(new UnitConversion("BX", new BigDecimal("25.000")));
        assertThat(after.maintainedBy()).isEqualTo("admin");

        // The unchanged bundled data puts the name back and still keeps the maintained values.
        db.inTransaction(em -> importer(em).importBundledReferenceData());
        assertThat(detail(REIMPORTED).name()).isNotEqualTo("MORPHINE SULFATE RENAMED");
        assertThat(detail(REIMPORTED).therapeuticCategory()).isEqualTo("Pain management");
    }

    @Test
    void demoStockKeepingFillsUnmaintainedProductsOnceAndNeverAUsersMaintenance() {
        ProductDetail victoza = detail(DEMO_USER_MAINTAINED);
        maintain("procurement", s -> s.update(DEMO_USER_MAINTAINED, change(victoza.version(), "ROOM_TEMPERATURE", 42)));

        Integer changed = db.inTransaction(em -> demo(em).apply());
        int rows = 31;
        assertThat(changed).as("every CSV row names a catalog product; one is maintained by a user").isEqualTo(rows - 1);

        ProductDetail insulin = detail(DEMO_PLAIN);
        assertThat(insulin.storageCondition()).isEqualTo("REFRIGERATED");
        assertThat(insulin.shelfLifeDays()).isEqualTo(900);
        assertThat(insulin.serialised()).isTrue();
        assertThat(insulin.purchaseUnit()).isEqualTo("CA");
        assertThat(insulin.units()).containsExactly(new UnitConversion("CA", new BigDecimal("12.000")));
        assertThat(insulin.maintainedBy()).isEqualTo("demo-data");
        ProductDetail kept = detail(DEMO_USER_MAINTAINED);
        assertThat(kept.storageCondition()).isEqualTo("ROOM_TEMPERATURE");
        assertThat(kept.shelfLifeDays()).isEqualTo(42);
        assertThat(kept.maintainedBy()).isEqualTo("procurement");

        // Idempotent, and the reference import does not fight it.
        assertThat((Integer) db.inTransaction(em -> demo(em).apply())).isZero();
        CatalogImportReport reimport = db.inTransaction(em -> importer(em).importBundledReferenceData());
        assertThat(reimport.created()).isZero();
        assertThat(detail(DEMO_PLAIN).therapeuticCategory()).isEqualTo("Endocrinology/Metabolism");
        assertThat(detail(DEMO_PLAIN).version()).isEqualTo(insulin.version());
        assertThat((Integer) db.inTransaction(em -> demo(em).apply())).isZero();
    }

    // ------------------------------------------------------------------ helpers

    private static ProductChange change(Long version, String storage, int shelfLife) {
        return new ProductChange(version, null, storage, shelfLife, false, false, "ACTIVE", "EA", "EA", List.of());
    }

    private static CatalogImportService importer(EntityManager em) {
        CatalogImportService s = new CatalogImportService();
        s.em = em;
        s.events = events;
        return s;
    }

    private static ProductStockKeepingDemoData demo(EntityManager em) {
        ProductStockKeepingDemoData d = new ProductStockKeepingDemoData();
        d.em = em;
        d.events = events;
        return d;
    }

    /** Runs maintenance in one transaction as the EJB container would, with {@code user} as the caller. */
    private static <T> T maintain(String user, Function<ProductMaintenanceService, T> work) {
        return db.inTransaction(em -> {
            ProductMaintenanceService s = new ProductMaintenanceService();
            s.em = em;
            s.events = events;
            s.context = caller(user);
            return work.apply(s);
        });
    }

    private static EJBContext caller(String user) {
        Principal principal = () -> user;
        return (EJBContext) Proxy.newProxyInstance(EJBContext.class.getClassLoader(), new Class<?>[] {EJBContext.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("getCallerPrincipal")) {
                        return principal;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    private static ProductDetail detail(String ndc) {
        return withCatalog(s -> s.byIdentifier(ndc));
    }

    private static RecordRevision lastRevision(String ndc) {
        List<RecordRevision> history = withCatalog(s -> s.history(ndc));
        return history.get(history.size() - 1);
    }

    private static <T> T withQueries(Function<ProductQueryService, T> work) {
        EntityManager em = db.read();
        try {
            ProductQueryService q = new ProductQueryService();
            q.em = em;
            return work.apply(q);
        } finally {
            em.close();
        }
    }

    private static <T> T withCatalog(Function<ProductCatalogService, T> work) {
        return db.inTransaction(em -> {
            ProductCatalogService s = new ProductCatalogService();
            s.em = em;
            AuditTrailService audit = new AuditTrailService();
            try {
                var f = AuditTrailService.class.getDeclaredField("em");
                f.setAccessible(true);
                f.set(audit, em);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            s.auditTrail = audit;
            return work.apply(s);
        });
    }
}
