package org.pharmadist.catalog.application;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.pharmadist.catalog.domain.Product;

/**
 * Everything the catalog knows about one product.
 *
 * @param ndc11                  11-digit HIPAA NDC
 * @param ndc11Hyphenated        5-4-2 form with hyphens, e.g. "00338-0424-18"
 * @param ndc10                  10-digit segmented NDC, null when unknown
 * @param ndcFormat              "4-4-2", "5-3-2" or "5-4-1"; null when unknown
 * @param gtin14                 GTIN-14, null when not derivable
 * @param deaScheduleSource      "LABELER_LISTING" or "DERIVED_FROM_SUBSTANCE"; null when not controlled
 * @param therapeuticCategory    from the FDA shortage data until a user maintains the product, then the user's
 * @param nadacUnitPrice         USD per pricing unit, scale 5
 * @param nadacAsOf              NADAC effective date
 * @param source                 which reference files the record came from, or "manual"
 * @param version                optimistic-lock version, to send back with changes (REST: also the ETag)
 * @param updatedAt              last change (UTC)
 * @param storageCondition       ROOM_TEMPERATURE, REFRIGERATED or FROZEN (USP &lt;659&gt;)
 * @param shelfLifeDays          shelf life from manufacture in days; null when unknown
 * @param status                 ACTIVE or DISCONTINUED
 * @param serialised             packages carry a DSCSA product identifier (21 U.S.C. 360eee(14))
 * @param qualityReleaseRequired received lots wait in quarantine for a quality release
 * @param stockUnit              unit stock is counted in (ASC X12 element 355 code, usually EA)
 * @param purchaseUnit           unit on purchase orders
 * @param salesUnit              unit on sales documents
 * @param units                  conversions of the units other than the stock unit, by unit code; factor scale 3
 * @param maintainedBy           who last saved the maintainable fields ("demo-data" for demo values); null if never
 * @param maintainedAt           when (UTC); null if never
 * @param id                     the product's id, as other documents and the insights name it ({@code productId})
 */
public record ProductDetail(String ndc11, String ndc11Hyphenated, String ndc10, String ndcFormat, String gtin14,
        String name, String genericName, String strength, String dosageForm, String route, String labeler,
        String packageDescription, String marketingCategory, String deaSchedule, String deaScheduleSource,
        String therapeuticCategory, String pricingUnit, BigDecimal nadacUnitPrice, LocalDate nadacAsOf,
        String source, long version, Instant updatedAt, String storageCondition, Integer shelfLifeDays,
        String status, boolean serialised, boolean qualityReleaseRequired, String stockUnit, String purchaseUnit,
        String salesUnit, List<UnitConversion> units, String maintainedBy, Instant maintainedAt, long id)
        implements Serializable {

    static ProductDetail of(Product p) {
        String n = p.ndc11();
        List<UnitConversion> units = p.units().stream()
                .map(u -> new UnitConversion(u.unit().name(), u.stockUnitsPerUnit())).toList();
        return new ProductDetail(n, n.substring(0, 5) + "-" + n.substring(5, 9) + "-" + n.substring(9), p.ndc10(),
                p.ndcFormat(), p.gtin14(), p.name(), p.genericName(), p.strength(), p.dosageForm(), p.route(),
                p.labeler(), p.packageDescription(), name(p.marketingCategory()), name(p.deaSchedule()),
                name(p.deaScheduleSource()), p.therapeuticCategory(), name(p.pricingUnit()), p.nadacUnitPrice(),
                p.nadacAsOf(), p.source(), p.version(), p.updatedAt(), name(p.storageCondition()), p.shelfLifeDays(),
                name(p.status()), p.serialised(), p.qualityReleaseRequired(), name(p.stockUnit()),
                name(p.purchaseUnit()), name(p.salesUnit()), List.copyOf(units), p.maintainedBy(), p.maintainedAt(), p.id());
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }
}
