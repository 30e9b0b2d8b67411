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
import java.time.LocalDate;
import org.pharmadist.catalog.domain.Quantity;
import org.pharmadist.catalog.domain.UnitOfMeasure;

/**
 * One pick of a {@link Shipment}: an order line's reserved quantity in one lot and location (the reservation it
 * follows), in the order line's unit (scale 3) and in the stock unit.
 */
@Entity
@Table(name = "sales_shipment_line")
public class ShipmentLine {

    /** What to pick: order line, reservation, lot, location and quantity. */
    public record Pick(long orderLineId, int orderLineNo, long productId, long reservationId, long lotId,
            String lotNumber, LocalDate expiryDate, long locationId, String warehouseCode, String locationCode,
            Quantity quantity, Quantity stockQuantity) { }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sales_shipment_line_seq")
    @SequenceGenerator(name = "sales_shipment_line_seq", sequenceName = "sales_shipment_line_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "shipment_id", nullable = false)
    private Shipment shipment;

    @Column(name = "order_line_id", nullable = false)
    private long orderLineId;

    @Column(name = "order_line_no", nullable = false)
    private int orderLineNo;

    @Column(name = "product_id", nullable = false)
    private long productId;

    @Column(name = "reservation_id", nullable = false)
    private long reservationId;

    @Column(name = "lot_id", nullable = false)
    private long lotId;

    @Column(name = "lot_number", nullable = false, length = 40)
    private String lotNumber;

    @Column(name = "expiry_date")
    private LocalDate expiryDate;

    @Column(name = "location_id", nullable = false)
    private long locationId;

    @Column(name = "warehouse_code", nullable = false, length = 20)
    private String warehouseCode;

    @Column(name = "location_code", nullable = false, length = 30)
    private String locationCode;

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

    protected ShipmentLine() {
    }

    ShipmentLine(Shipment shipment, Pick p) {
        this.shipment = shipment;
        this.orderLineId = p.orderLineId();
        this.orderLineNo = p.orderLineNo();
        this.productId = p.productId();
        this.reservationId = p.reservationId();
        this.lotId = p.lotId();
        this.lotNumber = p.lotNumber();
        this.expiryDate = p.expiryDate();
        this.locationId = p.locationId();
        this.warehouseCode = p.warehouseCode();
        this.locationCode = p.locationCode();
        this.quantity = p.quantity().amount();
        this.unit = p.quantity().unit();
        this.stockQuantity = p.stockQuantity().amount();
        this.stockUnit = p.stockQuantity().unit();
    }

    public Long id() { return id; }
    public Shipment shipment() { return shipment; }
    public long orderLineId() { return orderLineId; }
    public int orderLineNo() { return orderLineNo; }
    public long productId() { return productId; }
    public long reservationId() { return reservationId; }
    public long lotId() { return lotId; }
    public String lotNumber() { return lotNumber; }
    public LocalDate expiryDate() { return expiryDate; }
    public long locationId() { return locationId; }
    public String warehouseCode() { return warehouseCode; }
    public String locationCode() { return locationCode; }
    public Quantity quantity() { return new Quantity(quantity, unit); }
    public Quantity stockQuantity() { return new Quantity(stockQuantity, stockUnit); }
}
