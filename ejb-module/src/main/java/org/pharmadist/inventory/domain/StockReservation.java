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
import java.math.BigDecimal;
import java.time.Instant;
import org.pharmadist.catalog.domain.Quantity;

/**
 * Stock of one lot and location reserved for a demand (the caller's reference, e.g. "SO-123/2"), by FEFO
 * allocation; then picked and shipped, or released.
 */
@Entity
@Table(name = "stock_reservation")
public class StockReservation {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "stock_reservation_seq")
    @SequenceGenerator(name = "stock_reservation_seq", sequenceName = "stock_reservation_seq", allocationSize = 50)
    private Long id;

    @Column(name = "demand_reference", nullable = false, length = 100)
    private String demandReference;

    @Column(name = "balance_id", nullable = false)
    private long balanceId;

    @Column(name = "product_id", nullable = false)
    private long productId;

    @Column(name = "lot_id", nullable = false)
    private long lotId;

    @Column(name = "location_id", nullable = false)
    private long locationId;

    @Column(name = "quantity", nullable = false, precision = 19, scale = 3)
    private BigDecimal quantity;

    @Column(name = "picked_quantity", nullable = false, precision = 19, scale = 3)
    private BigDecimal pickedQuantity = BigDecimal.ZERO.setScale(Quantity.SCALE);

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private ReservationStatus status = ReservationStatus.ALLOCATED;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected StockReservation() {
        // JPA
    }

    public StockReservation(String demandReference, StockBalance balance, BigDecimal quantity, Instant createdAt) {
        this.demandReference = demandReference;
        this.balanceId = balance.id();
        this.productId = balance.productId();
        this.lotId = balance.lotId();
        this.locationId = balance.locationId();
        this.quantity = quantity.setScale(Quantity.SCALE);
        this.createdAt = createdAt;
    }

    /** Marks the reservation picked in full. */
    public void picked() {
        requireStatus(ReservationStatus.ALLOCATED, "pick");
        pickedQuantity = quantity;
        status = ReservationStatus.PICKED;
    }

    /** Marks the reservation shipped. */
    public void shipped() {
        requireStatus(ReservationStatus.PICKED, "ship");
        status = ReservationStatus.SHIPPED;
    }

    /** Marks the reservation released. */
    public void released() {
        if (status == ReservationStatus.SHIPPED) {
            throw new InventoryRuleException("reservation-shipped", "demandReference",
                    "reservation " + id + " of " + demandReference + " is shipped and cannot be released");
        }
        status = ReservationStatus.RELEASED;
    }

    private void requireStatus(ReservationStatus expected, String action) {
        if (status != expected) {
            throw new InventoryRuleException("reservation-not-" + expected.name().toLowerCase(java.util.Locale.ROOT),
                    "demandReference", "cannot " + action + " reservation " + id + " of " + demandReference + ": it is "
                            + status + ", not " + expected);
        }
    }

    public Long id() { return id; }
    public String demandReference() { return demandReference; }
    public long balanceId() { return balanceId; }
    public long productId() { return productId; }
    public long lotId() { return lotId; }
    public long locationId() { return locationId; }
    public BigDecimal quantity() { return quantity; }
    public BigDecimal pickedQuantity() { return pickedQuantity; }
    public ReservationStatus status() { return status; }
    public Instant createdAt() { return createdAt; }
}
