package org.pharmadist.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ProductRecordTest {

    private static ProductRecord record(String name, DeaSchedule schedule, DeaScheduleSource source, BigDecimal price) {
        return new ProductRecord(Ndc.parse("00378180010"), name, null, "25 MCG", "TABLET", null, null, null,
                MarketingCategory.RX, schedule, source, null, PricingUnit.EA, price, LocalDate.of(2025, 12, 24), "cms-nadac");
    }

    @Test
    void priceIsKeptExactlyAtScaleFive() {
        ProductRecord r = record("LEVOTHYROXINE 25 MCG TABLET", null, null, new BigDecimal("0.0395"));

        assertThat(r.nadacUnitPrice()).isEqualByComparingTo("0.0395");
        assertThat(r.nadacUnitPrice().scale()).isEqualTo(5);
        assertThat(r.nadacUnitPrice().toPlainString()).isEqualTo("0.03950");
        assertThat(r.isControlled()).isFalse();
    }

    @Test
    void priceWithMoreThanFiveDecimalsOrNegativeIsRefused() {
        assertThatThrownBy(() -> record("X", null, null, new BigDecimal("0.039481")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("more than 5 decimals");
        assertThatThrownBy(() -> record("X", null, null, new BigDecimal("-0.01")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("negative");
    }

    @Test
    void scheduleAndItsSourceGoTogether() {
        assertThat(record("X", DeaSchedule.CII, DeaScheduleSource.DERIVED_FROM_SUBSTANCE, null).isControlled()).isTrue();
        assertThatThrownBy(() -> record("X", DeaSchedule.CII, null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("together");
        assertThatThrownBy(() -> record("X", null, DeaScheduleSource.LABELER_LISTING, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("together");
    }

    @Test
    void nameIsRequired() {
        assertThatThrownBy(() -> record(" ", null, null, null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("blank name");
        assertThatThrownBy(() -> record(null, null, null, null)).isInstanceOf(NullPointerException.class);
    }
}
