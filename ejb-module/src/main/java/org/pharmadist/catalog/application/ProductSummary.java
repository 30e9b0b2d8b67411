package org.pharmadist.catalog.application;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * A product as list screens and list endpoints show it (a projection read in one query).
 *
 * @param id                internal id (the keyset tie-breaker; not an API identifier)
 * @param ndc11             11-digit HIPAA NDC, e.g. "00338042418"
 * @param ndc10             10-digit segmented NDC as the labeler printed it, e.g. "0338-0424-18"; null when unknown
 * @param gtin14            GTIN-14 derived from the 10-digit NDC; null when the 10-digit form is unknown
 * @param name              product (brand or description) name
 * @param genericName       non-proprietary name
 * @param strength          e.g. "25 MCG"
 * @param dosageForm        e.g. "TABLET"
 * @param labeler           labeler or manufacturer
 * @param marketingCategory "RX" or "OTC"
 * @param deaSchedule       "CII".."CV", null when not controlled
 * @param pricingUnit       NADAC pricing unit "EA", "ML" or "GM"
 * @param nadacUnitPrice    NADAC USD per pricing unit, scale 5; null when none published
 * @param storageCondition  ROOM_TEMPERATURE, REFRIGERATED or FROZEN (USP &lt;659&gt;)
 * @param status            ACTIVE or DISCONTINUED
 * @param stockUnit         unit stock is counted in (ASC X12 element 355 code, usually EA)
 */
public record ProductSummary(long id, String ndc11, String ndc10, String gtin14, String name, String genericName,
        String strength, String dosageForm, String labeler, String marketingCategory, String deaSchedule,
        String pricingUnit, BigDecimal nadacUnitPrice, String storageCondition, String status, String stockUnit)
        implements Serializable {
}
