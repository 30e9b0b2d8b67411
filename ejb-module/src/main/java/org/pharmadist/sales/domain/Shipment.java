package org.pharmadist.sales.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.pharmadist.platform.errors.ConflictException;

/**
 * A shipment of a sales order: created from the order's allocated lines (one {@link ShipmentLine} per order line,
 * lot and location, following the FEFO reservations: the pick list), OPEN until confirmed, then SHIPPED (the stock
 * has left; finance invoices it in the same transaction). Number "SH-" year "-" id (6 digits).
 */
@Entity
@Table(name = "sales_shipment")
public class Shipment {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sales_shipment_seq")
    @SequenceGenerator(name = "sales_shipment_seq", sequenceName = "sales_shipment_seq", allocationSize = 50)
    private Long id;

    @Column(name = "number", nullable = false, unique = true, length = 20)
    private String number;

    @Column(name = "order_id", nullable = false)
    private long orderId;

    @Column(name = "customer_id", nullable = false)
    private long customerId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 10)
    private ShipmentStatus status;

    @Column(name = "created_on", nullable = false)
    private LocalDate createdOn;

    @Column(name = "ship_date")
    private LocalDate shipDate;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "confirmed_by", length = 100)
    private String confirmedBy;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @OneToMany(mappedBy = "shipment", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("orderLineNo, id")
    private List<ShipmentLine> lines = new ArrayList<>();

    protected Shipment() {
    }

    public Shipment(long orderId, long customerId, LocalDate createdOn, String createdBy, Instant now) {
        this.orderId = orderId;
        this.customerId = customerId;
        this.status = ShipmentStatus.OPEN;
        this.createdOn = createdOn;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.number = "SH-NEW";
    }

    public void numberFromId() {
        this.number = String.format("SH-%d-%06d", createdOn.getYear(), id);
    }

    public ShipmentLine addLine(ShipmentLine.Pick pick) {
        ShipmentLine l = new ShipmentLine(this, pick);
        lines.add(l);
        return l;
    }

    /** Replaces the planned picks by what was actually shipped (at confirmation). */
    public void replaceLines(List<ShipmentLine.Pick> shipped) {
        lines.clear();
        shipped.forEach(this::addLine);
    }

    /** Marks the shipment SHIPPED; 409 "shipment-already-shipped" when it is. */
    public void confirm(LocalDate shipDate, String by, Instant now) {
        if (status != ShipmentStatus.OPEN) {
            throw new ConflictException("shipment-already-shipped", "Shipment " + number + " was already confirmed by "
                    + confirmedBy + " at " + confirmedAt + ".");
        }
        this.status = ShipmentStatus.SHIPPED;
        this.shipDate = shipDate;
        this.confirmedBy = by;
        this.confirmedAt = now;
    }

    public Long id() { return id; }
    public String number() { return number; }
    public long orderId() { return orderId; }
    public long customerId() { return customerId; }
    public ShipmentStatus status() { return status; }
    public LocalDate createdOn() { return createdOn; }
    public LocalDate shipDate() { return shipDate; }
    public String createdBy() { return createdBy; }
    public String confirmedBy() { return confirmedBy; }
    public Instant confirmedAt() { return confirmedAt; }
    public long version() { return version; }
    public Instant createdAt() { return createdAt; }
    public List<ShipmentLine> lines() { return Collections.unmodifiableList(lines); }
}
