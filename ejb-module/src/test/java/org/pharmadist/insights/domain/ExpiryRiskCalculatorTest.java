package org.pharmadist.insights.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pharmadist.insights.domain.ExpiryRiskCalculator.LotRisk;
import org.pharmadist.insights.domain.ExpiryRiskCalculator.LotStock;

class ExpiryRiskCalculatorTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private final ExpiryRiskCalculator calculator = new ExpiryRiskCalculator(180, 45);

    @Test
    void lotsAreConsumedInFefoOrderAtTheForecastRate() {
        // rate 2/day. Passed out of order; FEFO: A (expires in 9 days), B (19), C (199).
        // A: sells on 10 days (today .. expiry) -> 20 of 30 sell, 10 at risk, 9 days left -> DISCOUNT
        // B: demand of its 20 selling days = 40, of which A took 20 -> 20 of 50 sell, 30 at risk -> DISCOUNT
        // C: 2 * 200 - 40 = 360 >= 100 -> all sells, not listed
        List<LotRisk> risks = calculator.assess(List.of(
                lot(3, "C", 199, "100"), lot(1, "A", 9, "30"), lot(2, "B", 19, "50")), 2, TODAY);
        assertThat(risks).extracting(LotRisk::lotNumber).containsExactly("A", "B");
        assertThat(risks.get(0).sellableQuantity()).isEqualByComparingTo("20");
        assertThat(risks.get(0).atRiskQuantity()).isEqualByComparingTo("10");
        assertThat(risks.get(0).daysToExpiry()).isEqualTo(9);
        assertThat(risks.get(0).action()).isEqualTo(ExpiryAction.DISCOUNT);
        assertThat(risks.get(1).sellableQuantity()).isEqualByComparingTo("20");
        assertThat(risks.get(1).atRiskQuantity()).isEqualByComparingTo("30");
    }

    @Test
    void anEarlierLotThatSellsOutLeavesTheRestOfTheDemandToTheNext() {
        // rate 3/day. A: 12 units, expires in 9 days (capacity 30) -> sells out, no risk.
        // B: 50 units, expires in 14 days: 3 * 15 - 12 = 33 sell, 17 at risk.
        List<LotRisk> risks = calculator.assess(List.of(lot(1, "A", 9, "12"), lot(2, "B", 14, "50")), 3, TODAY);
        assertThat(risks).singleElement().satisfies(r -> {
            assertThat(r.lotNumber()).isEqualTo("B");
            assertThat(r.sellableQuantity()).isEqualByComparingTo("33");
            assertThat(r.atRiskQuantity()).isEqualByComparingTo("17");
        });
    }

    @Test
    void theActionFollowsTheDaysToExpiry() {
        // No demand: everything is at risk. 200 days >= 180 -> RETURN_TO_SUPPLIER; 180 -> RETURN_TO_SUPPLIER;
        // 179 and 45 -> REDISTRIBUTE; 44 -> DISCOUNT. A lot without expiry never is at risk.
        List<LotRisk> risks = calculator.assess(List.of(lot(1, "R1", 200, "5"), lot(2, "R2", 180, "5"),
                lot(3, "D1", 179, "5"), lot(4, "D2", 45, "5"), lot(5, "X", 44, "5"),
                new LotStock(6, "NOEXP", null, new BigDecimal("5"))), 0, TODAY);
        assertThat(risks).extracting(LotRisk::lotNumber, LotRisk::action).containsExactly(
                org.assertj.core.groups.Tuple.tuple("X", ExpiryAction.DISCOUNT),
                org.assertj.core.groups.Tuple.tuple("D2", ExpiryAction.REDISTRIBUTE),
                org.assertj.core.groups.Tuple.tuple("D1", ExpiryAction.REDISTRIBUTE),
                org.assertj.core.groups.Tuple.tuple("R2", ExpiryAction.RETURN_TO_SUPPLIER),
                org.assertj.core.groups.Tuple.tuple("R1", ExpiryAction.RETURN_TO_SUPPLIER));
        assertThat(risks).allSatisfy(r -> assertThat(r.atRiskQuantity()).isEqualByComparingTo("5"));
    }

    private static LotStock lot(long id, String number, int daysToExpiry, String quantity) {
        return new LotStock(id, number, TODAY.plusDays(daysToExpiry), new BigDecimal(quantity));
    }
}
