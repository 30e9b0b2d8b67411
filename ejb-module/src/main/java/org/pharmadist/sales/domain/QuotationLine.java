package org.pharmadist.sales.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.hibernate.envers.Audited;
import org.pharmadist.catalog.domain.Quantity;
import org.pharmadist.catalog.domain.UnitOfMeasure;

/**
 * One line of a {@link Quotation}: product, quantity with its unit, unit price per that unit (scale 5) with the
 * source it came from, line discount and tax rate in percent (scale 4), and the amounts of {@link LineAmounts}.
 */
@Entity
@Table(name = "sales_quotation_line")
@Audited
public class QuotationLine {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sales_quotation_line_seq")
    @SequenceGenerator(name = "sales_quotation_line_seq", sequenceName = "sales_quotation_line_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "quotation_id", nullable = false)
    private Quotation quotation;

    @Column(name = "line_no", nullable = false)
    private int lineNo;

    @Column(name = "product_id", nullable = false)
    private long productId;

    @Column(name = "quantity", nullable = false, precision = 19, scale = Quantity.SCALE)
    private BigDecimal quantity;

    @Enumerated(EnumType.STRING)
    @Column(name = "unit", nullable = false, length = 3)
    private UnitOfMeasure unit;

    @Column(name = "unit_price", nullable = false, precision = 19, scale = LineAmounts.UNIT_PRICE_SCALE)
    private BigDecimal unitPrice;

    @Column(name = "price_source", nullable = false, length = 200)
    private String priceSource;

    @Column(name = "discount_percent", nullable = false, precision = 7, scale = LineAmounts.PERCENT_SCALE)
    private BigDecimal discountPercent;

    @Column(name = "tax_rate_percent", nullable = false, precision = 7, scale = LineAmounts.PERCENT_SCALE)
    private BigDecimal taxRatePercent;

    @Column(name = "net_amount", nullable = false, precision = 19, scale = LineAmounts.MONEY_SCALE)
    private BigDecimal netAmount;

    @Column(name = "tax_amount", nullable = false, precision = 19, scale = LineAmounts.MONEY_SCALE)
    private BigDecimal taxAmount;

    protected QuotationLine() {
    }

    QuotationLine(Quotation quotation, int lineNo, long productId, Quantity quantity, PricedUnit price,
            BigDecimal discountPercent, BigDecimal taxRatePercent) {
        this.quotation = quotation;
        this.lineNo = lineNo;
        this.productId = productId;
        change(quantity, price, discountPercent, taxRatePercent);
    }

    final void change(Quantity quantity, PricedUnit price, BigDecimal discountPercent, BigDecimal taxRatePercent) {
        this.quantity = quantity.amount();
        this.unit = quantity.unit();
        this.discountPercent = LineAmounts.percent(discountPercent);
        this.taxRatePercent = LineAmounts.percent(taxRatePercent);
        reprice(price);
    }

    final void reprice(PricedUnit price) {
        this.unitPrice = LineAmounts.unitPrice(price.unitPrice());
        this.priceSource = price.source();
        LineAmounts a = amounts();
        this.netAmount = a.net();
        this.taxAmount = a.tax();
    }

    /** The line's amounts by the money rules. */
    public LineAmounts amounts() {
        return LineAmounts.of(quantity, unitPrice, discountPercent, taxRatePercent);
    }

    public Long id() { return id; }
    public int lineNo() { return lineNo; }
    public long productId() { return productId; }
    public Quantity quantity() { return new Quantity(quantity, unit); }
    public BigDecimal unitPrice() { return unitPrice; }
    public String priceSource() { return priceSource; }
    public BigDecimal discountPercent() { return discountPercent; }
    public BigDecimal taxRatePercent() { return taxRatePercent; }
    public BigDecimal netAmount() { return netAmount; }
    public BigDecimal taxAmount() { return taxAmount; }
}
