package org.pharmadist.sales.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The money rules of sales documents. */
class LineAmountsTest {

    private static BigDecimal d(String text) {
        return new BigDecimal(text);
    }

    @Test
    void theReferenceExample16x348_35With4PercentDiscountAnd22PercentTax() {
        LineAmounts a = LineAmounts.of(d("16"), d("348.35"), d("4"), d("22"));
        assertThat(a.net()).isEqualByComparingTo("5350.66").hasScaleOf(2);
        assertThat(a.tax()).isEqualByComparingTo("1177.15").hasScaleOf(2);
        assertThat(a.total()).isEqualByComparingTo("6527.81");
        assertThat(a.net().toPlainString()).isEqualTo("5350.66");
    }

    @Test
    void negativeAmountsRoundSymmetricallyHalfUpOnTheAbsoluteValue() {
        assertThat(LineAmounts.round(d("-0.005"))).isEqualByComparingTo("-0.01");
        assertThat(LineAmounts.round(d("0.005"))).isEqualByComparingTo("0.01");
        assertThat(LineAmounts.round(d("-0.004"))).isEqualByComparingTo("0.00");
        assertThat(LineAmounts.of(d("-1"), d("0.005"), d("0"), d("0")).net()).isEqualByComparingTo("-0.01");
    }

    @Test
    void netIsRoundedOnceFromTheExactProductAndTaxFromTheRoundedNet() {
        // 3 x 0.333 = 0.999 -> 1.00; tax 10 % of 1.00 = 0.10 (not 10 % of 0.999 = 0.0999 -> 0.10 either way)
        LineAmounts a = LineAmounts.of(d("3"), d("0.333"), d("0"), d("10"));
        assertThat(a.net()).isEqualByComparingTo("1.00");
        // net 0.125 rounds to 0.13 (HALF_UP), tax 50 % of 0.13 = 0.065 -> 0.07 (from the rounded net)
        LineAmounts b = LineAmounts.of(d("1"), d("0.125"), d("0"), d("50"));
        assertThat(b.net()).isEqualByComparingTo("0.13");
        assertThat(b.tax()).isEqualByComparingTo("0.07");
    }

    @Test
    void documentTotalsAreSumsOfRoundedLines() {
        LineAmounts l1 = LineAmounts.of(d("1"), d("0.005"), d("0"), d("0")); // 0.01
        LineAmounts l2 = LineAmounts.of(d("1"), d("0.005"), d("0"), d("0")); // 0.01
        LineAmounts sum = LineAmounts.ZERO.plus(l1).plus(l2);
        assertThat(sum.net()).isEqualByComparingTo("0.02"); // rounding the sum of exact values would give 0.01
    }

    @Test
    void fullDiscountGivesZeroAndMoneyIsParsedFromText() {
        assertThat(LineAmounts.of(d("5"), d("10"), d("100"), d("22")).total()).isEqualByComparingTo("0.00");
        assertThat(LineAmounts.money("0.1")).isEqualTo(new BigDecimal("0.10"));
    }
}
