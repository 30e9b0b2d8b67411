package org.pharmadist.catalog.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One drug package as read from public reference data (openFDA shortages, CMS NADAC), before it becomes
 * a {@link Product}. Immutable; nullable fields are null when the sources do not say.
 *
 * @param ndc package NDC; its 10-digit form and GTIN are present only when the source gave the 10-digit form
 * @param name brand name (FDA) or NADAC description, never blank
 * @param genericName FDA generic name, or null (NADAC gives none)
 * @param strength e.g. "25 MCG", "10 mg/1 mL", or null when not clearly stated
 * @param dosageForm e.g. "Tablet", "TABLET", or null
 * @param route e.g. "ORAL", "INTRAMUSCULAR;INTRAVENOUS", or null
 * @param labeler labeler or manufacturer name, or null
 * @param packageDescription FDA shortage "presentation" text, or null
 * @param marketingCategory RX or OTC, never null
 * @param deaSchedule DEA schedule, or null when none is known
 * @param deaScheduleSource where {@code deaSchedule} came from; null exactly when {@code deaSchedule} is null
 * @param therapeuticCategory FDA shortage therapeutic category (e.g. "Anesthesia"), or null
 * @param pricingUnit NADAC pricing unit, or null when there is no NADAC price
 * @param nadacUnitPrice NADAC USD per pricing unit, scale 5, &gt;= 0, or null
 * @param nadacAsOf NADAC effective date, or null
 * @param source data sources, e.g. "openfda-shortages", "cms-nadac", "openfda-shortages+cms-nadac"
 */
public record ProductRecord(
        Ndc ndc,
        String name,
        String genericName,
        String strength,
        String dosageForm,
        String route,
        String labeler,
        String packageDescription,
        MarketingCategory marketingCategory,
        DeaSchedule deaSchedule,
        DeaScheduleSource deaScheduleSource,
        String therapeuticCategory,
        PricingUnit pricingUnit,
        BigDecimal nadacUnitPrice,
        LocalDate nadacAsOf,
        String source) {

    /** Scale of {@link #nadacUnitPrice()} (NADAC publishes 5 decimals). */
    public static final int PRICE_SCALE = 5;

    /**
     * Checks the invariants and brings the price to scale 5.
     *
     * @throws NullPointerException when ndc, name, marketingCategory or source is null
     * @throws IllegalArgumentException when name or source is blank, schedule and its source are not both
     *         set or both null, or the price is negative or has more than 5 decimals
     */
    public ProductRecord {
        Objects.requireNonNull(ndc, "ndc");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(marketingCategory, "marketingCategory");
        Objects.requireNonNull(source, "source");
        if (name.isBlank()) {
            throw new IllegalArgumentException("product " + ndc + " has a blank name");
        }
        if (source.isBlank()) {
            throw new IllegalArgumentException("product " + ndc + " has a blank source");
        }
        if ((deaSchedule == null) != (deaScheduleSource == null)) {
            throw new IllegalArgumentException("product " + ndc + ": DEA schedule and its source must be given together");
        }
        if (nadacUnitPrice != null) {
            if (nadacUnitPrice.signum() < 0) {
                throw new IllegalArgumentException("product " + ndc + ": NADAC price " + nadacUnitPrice + " is negative");
            }
            try {
                nadacUnitPrice = nadacUnitPrice.setScale(PRICE_SCALE, RoundingMode.UNNECESSARY);
            } catch (ArithmeticException e) {
                throw new IllegalArgumentException("product " + ndc + ": NADAC price " + nadacUnitPrice
                        + " has more than " + PRICE_SCALE + " decimals", e);
            }
        }
    }

    /** True when a DEA schedule is known (listed or derived). */
    public boolean isControlled() {
        return deaSchedule != null;
    }
}
