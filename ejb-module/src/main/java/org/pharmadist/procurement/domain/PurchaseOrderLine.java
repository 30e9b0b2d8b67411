package org.pharmadist.procurement.domain;

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
import org.hibernate.envers.Audited;
import org.pharmadist.catalog.domain.Product;
import org.pharmadist.catalog.domain.Quantity;
import org.pharmadist.catalog.domain.UnitOfMeasure;
import org.pharmadist.catalog.domain.WholeUnitConversion;

/**
 * One product on a purchase order, ordered in whole units of the product's purchase unit (e.g. 2 BX). The size
 * of the purchase unit in stock units is fixed on the line when it is added, so later catalog changes do not
 * change what was ordered. Unit cost per purchase unit scale 5; line amount = quantity x unit cost, scale 2,
 * HALF_UP.
 */
@Entity
@Table(name = "purchase_order_line")
@Audited
public class PurchaseOrderLine {

    /** Scale of document amounts. */
    public static final int AMOUNT_SCALE = 2;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "purchase_order_line_seq")
    @SequenceGenerator(name = "purchase_order_line_seq", sequenceName = "purchase_order_line_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "purchase_order_id", nullable = false)
    private PurchaseOrder purchaseOrder;

    @Column(name = "line_number", nullable = false)
    private int lineNumber;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "product_id", nullable = false)
    private Product product;

    @Column(name = "requested_quantity", nullable = false, precision = 19, scale = Quantity.SCALE)
    private BigDecimal requestedQuantity;

    @Enumerated(EnumType.STRING)
    @Column(name = "requested_unit", nullable = false, length = 3)
    private UnitOfMeasure requestedUnit;

    @Column(name = "quantity", nullable = false, precision = 19, scale = Quantity.SCALE)
    private BigDecimal quantity;

    @Enumerated(EnumType.STRING)
    @Column(name = "unit", nullable = false, length = 3)
    private UnitOfMeasure unit;

    @Column(name = "stock_units_per_unit", nullable = false, precision = 19, scale = Quantity.SCALE)
    private BigDecimal stockUnitsPerUnit;

    @Column(name = "unit_cost", nullable = false, precision = 19, scale = Product.UNIT_PRICE_SCALE)
    private BigDecimal unitCost;

    @Column(name = "line_amount", nullable = false, precision = 19, scale = AMOUNT_SCALE)
    private BigDecimal lineAmount;

    @Column(name = "received_quantity", nullable = false, precision = 19, scale = Quantity.SCALE)
    private BigDecimal receivedQuantity = BigDecimal.ZERO.setScale(Quantity.SCALE);

    protected PurchaseOrderLine() {
        // JPA
    }

    PurchaseOrderLine(PurchaseOrder order, int lineNumber, Product product, WholeUnitConversion conversion,
            BigDecimal unitCost) {
        this.purchaseOrder = order;
        this.lineNumber = lineNumber;
        this.product = product;
        this.requestedQuantity = conversion.requested().amount();
        this.requestedUnit = conversion.requested().unit();
        this.quantity = conversion.converted().amount();
        this.unit = conversion.converted().unit();
        this.stockUnitsPerUnit = product.stockUnitsPer(unit);
        this.unitCost = unitCost.setScale(Product.UNIT_PRICE_SCALE, RoundingMode.HALF_UP);
        this.lineAmount = amount(quantity, this.unitCost);
    }

    /** quantity x unit price, scale 2, HALF_UP. */
    public static BigDecimal amount(BigDecimal quantity, BigDecimal unitPrice) {
        return quantity.multiply(unitPrice).setScale(AMOUNT_SCALE, RoundingMode.HALF_UP);
    }

    /**
     * Books a receipt against the line.
     *
     * @param received quantity in this line's unit, scale 3, greater than zero
     * @throws ProcurementRuleViolation "over-receipt" when it would take the received total beyond the ordered
     *         quantity
     */
    void receive(BigDecimal received) {
        BigDecimal total = receivedQuantity.add(received);
        if (total.compareTo(quantity) > 0) {
            throw new ProcurementRuleViolation("over-receipt", "quantity", label() + ": receiving "
                    + new Quantity(received, unit) + " would exceed the ordered " + new Quantity(quantity, unit) + " ("
                    + new Quantity(receivedQuantity, unit) + " already received, " + new Quantity(openQuantity(), unit)
                    + " open)");
        }
        receivedQuantity = total.setScale(Quantity.SCALE, RoundingMode.HALF_UP);
    }

    /** "line 2 NDC 0002-8215-01", the way mismatch and refusal messages name a line. */
    public String label() {
        return "line " + lineNumber + " NDC " + ndc(product);
    }

    /** The product's 10-digit NDC when known, else its hyphenated 11-digit NDC. */
    public static String ndc(Product p) {
        if (p.ndc10() != null) {
            return p.ndc10();
        }
        String n = p.ndc11();
        return n.substring(0, 5) + "-" + n.substring(5, 9) + "-" + n.substring(9);
    }

    /** Ordered minus received, in this line's unit. */
    public BigDecimal openQuantity() {
        return quantity.subtract(receivedQuantity);
    }

    /** True when the whole ordered quantity has been received. */
    public boolean isFullyReceived() {
        return receivedQuantity.compareTo(quantity) >= 0;
    }

    /** Ordered quantity in the product's stock unit. */
    public BigDecimal quantityInStockUnits() {
        return quantity.multiply(stockUnitsPerUnit).setScale(Quantity.SCALE, RoundingMode.HALF_UP);
    }

    /** Cost per stock unit, scale 5, HALF_UP (unit cost / stock units per purchase unit). */
    public BigDecimal unitCostPerStockUnit() {
        return unitCost.divide(stockUnitsPerUnit, Product.UNIT_PRICE_SCALE, RoundingMode.HALF_UP);
    }

    public Long id() { return id; }
    public PurchaseOrder purchaseOrder() { return purchaseOrder; }
    public int lineNumber() { return lineNumber; }
    public Product product() { return product; }
    /** The quantity the user asked for, before rounding up to whole purchase units. */
    public Quantity requested() { return new Quantity(requestedQuantity, requestedUnit); }
    /** Ordered quantity in whole purchase units, scale 3. */
    public BigDecimal quantity() { return quantity; }
    public UnitOfMeasure unit() { return unit; }
    /** Size of one {@link #unit()} in stock units at the time the line was added, scale 3. */
    public BigDecimal stockUnitsPerUnit() { return stockUnitsPerUnit; }
    /** Cost per purchase unit, scale 5. */
    public BigDecimal unitCost() { return unitCost; }
    /** quantity x unit cost, scale 2. */
    public BigDecimal lineAmount() { return lineAmount; }
    /** Received so far, in this line's unit, scale 3. */
    public BigDecimal receivedQuantity() { return receivedQuantity; }
}
