package org.pharmadist.sales.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which price applies, documented precedence:
 * <ol>
 * <li>a customer or GPO contract price valid on the pricing date (from/to inclusive, company time zone); among
 * several, a contract naming the customer beats a GPO contract, then the lowest price, then the contract code;</li>
 * <li>else the customer's price list, with the best applicable quantity break: the item with the highest minimum
 * quantity not above the ordered quantity (in sales units);</li>
 * <li>else no price: the caller refuses (422 naming the product); a price is never invented.</li>
 * </ol>
 */
public final class PricePrecedence {

    private PricePrecedence() {
    }

    /** A contract price candidate. */
    public record ContractCandidate(String contractCode, boolean forCustomer, String gpo, LocalDate validFrom,
            LocalDate validTo, BigDecimal unitPrice) {

        boolean validOn(LocalDate day) {
            return !day.isBefore(validFrom) && !day.isAfter(validTo);
        }
    }

    /** A price-list item candidate (one quantity break). */
    public record BreakCandidate(String priceListCode, BigDecimal minQuantity, BigDecimal unitPrice) { }

    /**
     * The price that applies, or empty when none does.
     *
     * @param contracts     contract prices for the product that concern this customer (its own or its GPO's)
     * @param breaks        items of the customer's price list for the product
     * @param salesQuantity ordered quantity in sales units
     * @param day           pricing date in the company time zone
     */
    public static Optional<PricedUnit> choose(List<ContractCandidate> contracts, List<BreakCandidate> breaks,
            BigDecimal salesQuantity, LocalDate day) {
        Optional<ContractCandidate> contract = contracts.stream().filter(c -> c.validOn(day))
                .min(Comparator.comparing((ContractCandidate c) -> !c.forCustomer())
                        .thenComparing(ContractCandidate::unitPrice).thenComparing(ContractCandidate::contractCode));
        if (contract.isPresent()) {
            ContractCandidate c = contract.get();
            String what = c.forCustomer() ? "customer contract " : "GPO contract ";
            return Optional.of(new PricedUnit(LineAmounts.unitPrice(c.unitPrice()),
                    what + c.contractCode() + " (valid to " + c.validTo() + ")", "CONTRACT", c.contractCode()));
        }
        Optional<BreakCandidate> best = breaks.stream().filter(b -> b.minQuantity().compareTo(salesQuantity) <= 0)
                .max(Comparator.comparing(BreakCandidate::minQuantity));
        return best.map(b -> new PricedUnit(LineAmounts.unitPrice(b.unitPrice()), "price list " + b.priceListCode()
                + (b.minQuantity().compareTo(BigDecimal.ONE) > 0 ? " break >= " + b.minQuantity().stripTrailingZeros().toPlainString() : ""),
                "PRICE_LIST", b.priceListCode()));
    }
}
