package org.pharmadist.catalog.application;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.logging.Logger;
import org.pharmadist.catalog.domain.Product;
import org.pharmadist.catalog.domain.ProductCatalogChanged;
import org.pharmadist.catalog.domain.ProductUnit;
import org.pharmadist.catalog.domain.UnitOfMeasure;
import org.pharmadist.catalog.infrastructure.fda.CsvReader;
import org.pharmadist.catalog.infrastructure.fda.CsvRow;
import org.pharmadist.platform.events.DomainEvent;
import org.pharmadist.platform.errors.InvalidInputException;

/**
 * Demo stock-keeping values (storage condition, shelf life, serialisation, quality release, purchase and sales
 * units, therapeutic category) for about 30 real catalog products, from {@value #RESOURCE} (assumptions in
 * {@code demo/product-stock-keeping.md}). Run at start-up after the reference import when demo data is on.
 *
 * <p>Rule: a row is applied only to a product no user has maintained ({@link Product#maintainedBy()} null, or
 * {@value #DEMO_DATA} from an earlier start) and only when a value differs; the product is then marked maintained by
 * {@value #DEMO_DATA}, which also makes the reference import keep its therapeutic category. Idempotent: a second
 * run changes nothing; a user's maintenance is never overwritten. Rows whose NDC is not in the catalog are skipped
 * and logged.
 */
@Stateless
public class ProductStockKeepingDemoData {

    /** Classpath resource of the demo values. */
    public static final String RESOURCE = "/demo/product-stock-keeping.csv";
    /** The maintainer recorded for demo values. */
    public static final String DEMO_DATA = "demo-data";

    private static final Logger LOG = Logger.getLogger(ProductStockKeepingDemoData.class.getName());

    @PersistenceContext(unitName = "pharmadist")
    EntityManager em;

    @Inject
    Event<DomainEvent> events;

    /**
     * Applies the bundled demo values under the rule above, in one transaction.
     *
     * @return how many products changed
     * @throws IllegalStateException when the bundled file is missing or a row is invalid (a build defect)
     */
    public int apply() {
        Instant now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS); // PostgreSQL keeps microseconds
        int changed = 0;
        int skippedMaintained = 0;
        List<String> unknown = new ArrayList<>();
        for (CsvRow row : rows()) {
            List<String> f = row.fields();
            String ndc11 = f.get(0).strip();
            ProductChange values = new ProductChange(null, f.get(9), f.get(1), Integer.valueOf(f.get(2).strip()),
                    Boolean.valueOf(f.get(3).strip()), Boolean.valueOf(f.get(4).strip()), "ACTIVE", f.get(5), f.get(7),
                    units(f));
            List<Product> found = em.createQuery("SELECT p FROM Product p WHERE p.ndc11 = :n", Product.class)
                    .setParameter("n", ndc11).getResultList();
            if (found.isEmpty()) {
                unknown.add(ndc11);
                continue;
            }
            Product product = found.get(0);
            if (product.isMaintained() && !DEMO_DATA.equals(product.maintainedBy())) {
                skippedMaintained++;
                continue;
            }
            Map<String, String> errors = new LinkedHashMap<>();
            ProductMaintenanceService.Validated v = ProductMaintenanceService.validate(values, product.stockUnit(), errors);
            if (!errors.isEmpty()) {
                throw new IllegalStateException(RESOURCE + " line " + row.lineNumber() + ": " + errors,
                        new InvalidInputException("invalid-product", "demo data", errors));
            }
            if (product.isMaintained() && sameAs(product, v)) {
                continue;
            }
            ProductMaintenanceService.apply(product, v, now);
            product.recordMaintenance(DEMO_DATA, now);
            changed++;
        }
        em.flush();
        if (changed > 0) {
            events.fire(new ProductCatalogChanged(0, changed, now));
        }
        int c = changed;
        int s = skippedMaintained;
        LOG.info(() -> "Demo stock-keeping data: " + c + " products changed, " + s + " kept as maintained by users"
                + (unknown.isEmpty() ? "" : ", not in the catalog: " + unknown));
        return changed;
    }

    private static List<UnitConversion> units(List<String> f) {
        Map<String, UnitConversion> units = new LinkedHashMap<>();
        for (int i : new int[] {5, 7}) {
            String unit = f.get(i).strip();
            if (!unit.equals(UnitOfMeasure.EA.name())) {
                units.putIfAbsent(unit, new UnitConversion(unit, new BigDecimal(f.get(i + 1).strip())));
            }
        }
        return List.copyOf(units.values());
    }

    private static boolean sameAs(Product p, ProductMaintenanceService.Validated v) {
        Map<UnitOfMeasure, BigDecimal> current = new LinkedHashMap<>();
        for (ProductUnit u : p.units()) {
            current.put(u.unit(), u.stockUnitsPerUnit());
        }
        boolean unitsSame = current.size() == v.units().size() && v.units().entrySet().stream()
                .allMatch(e -> current.containsKey(e.getKey()) && current.get(e.getKey()).compareTo(e.getValue()) == 0);
        return unitsSame && Objects.equals(p.therapeuticCategory(), v.therapeuticCategory())
                && p.storageCondition() == v.storage() && Objects.equals(p.shelfLifeDays(), v.shelfLifeDays())
                && p.serialised() == v.serialised() && p.qualityReleaseRequired() == v.qualityRelease()
                && p.status() == v.status() && p.purchaseUnit() == v.purchaseUnit() && p.salesUnit() == v.salesUnit();
    }

    private static List<CsvRow> rows() {
        InputStream in = ProductStockKeepingDemoData.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException(RESOURCE + " is missing from the EJB jar");
        }
        try (CsvReader reader = CsvReader.csv(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<CsvRow> all = reader.readAll();
            return all.subList(1, all.size()); // header
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
