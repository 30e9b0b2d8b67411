package org.pharmadist.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The maintenance rules of {@link Product}: units replaced in one step, maintained values kept by imports. */
class ProductMaintenanceTest {

    private static final Instant T0 = Instant.parse("2026-11-01T10:00:00Z");

    private static Product product() {
        return Product.createManually(Ndc.parse("12345-678-90"), "TEST SALINE", MarketingCategory.OTC, "Labs", T0);
    }

    private static Map<UnitOfMeasure, BigDecimal> units(Object... unitAndFactor) {
        Map<UnitOfMeasure, BigDecimal> m = new LinkedHashMap<>();
        for (int i = 0; i < unitAndFactor.length; i += 2) {
            m.put((UnitOfMeasure) unitAndFactor[i], new BigDecimal((String) unitAndFactor[i + 1]));
        }
        return m;
    }

    @Test
    void maintainUnitsReplacesTheConversionsAndMayDropTheOldPurchaseUnit() {
        Product p = product();
        p.maintainUnits(units(UnitOfMeasure.BX, "30", UnitOfMeasure.CA, "360"), UnitOfMeasure.CA, UnitOfMeasure.BX);
        assertThat(p.stockUnitsPer(UnitOfMeasure.CA)).isEqualByComparingTo("360");
        assertThat(p.purchaseUnit()).isEqualTo(UnitOfMeasure.CA);

        p.maintainUnits(units(UnitOfMeasure.BX, "25"), UnitOfMeasure.BX, UnitOfMeasure.EA);
        assertThat(p.units()).extracting(ProductUnit::unit).containsExactly(UnitOfMeasure.BX);
        assertThat(p.stockUnitsPer(UnitOfMeasure.BX)).isEqualByComparingTo("25");
        assertThat(p.purchaseUnit()).isEqualTo(UnitOfMeasure.BX);
        assertThat(p.salesUnit()).isEqualTo(UnitOfMeasure.EA);
        assertThat(p.toWholeUnits(new Quantity(new BigDecimal("60"), UnitOfMeasure.EA), UnitOfMeasure.BX).converted().amount())
                .isEqualByComparingTo("3");
    }

    @Test
    void aPurchaseUnitWithoutConversionIsRefusedBeforeAnythingChanges() {
        Product p = product();
        p.maintainUnits(units(UnitOfMeasure.BX, "30"), UnitOfMeasure.BX, UnitOfMeasure.EA);
        assertThatThrownBy(() -> p.maintainUnits(units(UnitOfMeasure.CA, "12"), UnitOfMeasure.PK, UnitOfMeasure.EA))
                .isInstanceOf(UnitNotDefinedException.class);
        assertThat(p.units()).extracting(ProductUnit::unit).containsExactly(UnitOfMeasure.BX);
        assertThat(p.purchaseUnit()).isEqualTo(UnitOfMeasure.BX);
    }

    @Test
    void importFollowsTheReferenceTherapeuticCategoryOnlyUntilTheProductIsMaintained() {
        Product p = product();
        ProductRecord reference = new ProductRecord(Ndc.parse("12345-678-90"), "TEST SALINE 0.9%", null, null, null,
                null, "Labs", null, MarketingCategory.OTC, null, null, "Fluids (FDA)", null, null, null, "openfda-shortages");
        assertThat(p.applyReference(reference, T0.plusSeconds(1))).isTrue();
        assertThat(p.therapeuticCategory()).isEqualTo("Fluids (FDA)");

        p.setTherapeuticCategory("Electrolytes");
        p.setStockKeeping(StorageCondition.REFRIGERATED, 90, true, true);
        p.recordMaintenance("manager", T0.plusSeconds(2));
        assertThat(p.isMaintained()).isTrue();
        ProductRecord renamed = new ProductRecord(reference.ndc(), "TEST SALINE 0.9% NEW", null, null, null, null,
                "Labs", null, MarketingCategory.OTC, null, null, "Fluids (FDA, new)", null, null, null, "openfda-shortages");
        assertThat(p.applyReference(renamed, T0.plusSeconds(3))).isTrue();
        assertThat(p.name()).isEqualTo("TEST SALINE 0.9% NEW");
        assertThat(p.therapeuticCategory()).isEqualTo("Electrolytes");
        assertThat(p.storageCondition()).isEqualTo(StorageCondition.REFRIGERATED);
        assertThat(p.shelfLifeDays()).isEqualTo(90);
        assertThat(p.serialised()).isTrue();
        assertThat(p.maintainedBy()).isEqualTo("manager");
        // Same reference again: nothing changes.
        assertThat(p.applyReference(renamed, T0.plusSeconds(4))).isFalse();
    }
}
