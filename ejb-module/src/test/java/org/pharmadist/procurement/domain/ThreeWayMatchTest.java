package org.pharmadist.procurement.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pharmadist.catalog.domain.UnitOfMeasure;

/** The three-way match rules: price within tolerance, invoiced against received and ordered quantities. */
class ThreeWayMatchTest {

    private final ThreeWayMatch standard = new ThreeWayMatch(new BigDecimal("0.5"), BigDecimal.ZERO);

    private static ThreeWayMatch.Line line(String ordered, String cost, String received, String earlier, String invoiced,
            String price) {
        return new ThreeWayMatch.Line("line 2 NDC 00002-8215-01", UnitOfMeasure.BX, new BigDecimal(ordered),
                new BigDecimal(cost), new BigDecimal(received), new BigDecimal(earlier), new BigDecimal(invoiced),
                new BigDecimal(price));
    }

    @Test
    void exactInvoiceMatches() {
        assertThat(standard.mismatches(List.of(line("2", "100.00000", "2", "0", "2", "100.00000")))).isEmpty();
    }

    @Test
    void invoicingLessThanReceivedIsPartialInvoicingNotAMismatch() {
        assertThat(standard.mismatches(line("4", "100", "3", "0", "2", "100"))).isEmpty();
    }

    @Test
    void invoicedMoreThanReceived() {
        assertThat(standard.mismatches(line("3", "100", "2", "0", "3", "100")))
                .containsExactly("line 2 NDC 00002-8215-01: invoiced 3 BX, received 2 BX");
    }

    @Test
    void invoicedMoreThanOrderedAndReceived() {
        assertThat(standard.mismatches(line("2", "100", "2", "0", "3", "100"))).containsExactly(
                "line 2 NDC 00002-8215-01: invoiced 3 BX, received 2 BX",
                "line 2 NDC 00002-8215-01: invoiced 3 BX, ordered 2 BX");
    }

    @Test
    void earlierInvoicesCount() {
        assertThat(standard.mismatches(line("4", "100", "4", "3", "2", "100"))).containsExactly(
                "line 2 NDC 00002-8215-01: invoiced 2 BX (plus 3 BX on earlier invoices), received 4 BX",
                "line 2 NDC 00002-8215-01: invoiced 2 BX (plus 3 BX on earlier invoices), ordered 4 BX");
    }

    @Test
    void priceWithinHalfAPercentMatchesBeyondItDoesNot() {
        assertThat(standard.mismatches(line("2", "100", "2", "0", "2", "100.50"))).isEmpty();
        assertThat(standard.mismatches(line("2", "100", "2", "0", "2", "99.50"))).isEmpty();
        assertThat(standard.mismatches(line("2", "100", "2", "0", "2", "100.51"))).containsExactly(
                "line 2 NDC 00002-8215-01: invoiced price 100.51 per BX, ordered at 100.00 (+0.51 %, tolerance 0.5 %)");
        assertThat(standard.mismatches(line("2", "12.34567", "2", "0", "2", "12.00000"))).containsExactly(
                "line 2 NDC 00002-8215-01: invoiced price 12.00 per BX, ordered at 12.34567 (-2.80 %, tolerance 0.5 %)");
    }

    @Test
    void quantityToleranceIsConfigurable() {
        ThreeWayMatch lenient = new ThreeWayMatch(BigDecimal.ZERO, new BigDecimal("10"));
        assertThat(lenient.mismatches(line("10", "1", "10", "0", "11", "1"))).isEmpty();
        assertThat(lenient.mismatches(line("10", "1", "10", "0", "12", "1"))).hasSize(2);
        assertThat(lenient.mismatches(line("10", "1", "10", "0", "10", "1.00001"))).hasSize(1);
        assertThatThrownBy(() -> new ThreeWayMatch(new BigDecimal("-1"), BigDecimal.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
