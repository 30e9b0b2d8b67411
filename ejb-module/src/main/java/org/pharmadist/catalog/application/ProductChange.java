package org.pharmadist.catalog.application;

import java.io.Serializable;
import java.util.List;

/**
 * The maintainable fields of a product, all of them (a full replacement), with the version the user started
 * from. Enumerated values are text so that an unknown one is reported against its field.
 *
 * @param version                 {@link ProductDetail#version()} as read before editing; required
 * @param therapeuticCategory     free text up to {@value ProductMaintenanceService#THERAPEUTIC_CATEGORY_MAX} characters,
 *                                e.g. "Endocrinology"; null or blank clears it
 * @param storageCondition        ROOM_TEMPERATURE, REFRIGERATED or FROZEN (USP &lt;659&gt;); required
 * @param shelfLifeDays           shelf life from manufacture in days, &gt; 0; null when unknown
 * @param serialised              each package carries a DSCSA product identifier (21 U.S.C. 360eee(14)); required
 * @param qualityReleaseRequired  received lots wait in quarantine for a quality release; required
 * @param status                  ACTIVE or DISCONTINUED; required
 * @param purchaseUnit            unit on purchase orders: the stock unit or one of {@code units}; required
 * @param salesUnit               unit on sales documents: the stock unit or one of {@code units}; required
 * @param units                   conversions of every unit other than the stock unit; units not listed are removed;
 *                                null means none
 */
public record ProductChange(Long version, String therapeuticCategory, String storageCondition, Integer shelfLifeDays,
        Boolean serialised, Boolean qualityReleaseRequired, String status, String purchaseUnit, String salesUnit,
        List<UnitConversion> units) implements Serializable {

    /** The same change based on another version (e.g. the version from an HTTP If-Match header). */
    public ProductChange withVersion(Long otherVersion) {
        return new ProductChange(otherVersion, therapeuticCategory, storageCondition, shelfLifeDays, serialised,
                qualityReleaseRequired, status, purchaseUnit, salesUnit, units);
    }
}
