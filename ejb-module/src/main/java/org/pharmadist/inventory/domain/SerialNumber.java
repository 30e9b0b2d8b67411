package org.pharmadist.inventory.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * The serial number of one package of a serialised product (DSCSA product identifier: NDC/GTIN, serial, lot,
 * expiry; 21 U.S.C. 360eee(14), GS1 AI 21, up to 20 characters). Unique per product. Captured at receipt and
 * taken by pick and shipment.
 */
@Entity
@Table(name = "serial_number")
public class SerialNumber {

    /** Where the package is. */
    public enum Status { IN_STOCK, PICKED, SHIPPED }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "serial_number_seq")
    @SequenceGenerator(name = "serial_number_seq", sequenceName = "serial_number_seq", allocationSize = 50)
    private Long id;

    @Column(name = "product_id", nullable = false)
    private long productId;

    @Column(name = "serial", nullable = false, length = 20)
    private String serial;

    @Column(name = "lot_id", nullable = false)
    private long lotId;

    @Column(name = "location_id", nullable = false)
    private long locationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private Status status = Status.IN_STOCK;

    @Column(name = "reservation_id")
    private Long reservationId;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected SerialNumber() {
        // JPA
    }

    public SerialNumber(long productId, String serial, long lotId, long locationId, Instant receivedAt) {
        this.productId = productId;
        this.serial = serial;
        this.lotId = lotId;
        this.locationId = locationId;
        this.receivedAt = receivedAt;
    }

    /** Picks this package for a reservation. */
    public void pick(long reservationId) {
        this.status = Status.PICKED;
        this.reservationId = reservationId;
    }

    /** The package left the warehouse. */
    public void ship() {
        this.status = Status.SHIPPED;
    }

    /** Puts a picked package back in stock (reservation released). */
    public void unpick() {
        this.status = Status.IN_STOCK;
        this.reservationId = null;
    }

    /** A shipped package returned by a customer: back in stock in {@code lotId} at {@code locationId}. */
    public void returned(long lotId, long locationId) {
        this.lotId = lotId;
        this.locationId = locationId;
        this.status = Status.IN_STOCK;
        this.reservationId = null;
    }

    /** Moves the package to another location. */
    public void moveTo(long locationId) {
        this.locationId = locationId;
    }

    public Long id() { return id; }
    public long productId() { return productId; }
    public String serial() { return serial; }
    public long lotId() { return lotId; }
    public long locationId() { return locationId; }
    public Status status() { return status; }
    public Long reservationId() { return reservationId; }
}
