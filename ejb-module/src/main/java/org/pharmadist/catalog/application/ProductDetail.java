package org.pharmadist.catalog.application;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.pharmadist.catalog.domain.Product;

/**
 * Everything the catalog knows about one product.
 *
 * @param ndc11               11-digit HIPAA NDC
 * @param ndc11Hyphenated     5-4-2 form with hyphens, e.g. "00338-0424-18"
 * @param ndc10               10-digit segmented NDC, null when unknown
 * @param ndcFormat           "4-4-2", "5-3-2" or "5-4-1"; null when unknown
 * @param gtin14              GTIN-14, null when not derivable
 * @param deaScheduleSource   "LABELER_LISTING" or "DERIVED_FROM_SUBSTANCE"; null when not controlled
 * @param nadacUnitPrice      USD per pricing unit, scale 5
 * @param nadacAsOf           NADAC effective date
 * @param source              which reference files the record came from
 * @param version             optimistic-lock version, to send back with changes
 * @param updatedAt           last change (UTC)
 */
public record ProductDetail(String ndc11, String ndc11Hyphenated, String ndc10, String ndcFormat, String gtin14,
        String name, String genericName, String strength, String dosageForm, String route, String labeler,
        String packageDescription, String marketingCategory, String deaSchedule, String deaScheduleSource,
        String therapeuticCategory, String pricingUnit, BigDecimal nadacUnitPrice, LocalDate nadacAsOf,
        String source, long version, Instant updatedAt) implements Serializable {

    static ProductDetail of(Product p) {
        String n = p.ndc11();
        return new ProductDetail(n, n.substring(0, 5) + "-" + n.substring(5, 9) + "-" + n.substring(9), p.ndc10(),
                p.ndcFormat(), p.gtin14(), p.name(), p.genericName(), p.strength(), p.dosageForm(), p.route(),
                p.labeler(), p.packageDescription(), name(p.marketingCategory()), name(p.deaSchedule()),
                name(p.deaScheduleSource()), p.therapeuticCategory(), name(p.pricingUnit()), p.nadacUnitPrice(),
                p.nadacAsOf(), p.source(), p.version(), p.updatedAt());
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }
}
