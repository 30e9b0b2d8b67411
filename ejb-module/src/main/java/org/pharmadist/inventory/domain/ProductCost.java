package org.pharmadist.inventory.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;

/**
 * Moving (weighted) average cost of one product per stock unit in the company currency, scale 5 HALF_UP, updated on
 * every receipt: {@code (old qty x old average + received qty x unit cost) / (old qty + received qty)}, where old qty
 * is the product's stock on hand before the receipt. Values stock for reports.
 */
@Entity
@Table(name = "product_cost")
public class ProductCost {

    /** Scale of costs. */
    public static final int SCALE = 5;

    @Id
    @Column(name = "product_id")
    private Long productId;

    @Column(name = "average_cost", nullable = false, precision = 19, scale = SCALE)
    private BigDecimal averageCost;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected ProductCost() {
        // JPA
    }

    public ProductCost(long productId, BigDecimal unitCost, Instant now) {
        this.productId = productId;
        this.averageCost = unitCost.setScale(SCALE, RoundingMode.HALF_UP);
        this.updatedAt = now;
    }

    /** The moving average after a receipt (see class doc); when nothing was on hand the new cost is the unit cost. */
    public static BigDecimal movingAverage(BigDecimal oldQuantity, BigDecimal oldAverage, BigDecimal receivedQuantity,
            BigDecimal unitCost) {
        BigDecimal newQuantity = oldQuantity.add(receivedQuantity);
        if (oldQuantity.signum() <= 0 || oldAverage == null || newQuantity.signum() <= 0) {
            return unitCost.setScale(SCALE, RoundingMode.HALF_UP);
        }
        return oldQuantity.multiply(oldAverage).add(receivedQuantity.multiply(unitCost))
                .divide(newQuantity, SCALE, RoundingMode.HALF_UP);
    }

    /** Books a receipt into the average. */
    public void receive(BigDecimal oldQuantity, BigDecimal receivedQuantity, BigDecimal unitCost, Instant now) {
        averageCost = movingAverage(oldQuantity, averageCost, receivedQuantity, unitCost);
        updatedAt = now;
    }

    public Long productId() { return productId; }
    public BigDecimal averageCost() { return averageCost; }
    public Instant updatedAt() { return updatedAt; }
}
