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
import java.math.BigDecimal;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.pharmadist.catalog.domain.Quantity;
import org.pharmadist.catalog.domain.UnitOfMeasure;

/**
 * One entry of the append-only stock ledger (the database refuses UPDATE and DELETE on it). Written in the same
 * transaction as the balance change it explains, so for every lot and location
 * {@code on hand = sum(onHandChange)} and {@code reserved = sum(reservedChange)}.
 *
 * <p>{@link #quantity()} is the movement as its type states it, signed (RECEIPT +10, SHIPMENT -5, ALLOCATION +5,
 * DEALLOCATION -5, ADJUSTMENT -2); quantities are in the product's stock unit ({@link #unit()}), scale 3.
 */
@Entity
@Immutable
@Table(name = "stock_movement")
public class StockMovement {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "stock_movement_seq")
    @SequenceGenerator(name = "stock_movement_seq", sequenceName = "stock_movement_seq", allocationSize = 50)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "movement_type", nullable = false, length = 20)
    private MovementType type;

    @Column(name = "product_id", nullable = false)
    private long productId;

    @Column(name = "lot_id", nullable = false)
    private long lotId;

    @Column(name = "location_id", nullable = false)
    private long locationId;

    @Column(name = "quantity", nullable = false, precision = 19, scale = 3)
    private BigDecimal quantity;

    @Column(name = "on_hand_change", nullable = false, precision = 19, scale = 3)
    private BigDecimal onHandChange;

    @Column(name = "reserved_change", nullable = false, precision = 19, scale = 3)
    private BigDecimal reservedChange;

    @Enumerated(EnumType.STRING)
    @Column(name = "unit", nullable = false, length = 3)
    private UnitOfMeasure unit;

    @Column(name = "reason_code", length = 30)
    private String reasonCode;

    @Column(name = "reference_document", length = 100)
    private String referenceDocument;

    @Column(name = "actor", nullable = false, length = 100)
    private String actor;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    protected StockMovement() {
        // JPA
    }

    private StockMovement(MovementType type, StockBalance balance, BigDecimal quantity, BigDecimal onHandChange,
            BigDecimal reservedChange, UnitOfMeasure unit, String reasonCode, String referenceDocument, String actor,
            Instant occurredAt) {
        this.type = type;
        this.productId = balance.productId();
        this.lotId = balance.lotId();
        this.locationId = balance.locationId();
        this.quantity = scaled(quantity);
        this.onHandChange = scaled(onHandChange);
        this.reservedChange = scaled(reservedChange);
        this.unit = unit;
        this.reasonCode = reasonCode;
        this.referenceDocument = referenceDocument;
        this.actor = actor;
        this.occurredAt = occurredAt;
    }

    /**
     * Applies a movement to {@code balance} and returns the ledger entry to persist with it. {@code quantity} is
     * the unsigned amount (&gt; 0) except for ADJUSTMENT, where its sign is the direction.
     *
     * @throws InsufficientStockException when the balance would go negative or reserve more than on hand
     */
    public static StockMovement apply(MovementType type, StockBalance balance, BigDecimal quantity, UnitOfMeasure unit,
            String reasonCode, String referenceDocument, String actor, Instant occurredAt) {
        BigDecimal q = scaled(quantity);
        BigDecimal zero = BigDecimal.ZERO;
        BigDecimal signed;
        BigDecimal onHand;
        BigDecimal reserved;
        switch (type) {
            case RECEIPT, RETURN, TRANSFER_IN -> { signed = q; onHand = q; reserved = zero; }
            case TRANSFER_OUT -> { signed = q.negate(); onHand = q.negate(); reserved = zero; }
            case ADJUSTMENT -> { signed = q; onHand = q; reserved = zero; }
            case ALLOCATION -> { signed = q; onHand = zero; reserved = q; }
            case DEALLOCATION -> { signed = q.negate(); onHand = zero; reserved = q.negate(); }
            case PICK -> { signed = q.negate(); onHand = zero; reserved = zero; }
            case SHIPMENT -> { signed = q.negate(); onHand = q.negate(); reserved = q.negate(); }
            default -> throw new IllegalArgumentException(type.name());
        }
        balance.change(onHand, reserved);
        return new StockMovement(type, balance, signed, onHand, reserved, unit, reasonCode, referenceDocument, actor,
                occurredAt);
    }

    private static BigDecimal scaled(BigDecimal q) {
        return q.setScale(Quantity.SCALE, java.math.RoundingMode.HALF_UP);
    }

    public Long id() { return id; }
    public MovementType type() { return type; }
    public long productId() { return productId; }
    public long lotId() { return lotId; }
    public long locationId() { return locationId; }
    /** Signed movement quantity in {@link #unit()}, scale 3. */
    public BigDecimal quantity() { return quantity; }
    public BigDecimal onHandChange() { return onHandChange; }
    public BigDecimal reservedChange() { return reservedChange; }
    public UnitOfMeasure unit() { return unit; }
    public String reasonCode() { return reasonCode; }
    public String referenceDocument() { return referenceDocument; }
    public String actor() { return actor; }
    public Instant occurredAt() { return occurredAt; }
}
