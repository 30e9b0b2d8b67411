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
import java.math.RoundingMode;
import org.pharmadist.catalog.domain.Quantity;
import org.pharmadist.catalog.domain.UnitOfMeasure;

/**
 * One line of a {@link SalesOrder}: product, quantity in the line's unit (usually the sales unit) and, converted
 * exactly, in the stock unit; unit price per the line's unit (scale 5) with its source, frozen at confirmation
 * (a price given by the user is never replaced); discount and tax rate in % (scale 4); the {@link LineAmounts};
 * and the fulfilment in STOCK units: allocated (reserved, not shipped), backordered (waiting for stock) and shipped.
 * Invariant: allocated + backordered + shipped &lt;= stock quantity.
 */
@Entity
@org.hibernate.envers.Audited
@Table(name = "sales_order_line")
public class SalesOrderLine {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sales_order_line_seq")
    @SequenceGenerator(name = "sales_order_line_seq", sequenceName = "sales_order_line_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "order_id", nullable = false)
    private SalesOrder order;

    @Column(name = "line_no", nullable = false)
    private int lineNo;

    @Column(name = "product_id", nullable = false)
    private long productId;

    @Column(name = "quantity", nullable = false, precision = 19, scale = Quantity.SCALE)
    private BigDecimal quantity;

    @Enumerated(EnumType.STRING)
    @Column(name = "unit", nullable = false, length = 3)
    private UnitOfMeasure unit;

    @Column(name = "stock_quantity", nullable = false, precision = 19, scale = Quantity.SCALE)
    private BigDecimal stockQuantity;

    @Enumerated(EnumType.STRING)
    @Column(name = "stock_unit", nullable = false, length = 3)
    private UnitOfMeasure stockUnit;

    @Column(name = "unit_price", nullable = false, precision = 19, scale = LineAmounts.UNIT_PRICE_SCALE)
    private BigDecimal unitPrice;

    @Column(name = "price_source", nullable = false, length = 200)
    private String priceSource;

    @Column(name = "price_given", nullable = false)
    private boolean priceGiven;

    @Column(name = "discount_percent", nullable = false, precision = 7, scale = LineAmounts.PERCENT_SCALE)
    private BigDecimal discountPercent;

    @Column(name = "tax_rate_percent", nullable = false, precision = 7, scale = LineAmounts.PERCENT_SCALE)
    private BigDecimal taxRatePercent;

    @Column(name = "net_amount", nullable = false, precision = 19, scale = LineAmounts.MONEY_SCALE)
    private BigDecimal netAmount;

    @Column(name = "tax_amount", nullable = false, precision = 19, scale = LineAmounts.MONEY_SCALE)
    private BigDecimal taxAmount;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private OrderLineStatus status;

    @Column(name = "allocated_quantity", nullable = false, precision = 19, scale = Quantity.SCALE)
    private BigDecimal allocatedQuantity;

    @Column(name = "backordered_quantity", nullable = false, precision = 19, scale = Quantity.SCALE)
    private BigDecimal backorderedQuantity;

    @Column(name = "shipped_quantity", nullable = false, precision = 19, scale = Quantity.SCALE)
    private BigDecimal shippedQuantity;

    protected SalesOrderLine() {
    }

    SalesOrderLine(SalesOrder order, int lineNo, long productId, Quantity quantity, Quantity inStockUnits,
            PricedUnit price, boolean priceGiven, BigDecimal discountPercent, BigDecimal taxRatePercent) {
        this.order = order;
        this.lineNo = lineNo;
        this.productId = productId;
        this.quantity = quantity.amount().setScale(Quantity.SCALE, RoundingMode.HALF_UP);
        this.unit = quantity.unit();
        this.stockQuantity = inStockUnits.amount().setScale(Quantity.SCALE, RoundingMode.HALF_UP);
        this.stockUnit = inStockUnits.unit();
        this.priceGiven = priceGiven;
        this.discountPercent = LineAmounts.percent(discountPercent);
        this.taxRatePercent = LineAmounts.percent(taxRatePercent);
        this.status = OrderLineStatus.OPEN;
        BigDecimal zero = BigDecimal.ZERO.setScale(Quantity.SCALE);
        this.allocatedQuantity = zero;
        this.backorderedQuantity = zero;
        this.shippedQuantity = zero;
        price(price);
    }

    /** Replaces the price (DRAFT, only when the user gave none) and recomputes the amounts. */
    void reprice(PricedUnit price) {
        if (!priceGiven) {
            price(price);
        }
    }

    private void price(PricedUnit price) {
        this.unitPrice = LineAmounts.unitPrice(price.unitPrice());
        this.priceSource = price.source();
        LineAmounts a = amounts();
        this.netAmount = a.net();
        this.taxAmount = a.tax();
    }

    /**
     * Records an allocation attempt for the quantity not yet reserved nor shipped: {@code allocated} more stock units
     * were reserved, the rest of the unreserved quantity is backordered.
     */
    public void allocated(BigDecimal allocated) {
        allocatedQuantity = allocatedQuantity.add(allocated);
        backorderedQuantity = stockQuantity.subtract(shippedQuantity).subtract(allocatedQuantity).max(BigDecimal.ZERO);
        status = backorderedQuantity.signum() > 0 ? OrderLineStatus.BACKORDERED : OrderLineStatus.ALLOCATED;
    }

    /** The reserved quantity left the warehouse (stock units). */
    public void shipped(BigDecimal stockUnits) {
        shippedQuantity = shippedQuantity.add(stockUnits);
        allocatedQuantity = allocatedQuantity.subtract(stockUnits).max(BigDecimal.ZERO);
        if (shippedQuantity.compareTo(stockQuantity) >= 0) {
            status = OrderLineStatus.SHIPPED;
            backorderedQuantity = backorderedQuantity.min(BigDecimal.ZERO).setScale(Quantity.SCALE);
        } else {
            status = backorderedQuantity.signum() > 0 ? OrderLineStatus.BACKORDERED : OrderLineStatus.ALLOCATED;
        }
    }

    void hold() {
        status = OrderLineStatus.ON_HOLD;
    }

    /** A line hold released: the line waits for allocation again. */
    void unhold() {
        if (status == OrderLineStatus.ON_HOLD) {
            status = OrderLineStatus.OPEN;
        }
    }

    /** Cancels what is not shipped (the caller releases the reservations). */
    void cancel() {
        allocatedQuantity = BigDecimal.ZERO.setScale(Quantity.SCALE);
        backorderedQuantity = BigDecimal.ZERO.setScale(Quantity.SCALE);
        status = shippedQuantity.signum() > 0 && shippedQuantity.compareTo(stockQuantity) >= 0 ? OrderLineStatus.SHIPPED
                : OrderLineStatus.CANCELLED;
    }

    /** The demand reference of this line at inventory: order number "/" line number, e.g. "SO-2026-000051/2". */
    public String demandReference() {
        return order.number() + "/" + lineNo;
    }

    /** A quantity in stock units expressed in the line's unit (scale 3, HALF_UP). */
    public BigDecimal inLineUnit(BigDecimal stockUnits) {
        if (stockQuantity.compareTo(quantity) == 0) {
            return stockUnits.setScale(Quantity.SCALE, RoundingMode.HALF_UP);
        }
        return stockUnits.multiply(quantity).divide(stockQuantity, Quantity.SCALE, RoundingMode.HALF_UP);
    }

    /** Stock units still to ship and not yet reserved (the allocation demand). */
    public BigDecimal unreserved() {
        return stockQuantity.subtract(shippedQuantity).subtract(allocatedQuantity).max(BigDecimal.ZERO);
    }

    /** True while the line still has something to ship (not shipped, not cancelled). */
    public boolean isOpen() {
        return status != OrderLineStatus.SHIPPED && status != OrderLineStatus.CANCELLED;
    }

    /** The line's amounts by the money rules, for the whole quantity. */
    public LineAmounts amounts() {
        return LineAmounts.of(quantity, unitPrice, discountPercent, taxRatePercent);
    }

    /** Amounts of {@code stockUnits} of this line, at the frozen price: what a shipment of them is worth. */
    public LineAmounts amountsFor(BigDecimal stockUnits) {
        if (stockUnits.compareTo(stockQuantity) == 0) {
            return amounts();
        }
        return LineAmounts.of(inLineUnit(stockUnits), unitPrice, discountPercent, taxRatePercent);
    }

    /** Value still open for credit exposure: the amounts of the quantity not shipped (zero when cancelled). */
    public LineAmounts openAmounts() {
        if (status == OrderLineStatus.CANCELLED) {
            return LineAmounts.ZERO;
        }
        BigDecimal open = stockQuantity.subtract(shippedQuantity);
        if (open.signum() <= 0) {
            return LineAmounts.ZERO;
        }
        return amountsFor(open);
    }

    public SalesOrder order() { return order; }
    public Long id() { return id; }
    public int lineNo() { return lineNo; }
    public long productId() { return productId; }
    public Quantity quantity() { return new Quantity(quantity, unit); }
    public Quantity stockQuantity() { return new Quantity(stockQuantity, stockUnit); }
    public UnitOfMeasure stockUnit() { return stockUnit; }
    public BigDecimal unitPrice() { return unitPrice; }
    public String priceSource() { return priceSource; }
    public boolean priceGiven() { return priceGiven; }
    public BigDecimal discountPercent() { return discountPercent; }
    public BigDecimal taxRatePercent() { return taxRatePercent; }
    public BigDecimal netAmount() { return netAmount; }
    public BigDecimal taxAmount() { return taxAmount; }
    public OrderLineStatus status() { return status; }
    public BigDecimal allocatedQuantity() { return allocatedQuantity; }
    public BigDecimal backorderedQuantity() { return backorderedQuantity; }
    public BigDecimal shippedQuantity() { return shippedQuantity; }
}
