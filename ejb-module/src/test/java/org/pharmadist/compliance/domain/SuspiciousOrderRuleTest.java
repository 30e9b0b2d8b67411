package org.pharmadist.compliance.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Hand-computed histories against the default thresholds (size x3, frequency x2, first-order cap 100, 180 days). */
class SuspiciousOrderRuleTest {

    private static final SuspiciousOrderRule RULE = new SuspiciousOrderRule(new BigDecimal("3"), new BigDecimal("2"),
            new BigDecimal("100"), 180);

    private static SuspiciousOrderRule.History history(long orders, String quantity, long recent) {
        return new SuspiciousOrderRule.History(orders, new BigDecimal(quantity), recent);
    }

    @Test
    void aLineAboveThreeTimesTheRollingAverageIsUnusualInSize() {
        // 6 orders, 120 EA in total: average 20 EA; 3 x 20 = 60
        assertThat(RULE.judge(new BigDecimal("60"), "EA", "hydromorphone", history(6, "120", 1))).isEmpty();
        assertThat(RULE.judge(new BigDecimal("61"), "EA", "hydromorphone", history(6, "120", 1)))
                .hasValue("61 EA of hydromorphone vs rolling 180-day average 20 EA per order x 3 (unusual size, 21 CFR 1301.74(b))");
    }

    @Test
    void averagesRoundHalfUpToThreeDecimals() {
        assertThat(history(3, "10", 0).averagePerOrder()).isEqualByComparingTo("3.333");
        assertThat(history(0, "0", 0).averagePerOrder()).isEqualByComparingTo("0");
        // 3 x 3.333 = 9.999: 10 is above it
        assertThat(RULE.judge(new BigDecimal("10"), "EA", "oxycodone", history(3, "10", 0))).isPresent();
    }

    @Test
    void tooManyOrdersInThirtyDaysIsUnusualInFrequency() {
        // 12 orders in 180 days: usual 2 per 30 days; x2 = 4; this order makes recent + 1
        assertThat(RULE.judge(new BigDecimal("5"), "EA", "amphetamine", history(12, "120", 3))).isEmpty();   // 4 recent
        assertThat(RULE.judge(new BigDecimal("5"), "EA", "amphetamine", history(12, "120", 4)))              // 5 recent
                .hasValue("5 orders of amphetamine in 30 days vs usual 2 per 30 days x 2 (unusual frequency, 21 CFR 1301.74(b))");
        // fewer than 3 recent orders are never unusual in frequency, however thin the history
        assertThat(RULE.judge(new BigDecimal("5"), "EA", "amphetamine", history(1, "5", 1))).isEmpty();
    }

    @Test
    void withoutHistoryOnlyTheFirstOrderCapApplies() {
        assertThat(RULE.judge(new BigDecimal("100"), "EA", "fentanyl", history(0, "0", 0))).isEmpty();
        assertThat(RULE.judge(new BigDecimal("100.5"), "EA", "fentanyl", history(0, "0", 0))).get().asString()
                .startsWith("100.5 EA of fentanyl with no order of it in the last 180 days: above the first-order cap of 100 EA");
    }

    @Test
    void thresholdsMustBePositiveAndTheWindowLongerThanThirtyDays() {
        assertThatThrownBy(() -> new SuspiciousOrderRule(BigDecimal.ZERO, BigDecimal.ONE, BigDecimal.TEN, 180))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SuspiciousOrderRule(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.TEN, 30))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
