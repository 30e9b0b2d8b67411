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
import org.pharmadist.catalog.domain.Quantity;
import org.pharmadist.catalog.domain.UnitOfMeasure;

/** One returned quantity of one shipped lot (a {@link ShipmentLine}), and where it was booked back into stock. */
@Entity
@Table(name = "sales_return_line")
public class CustomerReturnLine {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sales_return_line_seq")
    @SequenceGenerator(name = "sales_return_line_seq", sequenceName = "sales_return_line_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "return_id", nullable = false)
    private CustomerReturn customerReturn;

    @Column(name = "shipment_line_id", nullable = false)
    private long shipmentLineId;

    @Column(name = "order_line_no", nullable = false)
    private int orderLineNo;

    @Column(name = "product_id", nullable = false)
    private long productId;

    @Column(name = "lot_id", nullable = false)
    private long lotId;

    @Column(name = "lot_number", nullable = false, length = 40)
    private String lotNumber;

    @Column(name = "quantity", nullable = false, precision = 19, scale = Quantity.SCALE)
    private BigDecimal quantity;

    @Enumerated(EnumType.STRING)
    @Column(name = "unit", nullable = false, length = 3)
    private UnitOfMeasure unit;

    @Column(name = "stock_quantity", nullable = false, precision = 19, scale = Quantity.SCALE)
    private BigDecimal stockQuantity;

    @Column(name = "location_id", nullable = false)
    private long locationId;

    @Column(name = "movement_id", nullable = false)
    private long movementId;

    protected CustomerReturnLine() {
    }

    CustomerReturnLine(CustomerReturn r, ShipmentLine shipped, Quantity quantity, Quantity stockQuantity,
            long locationId, long movementId) {
        this.customerReturn = r;
        this.shipmentLineId = shipped.id();
        this.orderLineNo = shipped.orderLineNo();
        this.productId = shipped.productId();
        this.lotId = shipped.lotId();
        this.lotNumber = shipped.lotNumber();
        this.quantity = quantity.amount();
        this.unit = quantity.unit();
        this.stockQuantity = stockQuantity.amount();
        this.locationId = locationId;
        this.movementId = movementId;
    }

    public Long id() { return id; }
    public long shipmentLineId() { return shipmentLineId; }
    public int orderLineNo() { return orderLineNo; }
    public long productId() { return productId; }
    public long lotId() { return lotId; }
    public String lotNumber() { return lotNumber; }
    public Quantity quantity() { return new Quantity(quantity, unit); }
    public BigDecimal stockQuantity() { return stockQuantity; }
    public long locationId() { return locationId; }
    public long movementId() { return movementId; }
}
