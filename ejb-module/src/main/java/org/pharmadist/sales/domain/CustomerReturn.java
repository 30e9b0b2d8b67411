package org.pharmadist.sales.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A customer return against one shipment: lines per shipped order line and lot, booked into stock (RETURN ledger
 * entries). Number "RT-" year "-" id (6 digits). Written once, never changed.
 */
@Entity
@Table(name = "sales_return")
public class CustomerReturn {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sales_return_seq")
    @SequenceGenerator(name = "sales_return_seq", sequenceName = "sales_return_seq", allocationSize = 50)
    private Long id;

    @Column(name = "number", nullable = false, unique = true, length = 20)
    private String number;

    @Column(name = "shipment_id", nullable = false)
    private long shipmentId;

    @Column(name = "order_id", nullable = false)
    private long orderId;

    @Column(name = "customer_id", nullable = false)
    private long customerId;

    @Column(name = "return_date", nullable = false)
    private LocalDate returnDate;

    @Column(name = "reason", nullable = false, length = 1000)
    private String reason;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @OneToMany(mappedBy = "customerReturn", cascade = CascadeType.ALL)
    @OrderBy("id")
    private List<CustomerReturnLine> lines = new ArrayList<>();

    protected CustomerReturn() {
    }

    public CustomerReturn(long shipmentId, long orderId, long customerId, LocalDate returnDate, String reason,
            String createdBy, Instant now) {
        this.shipmentId = shipmentId;
        this.orderId = orderId;
        this.customerId = customerId;
        this.returnDate = returnDate;
        this.reason = reason;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.number = "RT-NEW";
    }

    public void numberFromId() {
        this.number = String.format("RT-%d-%06d", returnDate.getYear(), id);
    }

    public CustomerReturnLine addLine(ShipmentLine shipped, org.pharmadist.catalog.domain.Quantity quantity,
            org.pharmadist.catalog.domain.Quantity stockQuantity, long locationId, long movementId) {
        CustomerReturnLine l = new CustomerReturnLine(this, shipped, quantity, stockQuantity, locationId, movementId);
        lines.add(l);
        return l;
    }

    public Long id() { return id; }
    public String number() { return number; }
    public long shipmentId() { return shipmentId; }
    public long orderId() { return orderId; }
    public long customerId() { return customerId; }
    public LocalDate returnDate() { return returnDate; }
    public String reason() { return reason; }
    public String createdBy() { return createdBy; }
    public Instant createdAt() { return createdAt; }
    public List<CustomerReturnLine> lines() { return Collections.unmodifiableList(lines); }
}
