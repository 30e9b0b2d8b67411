package org.pharmadist.procurement.domain;

import java.math.BigDecimal;
import java.time.Instant;
import org.pharmadist.catalog.domain.MarketingCategory;
import org.pharmadist.catalog.domain.Ndc;
import org.pharmadist.catalog.domain.Product;
import org.pharmadist.catalog.domain.ProductRecord;
import org.pharmadist.catalog.domain.UnitOfMeasure;

/** Products and suppliers for procurement tests (not persisted unless a test does). */
public final class TestProducts {

    private TestProducts() {
    }

    /** A product stocked in EA and bought in BX of {@code perBox} EA. */
    public static Product boxed(String ndc10, String name, MarketingCategory category, int perBox) {
        Product p = Product.fromReference(new ProductRecord(Ndc.parse(ndc10), name, name, "10 mg", "TABLET", "ORAL",
                "Test Labeler Inc.", "30 TABLET in 1 BOTTLE", category, null, null, null, null, null, null, "test"),
                Instant.parse("2026-01-01T00:00:00Z"));
        p.defineUnit(UnitOfMeasure.BX, BigDecimal.valueOf(perBox));
        p.useUnits(UnitOfMeasure.BX, UnitOfMeasure.EA);
        return p;
    }

    /** An active USD supplier with net 30 terms and 5 days lead time. */
    public static Supplier supplier(String code) {
        return new Supplier(code, new SupplierData("Supplier " + code, "1 Main St", "Newark", "NJ", "07102", "US",
                "Pat Buyer", "orders@example.com", "+1 973 555 0100", 30, 5, "USD", true, null, null),
                Instant.parse("2026-01-01T00:00:00Z"));
    }
}
