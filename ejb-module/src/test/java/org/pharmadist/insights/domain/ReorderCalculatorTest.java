package org.pharmadist.insights.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ReorderCalculatorTest {

    @Test
    void normalQuantilesOfCommonServiceLevels() {
        // Standard normal table: 0.5 -> 0, 0.95 -> 1.644854, 0.99 -> 2.326348, 0.01 -> -2.326348, 0.999 -> 3.090232
        assertThat(NormalQuantile.of(0.5)).isCloseTo(0.0, within(1e-9));
        assertThat(NormalQuantile.of(0.95)).isCloseTo(1.644854, within(1e-6));
        assertThat(NormalQuantile.of(0.99)).isCloseTo(2.326348, within(1e-6));
        assertThat(NormalQuantile.of(0.01)).isCloseTo(-2.326348, within(1e-6));
        assertThat(NormalQuantile.of(0.999)).isCloseTo(3.090232, within(1e-6));
    }

    @Test
    void reorderPointSafetyStockAndCoverDaysOrder() {
        // rate 5/day, sigma 2/day, L = 9 days, 95 % (z = 1.644854), cover 10 days, position 30:
        // SS = 1.644854 * 2 * sqrt(9) = 9.869124 -> 9.869; ROP = 5*9 + 9.869124 = 54.869;
        // S = 54.869124 + 5*10 = 104.869; position 30 <= ROP -> Q = ceil(104.869124 - 30) = 75
        ReorderCalculator.Reorder r = ReorderCalculator.compute(5, 2, 9, 0.95, 10, new BigDecimal("30"));
        assertThat(r.safetyStock()).isEqualByComparingTo("9.869");
        assertThat(r.reorderPoint()).isEqualByComparingTo("54.869");
        assertThat(r.orderUpTo()).isEqualByComparingTo("104.869");
        assertThat(r.orderQuantity()).isEqualByComparingTo("75");
        assertThat(r.orderQuantity().scale()).isEqualTo(3);
    }

    @Test
    void noOrderWhileThePositionIsAboveTheReorderPoint() {
        // Same figures, position 60 > ROP 54.869 -> Q = 0
        assertThat(ReorderCalculator.compute(5, 2, 9, 0.95, 10, new BigDecimal("60")).orderQuantity()).isZero();
        // ... and position exactly at the ROP (54.869) orders: ceil(104.869124 - 54.869) = ceil(50.000124) = 51
        assertThat(ReorderCalculator.compute(5, 2, 9, 0.95, 10, new BigDecimal("54.869")).orderQuantity())
                .isEqualByComparingTo("51");
    }

    @Test
    void withoutDemandNothingIsOrdered() {
        ReorderCalculator.Reorder r = ReorderCalculator.compute(0, 0, 7, 0.95, 30, BigDecimal.ZERO);
        assertThat(r.reorderPoint()).isZero();
        assertThat(r.orderQuantity()).isZero();
    }
}
