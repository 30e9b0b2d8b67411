package org.pharmadist.catalog.application;

import org.pharmadist.platform.security.RequiresPermission;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.pharmadist.catalog.domain.Product;
import org.pharmadist.catalog.domain.ProductCatalogChanged;
import org.pharmadist.catalog.domain.ProductRecord;
import org.pharmadist.catalog.infrastructure.fda.CatalogReadResult;
import org.pharmadist.catalog.infrastructure.fda.FdaCatalogReader;
import org.pharmadist.platform.events.DomainEvent;

/**
 * Imports the FDA/CMS reference catalog (files bundled under {@code reference/fda}, provenance in
 * their SOURCES.md) into the product table in one transaction: new NDCs are created, known ones
 * updated where a value differs (audited), rejected rows reported with line number and reason.
 * Idempotent: a second import of the same data changes nothing.
 */
@Stateless
public class CatalogImportService {

    private static final Logger LOG = Logger.getLogger(CatalogImportService.class.getName());

    @PersistenceContext(unitName = "pharmadist")
    EntityManager em;

    @Inject
    Event<DomainEvent> events;

    /** Imports the bundled reference files (permission catalog:import). */
    @RequiresPermission(module = "catalog", action = "import")
    public CatalogImportReport importBundledReferenceData() {
        return apply(new FdaCatalogReader().readBundled());
    }

    /** The same import run by the server itself at start-up (demo data), not on behalf of a user. */
    public CatalogImportReport importBundledReferenceDataAtStartup() {
        return apply(new FdaCatalogReader().readBundled());
    }

    CatalogImportReport apply(CatalogReadResult read) {
        Instant now = Instant.now();
        Map<String, Product> existing = new HashMap<>();
        for (Product p : em.createQuery("SELECT p FROM Product p", Product.class).getResultList()) {
            existing.put(p.ndc11(), p);
        }
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        for (ProductRecord record : read.products()) {
            Product product = existing.get(record.ndc().ndc11());
            if (product == null) {
                em.persist(Product.fromReference(record, now));
                created++;
            } else if (product.applyReference(record, now)) {
                updated++;
            } else {
                unchanged++;
            }
        }
        em.flush();
        List<CatalogImportReport.Rejection> rejected = read.rejected().stream()
                .map(r -> new CatalogImportReport.Rejection(r.file(), r.lineNumber(), r.reason())).toList();
        if (created + updated > 0) {
            events.fire(new ProductCatalogChanged(created, updated, now));
        }
        int c = created;
        int u = updated;
        int n = unchanged;
        LOG.info(() -> "Catalog import: " + c + " created, " + u + " updated, " + n + " unchanged, "
                + rejected.size() + " rows rejected");
        rejected.forEach(r -> LOG.fine(() -> "rejected " + r.file() + " line " + r.lineNumber() + ": " + r.reason()));
        return new CatalogImportReport(created, updated, unchanged, rejected);
    }
}
