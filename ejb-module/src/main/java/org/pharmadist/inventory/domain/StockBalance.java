package org.pharmadist.inventory.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.pharmadist.catalog.domain.Quantity;

/**
 * Stock on hand and reserved of one lot in one location, in the product's stock unit, scale 3. Changed only by
 * {@link StockMovement#apply} (the ledger entry is written with it); the database keeps
 * {@code 0 <= reserved <= on_hand}. Concurrent writers serialise on the row lock (SELECT ... FOR UPDATE), not on
 * a version.
 */
@Entity
@Table(name = "stock_balance")
public class StockBalance {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "stock_balance_seq")
    @SequenceGenerator(name = "stock_balance_seq", sequenceName = "stock_balance_seq", allocationSize = 50)
    private Long id;

    @Column(name = "lot_id", nullable = false)
    private long lotId;

    @Column(name = "location_id", nullable = false)
    private long locationId;

    @Column(name = "product_id", nullable = false)
    private long productId;

    @Column(name = "on_hand", nullable = false, precision = 19, scale = 3)
    private BigDecimal onHand = BigDecimal.ZERO.setScale(Quantity.SCALE);

    @Column(name = "reserved", nullable = false, precision = 19, scale = 3)
    private BigDecimal reserved = BigDecimal.ZERO.setScale(Quantity.SCALE);

    protected StockBalance() {
        // JPA
    }

    /** An empty balance of a lot in a location. */
    public StockBalance(long productId, long lotId, long locationId) {
        this.productId = productId;
        this.lotId = lotId;
        this.locationId = locationId;
    }

    void change(BigDecimal onHandChange, BigDecimal reservedChange) {
        BigDecimal newOnHand = onHand.add(onHandChange).setScale(Quantity.SCALE, RoundingMode.HALF_UP);
        BigDecimal newReserved = reserved.add(reservedChange).setScale(Quantity.SCALE, RoundingMode.HALF_UP);
        if (newOnHand.signum() < 0 || newReserved.signum() < 0 || newReserved.compareTo(newOnHand) > 0) {
            throw new InsufficientStockException("not enough stock in lot " + lotId + " at location " + locationId
                    + ": on hand " + onHand.toPlainString() + ", reserved " + reserved.toPlainString());
        }
        onHand = newOnHand;
        reserved = newReserved;
    }

    /** On hand minus reserved, scale 3. */
    public BigDecimal unreserved() {
        return onHand.subtract(reserved);
    }

    public Long id() { return id; }
    public long lotId() { return lotId; }
    public long locationId() { return locationId; }
    public long productId() { return productId; }
    public BigDecimal onHand() { return onHand; }
    public BigDecimal reserved() { return reserved; }
}
