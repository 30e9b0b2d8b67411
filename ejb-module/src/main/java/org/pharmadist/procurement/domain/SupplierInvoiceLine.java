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

/** One billed line of a supplier invoice: quantity in the order line's purchase unit, unit price scale 5. */
@Entity
@Table(name = "supplier_invoice_line")
@Audited
public class SupplierInvoiceLine {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "supplier_invoice_line_seq")
    @SequenceGenerator(name = "supplier_invoice_line_seq", sequenceName = "supplier_invoice_line_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "supplier_invoice_id", nullable = false)
    private SupplierInvoice invoice;

    @Column(name = "line_number", nullable = false)
    private int lineNumber;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "purchase_order_line_id", nullable = false)
    private PurchaseOrderLine orderLine;

    @Column(name = "quantity", nullable = false, precision = 19, scale = Quantity.SCALE)
    private BigDecimal quantity;

    @Enumerated(EnumType.STRING)
    @Column(name = "unit", nullable = false, length = 3)
    private UnitOfMeasure unit;

    @Column(name = "unit_price", nullable = false, precision = 19, scale = Product.UNIT_PRICE_SCALE)
    private BigDecimal unitPrice;

    @Column(name = "line_amount", nullable = false, precision = 19, scale = PurchaseOrderLine.AMOUNT_SCALE)
    private BigDecimal lineAmount;

    protected SupplierInvoiceLine() {
        // JPA
    }

    SupplierInvoiceLine(SupplierInvoice invoice, int lineNumber, PurchaseOrderLine orderLine, BigDecimal quantity,
            BigDecimal unitPrice) {
        this.invoice = invoice;
        this.lineNumber = lineNumber;
        this.orderLine = orderLine;
        this.quantity = quantity.setScale(Quantity.SCALE, RoundingMode.HALF_UP);
        this.unit = orderLine.unit();
        this.unitPrice = unitPrice.setScale(Product.UNIT_PRICE_SCALE, RoundingMode.HALF_UP);
        this.lineAmount = PurchaseOrderLine.amount(this.quantity, this.unitPrice);
    }

    public Long id() { return id; }
    public SupplierInvoice invoice() { return invoice; }
    public int lineNumber() { return lineNumber; }
    public PurchaseOrderLine orderLine() { return orderLine; }
    public BigDecimal quantity() { return quantity; }
    public UnitOfMeasure unit() { return unit; }
    public BigDecimal unitPrice() { return unitPrice; }
    public BigDecimal lineAmount() { return lineAmount; }
}
