package org.pharmadist.inventory.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SellableRuleTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 10, 1);

    @Test
    void sellableThroughTheExpiryDateAndNotTheDayAfter() {
        assertThat(SellableRule.isSellable(LotStatus.AVAILABLE, TODAY, TODAY)).isTrue();
        assertThat(SellableRule.isSellable(LotStatus.AVAILABLE, TODAY.minusDays(1), TODAY)).isFalse();
        assertThat(SellableRule.isSellable(LotStatus.AVAILABLE, TODAY.plusDays(1), TODAY)).isTrue();
        assertThat(SellableRule.isExpired(TODAY, TODAY)).isFalse();
        assertThat(SellableRule.isExpired(TODAY.minusDays(1), TODAY)).isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = LotStatus.class, names = "AVAILABLE", mode = EnumSource.Mode.EXCLUDE)
    void blockedStatusesAreNeverSellable(LotStatus status) {
        assertThat(SellableRule.isSellable(status, TODAY.plusYears(2), TODAY)).isFalse();
        assertThat(new Lot(1, "L", TODAY.plusYears(2), null, TODAY, status).isSellableOn(TODAY)).isFalse();
    }

    @Test
    void minimumShelfLifeIsRemainingDaysAtLeastTheNeed() {
        assertThat(SellableRule.remainingShelfLifeDays(TODAY.plusDays(90), TODAY)).isEqualTo(90L);
        assertThat(SellableRule.isSellable(LotStatus.AVAILABLE, TODAY.plusDays(90), TODAY, 90)).isTrue();
        assertThat(SellableRule.isSellable(LotStatus.AVAILABLE, TODAY.plusDays(89), TODAY, 90)).isFalse();
        assertThat(SellableRule.remainingShelfLifeDays(TODAY.minusDays(2), TODAY)).isEqualTo(-2L);
        assertThat(SellableRule.remainingShelfLifeDays(null, TODAY)).isNull();
    }

    @Test
    void aLotWithoutExpiryNeverExpires() {
        assertThat(SellableRule.isSellable(LotStatus.AVAILABLE, null, TODAY, 3650)).isTrue();
    }

    @Test
    void aRecalledOrExpiredLotCannotBeMadeAvailable() {
        Lot lot = new Lot(1, "L", TODAY, null, TODAY, LotStatus.RECALLED);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> lot.changeStatus(LotStatus.AVAILABLE))
                .isInstanceOf(IllegalStateException.class);
    }
}
