package org.pharmadist.finance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.pharmadist.sales.domain.LineAmounts;
import org.pharmadist.sales.domain.ShipmentConfirmed;

/**
 * One invoice line: one shipped lot of one order line, as the shipment event carried it (product, NDC, lot, expiry,
 * quantity with unit, unit price scale 5, discount and tax rate in % scale 4, net and tax scale 2). Keeps what credit
 * notes already credited (quantity, net, tax), so that crediting the rest gives exactly the line's remaining amounts.
 */
@Entity
@Table(name = "finance_invoice_line")
public class InvoiceLine {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "finance_invoice_line_seq")
    @SequenceGenerator(name = "finance_invoice_line_seq", sequenceName = "finance_invoice_line_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "invoice_id", nullable = false)
    private Invoice invoice;

    @Column(name = "line_no", nullable = false)
    private int lineNo;

    @Column(name = "order_line_number", nullable = false)
    private int orderLineNumber;

    @Column(name = "product_id", nullable = false)
    private long productId;

    @Column(name = "ndc", nullable = false, length = 13)
    private String ndc;

    @Column(name = "product_name", nullable = false, length = 300)
    private String productName;

    @Column(name = "lot_id", nullable = false)
    private long lotId;

    @Column(name = "lot_number", nullable = false, length = 60)
    private String lotNumber;

    @Column(name = "expiry_date", nullable = false)
    private LocalDate expiryDate;

    @Column(name = "quantity", nullable = false, precision = 19, scale = 3)
    private BigDecimal quantity;

    @Column(name = "unit", nullable = false, length = 3)
    private String unit;

    @Column(name = "unit_price", nullable = false, precision = 19, scale = 5)
    private BigDecimal unitPrice;

    @Column(name = "discount_percent", nullable = false, precision = 7, scale = 4)
    private BigDecimal discountPercent;

    @Column(name = "tax_rate_percent", nullable = false, precision = 7, scale = 4)
    private BigDecimal taxRatePercent;

    @Column(name = "net_amount", nullable = false, precision = 19, scale = 2)
    private BigDecimal netAmount;

    @Column(name = "tax_amount", nullable = false, precision = 19, scale = 2)
    private BigDecimal taxAmount;

    @Column(name = "credited_quantity", nullable = false, precision = 19, scale = 3)
    private BigDecimal creditedQuantity;

    @Column(name = "credited_net", nullable = false, precision = 19, scale = 2)
    private BigDecimal creditedNet;

    @Column(name = "credited_tax", nullable = false, precision = 19, scale = 2)
    private BigDecimal creditedTax;

    protected InvoiceLine() {
    }

    InvoiceLine(Invoice invoice, int lineNo, ShipmentConfirmed.Line l) {
        this.invoice = invoice;
        this.lineNo = lineNo;
        this.orderLineNumber = l.orderLineNumber();
        this.productId = l.productId();
        this.ndc = l.ndc();
        this.productName = l.productName();
        this.lotId = l.lotId();
        this.lotNumber = l.lotNumber();
        this.expiryDate = l.expiryDate();
        this.quantity = l.quantity().setScale(3, LineAmounts.ROUNDING);
        this.unit = l.unit();
        this.unitPrice = LineAmounts.unitPrice(l.unitPrice());
        this.discountPercent = LineAmounts.percent(l.discountPercent());
        this.taxRatePercent = LineAmounts.percent(l.taxRatePercent());
        this.netAmount = LineAmounts.round(l.netAmount());
        this.taxAmount = LineAmounts.round(l.taxAmount());
        this.creditedQuantity = BigDecimal.ZERO.setScale(3);
        this.creditedNet = LineAmounts.money("0");
        this.creditedTax = LineAmounts.money("0");
    }

    /** Quantity not yet credited, scale 3. */
    public BigDecimal creditableQuantity() {
        return quantity.subtract(creditedQuantity);
    }

    /**
     * Credits a quantity of this line and answers the (positive) amounts credited: the money rules for that quantity
     * at this line's price, discount and tax, except that the credit completing the line takes exactly what is left,
     * so all credits of a line always add up to the line's amounts (no stray cent).
     *
     * @throws FinanceRuleViolation "credit-exceeds-invoiced" above the creditable quantity
     */
    public LineAmounts credit(BigDecimal qty, String field) {
        if (qty.signum() <= 0) {
            throw new FinanceRuleViolation("invalid-credit-quantity", field, "A credited quantity must be above 0.");
        }
        if (qty.compareTo(creditableQuantity()) > 0) {
            throw new FinanceRuleViolation("credit-exceeds-invoiced", field, "Invoice " + invoice.number() + " line " + lineNo
                    + " (" + ndc + ", lot " + lotNumber + ") has " + creditableQuantity().stripTrailingZeros().toPlainString()
                    + " " + unit + " left to credit; " + qty.stripTrailingZeros().toPlainString() + " " + unit + " cannot be credited.");
        }
        BigDecimal leftNet = netAmount.subtract(creditedNet);
        BigDecimal leftTax = taxAmount.subtract(creditedTax);
        BigDecimal net;
        BigDecimal tax;
        if (qty.compareTo(creditableQuantity()) == 0) {
            net = leftNet;
            tax = leftTax;
        } else {
            LineAmounts a = LineAmounts.of(qty, unitPrice, discountPercent, taxRatePercent);
            net = a.net().min(leftNet);
            tax = a.tax().min(leftTax);
        }
        creditedQuantity = creditedQuantity.add(qty);
        creditedNet = creditedNet.add(net);
        creditedTax = creditedTax.add(tax);
        return new LineAmounts(net, tax, net.add(tax));
    }

    public Long id() { return id; }
    public Invoice invoice() { return invoice; }
    public int lineNo() { return lineNo; }
    public int orderLineNumber() { return orderLineNumber; }
    public long productId() { return productId; }
    public String ndc() { return ndc; }
    public String productName() { return productName; }
    public long lotId() { return lotId; }
    public String lotNumber() { return lotNumber; }
    public LocalDate expiryDate() { return expiryDate; }
    public BigDecimal quantity() { return quantity; }
    public String unit() { return unit; }
    public BigDecimal unitPrice() { return unitPrice; }
    public BigDecimal discountPercent() { return discountPercent; }
    public BigDecimal taxRatePercent() { return taxRatePercent; }
    public BigDecimal netAmount() { return netAmount; }
    public BigDecimal taxAmount() { return taxAmount; }
    public BigDecimal creditedQuantity() { return creditedQuantity; }
}
