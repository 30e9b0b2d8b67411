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
import java.time.LocalDate;
import java.util.Objects;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * A lot (batch) of one product: lot number as printed, expiry date, manufacturer and status. Unique per product
 * and lot number. Audited (Envers); every status change is also kept as a {@link LotStatusDecision} with its reason.
 */
@Entity
@Table(name = "lot")
@Audited
public class Lot {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "lot_seq")
    @SequenceGenerator(name = "lot_seq", sequenceName = "lot_seq", allocationSize = 50)
    private Long id;

    @Column(name = "product_id", nullable = false)
    private long productId;

    @Column(name = "lot_number", nullable = false, length = 40)
    private String lotNumber;

    @Column(name = "expiry_date")
    private LocalDate expiryDate;

    @Column(name = "manufacturer", length = 1000)
    private String manufacturer;

    @Column(name = "received_date", nullable = false)
    private LocalDate receivedDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private LotStatus status;

    @Version
    @NotAudited
    @Column(name = "version", nullable = false)
    private long version;

    protected Lot() {
        // JPA
    }

    /**
     * A new lot.
     *
     * @param lotNumber    lot number as printed (trimmed, kept in its case)
     * @param expiryDate   last day of use (see {@link ExpiryDate}); null only for products without a printed expiry
     * @param receivedDate business date of the first receipt
     * @param status       AVAILABLE, or QUARANTINE for products that need a quality release
     */
    public Lot(long productId, String lotNumber, LocalDate expiryDate, String manufacturer, LocalDate receivedDate,
            LotStatus status) {
        if (lotNumber == null || lotNumber.isBlank()) {
            throw new IllegalArgumentException("lot number must not be blank");
        }
        this.productId = productId;
        this.lotNumber = lotNumber.strip();
        this.expiryDate = expiryDate;
        this.manufacturer = manufacturer;
        this.receivedDate = Objects.requireNonNull(receivedDate, "receivedDate");
        this.status = Objects.requireNonNull(status, "status");
    }

    /** True when the lot's stock may be sold on {@code today} ({@link SellableRule}). */
    public boolean isSellableOn(LocalDate today) {
        return SellableRule.isSellable(status, expiryDate, today);
    }

    /** True when the lot's stock may be sold on {@code today} to a customer needing {@code minShelfLifeDays}. */
    public boolean isSellableOn(LocalDate today, int minShelfLifeDays) {
        return SellableRule.isSellable(status, expiryDate, today, minShelfLifeDays);
    }

    /** Days from {@code today} to expiry (negative once expired), null without expiry. */
    public Long remainingShelfLifeDays(LocalDate today) {
        return SellableRule.remainingShelfLifeDays(expiryDate, today);
    }

    /**
     * Changes the status.
     *
     * @return the previous status
     * @throws IllegalStateException when the change is not allowed: a RECALLED lot never becomes AVAILABLE again
     *         here (a recall is closed by compliance), and an EXPIRED lot never becomes AVAILABLE
     */
    public LotStatus changeStatus(LotStatus newStatus) {
        Objects.requireNonNull(newStatus, "newStatus");
        if (newStatus == LotStatus.AVAILABLE && (status == LotStatus.RECALLED || status == LotStatus.EXPIRED)) {
            throw new IllegalStateException("lot " + lotNumber + " is " + status + " and cannot be made available");
        }
        LotStatus old = status;
        status = newStatus;
        return old;
    }

    public Long id() { return id; }
    public long productId() { return productId; }
    public String lotNumber() { return lotNumber; }
    public LocalDate expiryDate() { return expiryDate; }
    public String manufacturer() { return manufacturer; }
    public LocalDate receivedDate() { return receivedDate; }
    public LotStatus status() { return status; }
    public long version() { return version; }
}
