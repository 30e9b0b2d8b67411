package org.pharmadist.sales.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pharmadist.sales.domain.PricePrecedence.BreakCandidate;
import org.pharmadist.sales.domain.PricePrecedence.ContractCandidate;

/** Valid contract > price list with the best quantity break > no price. */
class PricePrecedenceTest {

    static final LocalDate DAY = LocalDate.of(2026, 6, 15);
    static final List<BreakCandidate> BREAKS = List.of(
            new BreakCandidate("WHOLESALE", new BigDecimal("1"), new BigDecimal("10.00")),
            new BreakCandidate("WHOLESALE", new BigDecimal("10"), new BigDecimal("9.50")),
            new BreakCandidate("WHOLESALE", new BigDecimal("100"), new BigDecimal("9.00")));
    static final ContractCandidate VIZ = new ContractCandidate("VIZ-2026", false, "Vizient", LocalDate.of(2026, 1, 1),
            LocalDate.of(2026, 12, 31), new BigDecimal("8.10"));

    @Test
    void aValidContractBeatsThePriceList() {
        PricedUnit p = PricePrecedence.choose(List.of(VIZ), BREAKS, new BigDecimal("500"), DAY).orElseThrow();
        assertThat(p.unitPrice()).isEqualByComparingTo("8.10").hasScaleOf(5);
        assertThat(p.source()).isEqualTo("GPO contract VIZ-2026 (valid to 2026-12-31)");
        assertThat(p.kind()).isEqualTo("CONTRACT");
    }

    @Test
    void aContractOutsideItsDatesDoesNotApplyAndValidityIsInclusive() {
        ContractCandidate expired = new ContractCandidate("VIZ-2025", false, "Vizient", LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 12, 31), new BigDecimal("1.00"));
        assertThat(PricePrecedence.choose(List.of(expired), BREAKS, BigDecimal.ONE, DAY).orElseThrow().source())
                .isEqualTo("price list WHOLESALE");
        assertThat(PricePrecedence.choose(List.of(VIZ), BREAKS, BigDecimal.ONE, LocalDate.of(2026, 12, 31)).orElseThrow().kind())
                .isEqualTo("CONTRACT");
        assertThat(PricePrecedence.choose(List.of(VIZ), BREAKS, BigDecimal.ONE, LocalDate.of(2027, 1, 1)).orElseThrow().kind())
                .isEqualTo("PRICE_LIST");
    }

    @Test
    void aCustomerContractBeatsAGpoContractEvenWhenDearer() {
        ContractCandidate own = new ContractCandidate("MAPLE-1", true, null, LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 6, 30), new BigDecimal("8.50"));
        PricedUnit p = PricePrecedence.choose(List.of(VIZ, own), BREAKS, BigDecimal.ONE, DAY).orElseThrow();
        assertThat(p.source()).isEqualTo("customer contract MAPLE-1 (valid to 2026-06-30)");
    }

    @Test
    void theBestApplicableQuantityBreakIsTheHighestMinimumNotAboveTheQuantity() {
        assertThat(PricePrecedence.choose(List.of(), BREAKS, new BigDecimal("9.999"), DAY).orElseThrow().unitPrice())
                .isEqualByComparingTo("10.00");
        PricedUnit ten = PricePrecedence.choose(List.of(), BREAKS, new BigDecimal("10"), DAY).orElseThrow();
        assertThat(ten.unitPrice()).isEqualByComparingTo("9.50");
        assertThat(ten.source()).isEqualTo("price list WHOLESALE break >= 10");
        assertThat(PricePrecedence.choose(List.of(), BREAKS, new BigDecimal("250"), DAY).orElseThrow().source())
                .isEqualTo("price list WHOLESALE break >= 100");
    }

    @Test
    void noContractAndNoListItemMeansNoPrice() {
        assertThat(PricePrecedence.choose(List.of(), List.of(), BigDecimal.ONE, DAY)).isEmpty();
        // a list whose smallest break is above the quantity gives no price either (nothing is invented)
        assertThat(PricePrecedence.choose(List.of(), List.of(BREAKS.get(2)), BigDecimal.ONE, DAY)).isEmpty();
    }
}
