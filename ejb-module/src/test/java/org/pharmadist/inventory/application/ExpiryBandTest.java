package org.pharmadist.inventory.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.pharmadist.inventory.domain.SellableRule;

/** The expiry band agrees with the sellable rule's expiry and the near-expiry report's horizon at their edges. */
class ExpiryBandTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 10, 1);

    private static ExpiryBand band(LocalDate expiry, int horizon) {
        return ExpiryBand.of(SellableRule.remainingShelfLifeDays(expiry, TODAY), horizon);
    }

    @Test
    void expiredOnlyAfterTheExpiryDayAsTheSellableRuleSays() {
        assertThat(band(TODAY.minusDays(1), 90)).isEqualTo(ExpiryBand.EXPIRED);
        assertThat(SellableRule.isExpired(TODAY.minusDays(1), TODAY)).isTrue();
        assertThat(band(TODAY, 90)).isEqualTo(ExpiryBand.NEAR_EXPIRY);
        assertThat(SellableRule.isExpired(TODAY, TODAY)).isFalse();
    }

    @Test
    void nearExpiryUpToAndIncludingTheHorizonDay() {
        assertThat(band(TODAY.plusDays(90), 90)).isEqualTo(ExpiryBand.NEAR_EXPIRY);
        assertThat(band(TODAY.plusDays(91), 90)).isEqualTo(ExpiryBand.IN_DATE);
        assertThat(band(TODAY.plusDays(10), 0)).isEqualTo(ExpiryBand.IN_DATE);
        assertThat(band(TODAY, 0)).isEqualTo(ExpiryBand.NEAR_EXPIRY);
        assertThat(band(null, 90)).isEqualTo(ExpiryBand.NO_EXPIRY);
    }
}
