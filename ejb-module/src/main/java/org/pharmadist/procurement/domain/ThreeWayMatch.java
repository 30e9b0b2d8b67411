package org.pharmadist.procurement.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.pharmadist.catalog.domain.Quantity;
import org.pharmadist.catalog.domain.UnitOfMeasure;

/**
 * The three-way match of a supplier invoice: each invoice line against its purchase-order line (price and
 * ordered quantity) and the goods received on that line (quantity). Pure rules, no persistence.
 *
 * <p>Rules per invoice line, quantities in the order line's purchase unit:
 * <ol>
 *   <li>price: |invoiced unit price - ordered unit cost| must be within {@code pricePercent} % of the ordered
 *       unit cost (a zero ordered cost tolerates no difference);</li>
 *   <li>received: invoiced quantity plus what earlier invoices already billed on the line must not exceed the
 *       received quantity by more than {@code quantityPercent} % of it;</li>
 *   <li>ordered: the same total must not exceed the ordered quantity by more than {@code quantityPercent} %.</li>
 * </ol>
 * An invoice that bills less than received is no mismatch (partial invoicing).
 *
 * @param pricePercent    price tolerance in percent, e.g. 0.5; not negative
 * @param quantityPercent quantity tolerance in percent, e.g. 0; not negative
 */
public record ThreeWayMatch(BigDecimal pricePercent, BigDecimal quantityPercent) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public ThreeWayMatch {
        Objects.requireNonNull(pricePercent, "pricePercent");
        Objects.requireNonNull(quantityPercent, "quantityPercent");
        if (pricePercent.signum() < 0 || quantityPercent.signum() < 0) {
            throw new IllegalArgumentException("match tolerances must not be negative");
        }
    }

    /**
     * One invoice line with what it is matched against.
     *
     * @param label               how messages name the line, e.g. "line 2 NDC 0002-8215-01"
     * @param unit                purchase unit of the order line
     * @param orderedQuantity     ordered on the PO line
     * @param orderedUnitCost     unit cost on the PO line, scale 5
     * @param receivedQuantity    received on the PO line so far
     * @param earlierInvoiced     billed on the PO line by earlier invoices
     * @param invoicedQuantity    billed by this invoice line
     * @param invoicedUnitPrice   unit price on this invoice line, scale 5
     */
    public record Line(String label, UnitOfMeasure unit, BigDecimal orderedQuantity, BigDecimal orderedUnitCost,
            BigDecimal receivedQuantity, BigDecimal earlierInvoiced, BigDecimal invoicedQuantity,
            BigDecimal invoicedUnitPrice) { }

    /** The mismatches of all lines, in line order; empty when the invoice matches. */
    public List<String> mismatches(List<Line> lines) {
        List<String> out = new ArrayList<>();
        for (Line l : lines) {
            out.addAll(mismatches(l));
        }
        return out;
    }

    /** The mismatches of one line (price first, then quantities), e.g. "line 2 NDC 00002-8215-01: invoiced 3 BX, received 2 BX". */
    public List<String> mismatches(Line l) {
        List<String> out = new ArrayList<>();
        BigDecimal priceDiff = l.invoicedUnitPrice().subtract(l.orderedUnitCost());
        BigDecimal allowedPriceDiff = l.orderedUnitCost().multiply(pricePercent).divide(HUNDRED, 10, RoundingMode.HALF_UP);
        if (priceDiff.abs().compareTo(allowedPriceDiff) > 0) {
            String percent = l.orderedUnitCost().signum() == 0 ? ""
                    : " (" + (priceDiff.signum() > 0 ? "+" : "") + priceDiff.multiply(HUNDRED)
                            .divide(l.orderedUnitCost(), 2, RoundingMode.HALF_UP).toPlainString() + " %, tolerance "
                            + pricePercent.stripTrailingZeros().toPlainString() + " %)";
            out.add(l.label() + ": invoiced price " + money(l.invoicedUnitPrice()) + " per " + l.unit().name()
                    + ", ordered at " + money(l.orderedUnitCost()) + percent);
        }
        BigDecimal billed = l.invoicedQuantity().add(l.earlierInvoiced());
        String billedText = q(l.invoicedQuantity(), l.unit())
                + (l.earlierInvoiced().signum() > 0 ? " (plus " + q(l.earlierInvoiced(), l.unit()) + " on earlier invoices)" : "");
        if (billed.compareTo(withTolerance(l.receivedQuantity())) > 0) {
            out.add(l.label() + ": invoiced " + billedText + ", received " + q(l.receivedQuantity(), l.unit()));
        }
        if (billed.compareTo(withTolerance(l.orderedQuantity())) > 0) {
            out.add(l.label() + ": invoiced " + billedText + ", ordered " + q(l.orderedQuantity(), l.unit()));
        }
        return out;
    }

    private BigDecimal withTolerance(BigDecimal quantity) {
        return quantity.add(quantity.multiply(quantityPercent).divide(HUNDRED, 10, RoundingMode.HALF_UP));
    }

    private static String q(BigDecimal amount, UnitOfMeasure unit) {
        return new Quantity(amount, unit).toString();
    }

    private static String money(BigDecimal amount) {
        BigDecimal stripped = amount.stripTrailingZeros();
        return (stripped.scale() < 2 ? amount.setScale(2, RoundingMode.HALF_UP) : stripped).toPlainString();
    }
}
