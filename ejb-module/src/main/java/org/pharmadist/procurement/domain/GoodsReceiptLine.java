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
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.hibernate.envers.Audited;
import org.pharmadist.catalog.domain.Product;
import org.pharmadist.catalog.domain.Quantity;
import org.pharmadist.catalog.domain.UnitOfMeasure;

/**
 * One received lot of one purchase-order line: quantity in the line's purchase unit and in stock units, the
 * manufacturer's lot number and expiry date (mandatory for prescription products, DSCSA 21 U.S.C. 360eee), the
 * serial numbers of serialised packages, the put-away location, and what inventory booked (lot, status,
 * ledger entry).
 */
@Entity
@Table(name = "goods_receipt_line")
@Audited
public class GoodsReceiptLine {

    /**
     * Values of a new line.
     *
     * @param orderLine     the purchase-order line received against
     * @param locationId    put-away location (inventory id)
     * @param lotNumber     manufacturer's lot, null for products without one
     * @param expiryDate    expiry date, null for products without one
     * @param quantity      in the order line's unit, scale 3
     * @param stockQuantity in the product's stock unit, scale 3
     * @param serialNumbers one per package of a serialised product, else empty
     */
    public record Data(PurchaseOrderLine orderLine, long locationId, String lotNumber, LocalDate expiryDate,
            BigDecimal quantity, BigDecimal stockQuantity, List<String> serialNumbers) { }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "goods_receipt_line_seq")
    @SequenceGenerator(name = "goods_receipt_line_seq", sequenceName = "goods_receipt_line_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "goods_receipt_id", nullable = false)
    private GoodsReceipt goodsReceipt;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "purchase_order_line_id", nullable = false)
    private PurchaseOrderLine orderLine;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "product_id", nullable = false)
    private Product product;

    @Column(name = "location_id", nullable = false)
    private long locationId;

    @Column(name = "lot_number", length = 20)
    private String lotNumber;

    @Column(name = "expiry_date")
    private LocalDate expiryDate;

    @Column(name = "quantity", nullable = false, precision = 19, scale = Quantity.SCALE)
    private BigDecimal quantity;

    @Enumerated(EnumType.STRING)
    @Column(name = "unit", nullable = false, length = 3)
    private UnitOfMeasure unit;

    @Column(name = "quantity_stock", nullable = false, precision = 19, scale = Quantity.SCALE)
    private BigDecimal quantityStock;

    @Column(name = "serial_numbers", columnDefinition = "text")
    private String serialNumbers;

    @Column(name = "lot_id")
    private Long lotId;

    @Column(name = "stock_status", length = 20)
    private String stockStatus;

    @Column(name = "stock_movement_id")
    private Long stockMovementId;

    protected GoodsReceiptLine() {
        // JPA
    }

    GoodsReceiptLine(GoodsReceipt receipt, Data d) {
        this.goodsReceipt = receipt;
        this.orderLine = d.orderLine();
        this.product = d.orderLine().product();
        this.locationId = d.locationId();
        this.lotNumber = d.lotNumber();
        this.expiryDate = d.expiryDate();
        this.quantity = d.quantity();
        this.unit = d.orderLine().unit();
        this.quantityStock = d.stockQuantity();
        this.serialNumbers = d.serialNumbers() == null || d.serialNumbers().isEmpty() ? null
                : String.join("\n", d.serialNumbers());
    }

    /** Records what inventory booked for this line. */
    public void booked(long lotId, String stockStatus, long movementId) {
        this.lotId = lotId;
        this.stockStatus = stockStatus;
        this.stockMovementId = movementId;
    }

    public Long id() { return id; }
    public GoodsReceipt goodsReceipt() { return goodsReceipt; }
    public PurchaseOrderLine orderLine() { return orderLine; }
    public Product product() { return product; }
    public long locationId() { return locationId; }
    public String lotNumber() { return lotNumber; }
    public LocalDate expiryDate() { return expiryDate; }
    /** Received quantity in the order line's unit, scale 3. */
    public BigDecimal quantity() { return quantity; }
    public UnitOfMeasure unit() { return unit; }
    /** Received quantity in the product's stock unit, scale 3. */
    public BigDecimal quantityStock() { return quantityStock; }
    /** Serial numbers, empty for non-serialised products. */
    public List<String> serialNumbers() {
        return serialNumbers == null ? List.of() : Arrays.asList(serialNumbers.split("\n"));
    }
    /** Inventory lot id, once booked. */
    public Long lotId() { return lotId; }
    /** Lot status of the booked stock (e.g. QUARANTINE), once booked. */
    public String stockStatus() { return stockStatus; }
    public Long stockMovementId() { return stockMovementId; }
}
