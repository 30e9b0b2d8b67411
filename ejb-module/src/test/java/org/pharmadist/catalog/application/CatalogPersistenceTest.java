package org.pharmadist.catalog.application;

import org.pharmadist.platform.events.RecordingEvent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pharmadist.catalog.domain.ProductCatalogChanged;
import org.pharmadist.platform.audit.AuditTrailService;
import org.pharmadist.platform.audit.RecordRevision;
import org.pharmadist.platform.errors.InvalidInputException;
import org.pharmadist.platform.errors.RecordNotFoundException;
import org.pharmadist.platform.events.DomainEvent;
import org.pharmadist.platform.paging.Page;
import org.pharmadist.platform.paging.PageRequest;
import org.pharmadist.platform.persistence.TestDatabase;

/**
 * The catalog on real PostgreSQL: the FDA/CMS import (idempotent, audited), lookups by every NDC
 * and GTIN form, and searches with keyset paging over the real 3,240 products.
 */
class CatalogPersistenceTest {

    private static TestDatabase db;
    private static CatalogImportReport firstImport;
    private static RecordingEvent<DomainEvent> events;

    @BeforeAll
    static void importReferenceCatalog() {
        db = TestDatabase.fresh("catalog_test");
        events = new RecordingEvent<>();
        firstImport = db.inTransaction(em -> importer(em).importBundledReferenceData());
    }

    @AfterAll
    static void close() {
        db.close();
    }

    private static CatalogImportService importer(EntityManager em) {
        CatalogImportService s = new CatalogImportService();
        s.em = em;
        s.events = events;
        return s;
    }

    private static <T> T withQueries(java.util.function.Function<ProductQueryService, T> work) {
        EntityManager em = db.read();
        try {
            ProductQueryService q = new ProductQueryService();
            q.em = em;
            return work.apply(q);
        } finally {
            em.close();
        }
    }

    private static <T> T withCatalog(java.util.function.Function<ProductCatalogService, T> work) {
        return db.inTransaction(em -> {
            ProductCatalogService s = new ProductCatalogService();
            s.em = em;
            AuditTrailService audit = new AuditTrailService();
            setField(audit, em);
            s.auditTrail = audit;
            return work.apply(s);
        });
    }

    private static void setField(AuditTrailService audit, EntityManager em) {
        try {
            var f = AuditTrailService.class.getDeclaredField("em");
            f.setAccessible(true);
            f.set(audit, em);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void importCreatesEveryProductOnceAndReportsRejectedRows() {
        assertThat(firstImport.created()).isEqualTo(3240);
        assertThat(firstImport.rejected()).isNotEmpty().allSatisfy(r -> assertThat(r.lineNumber()).isPositive());
        assertThat(events.fired).anySatisfy(e -> assertThat(e).isInstanceOf(ProductCatalogChanged.class));
        long rows = db.inTransaction(em -> em.createQuery("SELECT count(p) FROM Product p", Long.class).getSingleResult());
        assertThat(rows).isEqualTo(3240);
    }

    @Test
    void reimportChangesNothingAndDuplicatesNothing() {
        CatalogImportReport again = db.inTransaction(em -> importer(em).importBundledReferenceData());
        assertThat(again.created()).isZero();
        assertThat(again.updated()).isZero();
        assertThat(again.unchanged()).isEqualTo(3240);
        long rows = db.inTransaction(em -> em.createQuery("SELECT count(p) FROM Product p", Long.class).getSingleResult());
        assertThat(rows).isEqualTo(3240);
    }

    @Test
    void everyIdentifierFormFindsTheSameProduct() {
        for (String id : List.of("0338-0424-18", "00338042418", "00338-0424-18", "00303380424184")) {
            ProductDetail p = withCatalog(s -> s.byIdentifier(id));
            assertThat(p.ndc11()).as(id).isEqualTo("00338042418");
            assertThat(p.gtin14()).isEqualTo("00303380424184");
        }
        assertThatThrownBy(() -> withCatalog(s -> s.byIdentifier("12-34"))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> withCatalog(s -> s.byIdentifier("09999-9999-99"))).isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    void importIsInTheAuditTrail() {
        List<RecordRevision> history = withCatalog(s -> s.history("0338-0424-18"));
        assertThat(history).isNotEmpty();
        assertThat(history.get(0).kind()).isEqualTo("CREATED");
        assertThat(history.get(0).changedBy()).isEqualTo("system");
        assertThat(history.get(0).changes()).anySatisfy(c -> {
            assertThat(c.field()).isEqualTo("name");
            assertThat(c.newValue()).isEqualTo("HEPARIN SODIUM IN SODIUM CHLORIDE");
        });
    }

    @Test
    void keysetPagingByNameReturnsEveryRowOnceDespiteRepeatedNames() {
        Set<Long> seen = new HashSet<>();
        String cursor = null;
        long total;
        do {
            String c = cursor;
            Page<ProductSummary> page = withQueries(q -> q.search(new ProductSearch(null, "name", false), new PageRequest(113, 0, c)));
            total = page.total();
            for (ProductSummary p : page.items()) {
                assertThat(seen.add(p.id())).as("returned twice: " + p).isTrue();
            }
            cursor = page.nextCursor();
        } while (cursor != null);
        assertThat(seen).hasSize(3240);
        assertThat(total).isEqualTo(3240);
    }

    @Test
    void descendingNdcOrderAndCursorOfAnotherSortIsRefused() {
        Page<ProductSummary> first = withQueries(q -> q.search(new ProductSearch(null, "ndc", true), new PageRequest(5, 0, null)));
        assertThat(first.items()).extracting(ProductSummary::ndc11).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        Page<ProductSummary> second = withQueries(q -> q.search(new ProductSearch(null, "ndc", true), new PageRequest(5, 0, first.nextCursor())));
        assertThat(second.items().get(0).ndc11()).isLessThan(first.items().get(4).ndc11());
        assertThatThrownBy(() -> withQueries(q -> q.search(new ProductSearch(null, "name", false),
                new PageRequest(5, 0, first.nextCursor())))).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void searchMatchesNamePrefixNdcPrefixAndGtinPrefixAndCountsExactly() {
        Page<ProductSummary> heparin = withQueries(q -> q.search(new ProductSearch("Heparin", null, false), new PageRequest(500, 0, null)));
        assertThat(heparin.items()).isNotEmpty().allSatisfy(p ->
                assertThat((p.name() + "|" + p.genericName()).toLowerCase()).containsPattern("(^|\\|)heparin"));
        assertThat(heparin.total()).isEqualTo(heparin.items().size());
        assertThat(heparin.totalIsEstimate()).isFalse();
        assertThat(withQueries(q -> q.search(new ProductSearch("0338-0424", null, false), new PageRequest(10, 0, null))).items())
                .extracting(ProductSummary::ndc11).contains("00338042418");
        assertThat(withQueries(q -> q.search(new ProductSearch("003033804", null, false), new PageRequest(10, 0, null))).items())
                .extracting(ProductSummary::gtin14).contains("00303380424184");
        assertThat(withQueries(q -> q.search(new ProductSearch("100%_", null, false), new PageRequest(10, 0, null))).items())
                .as("LIKE wildcards in user text are literal").isEmpty();
    }

    @Test
    void scheduledProductsCarryTheDerivedDeaSchedule() {
        long cii = db.inTransaction(em -> em.createQuery(
                "SELECT count(p) FROM Product p WHERE p.deaSchedule = org.pharmadist.catalog.domain.DeaSchedule.CII "
                        + "AND lower(p.genericName) LIKE '%hydromorphone%'", Long.class).getSingleResult());
        assertThat(cii).isPositive();
    }
}
