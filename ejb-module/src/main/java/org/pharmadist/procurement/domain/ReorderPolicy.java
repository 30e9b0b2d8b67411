package org.pharmadist.procurement.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.pharmadist.catalog.domain.Product;
import org.pharmadist.catalog.domain.Quantity;

/**
 * Min/max stock levels of one product in one warehouse, in the product's stock unit: when available-to-promise
 * plus open purchase-order quantity falls below the minimum, order up to the maximum from the preferred supplier.
 * Audited.
 */
@Entity
@Table(name = "reorder_policy")
@Audited
public class ReorderPolicy {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reorder_policy_seq")
    @SequenceGenerator(name = "reorder_policy_seq", sequenceName = "reorder_policy_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "product_id", nullable = false)
    private Product product;

    @Column(name = "warehouse_id", nullable = false)
    private long warehouseId;

    @Column(name = "min_quantity", nullable = false, precision = 19, scale = Quantity.SCALE)
    private BigDecimal minQuantity;

    @Column(name = "max_quantity", nullable = false, precision = 19, scale = Quantity.SCALE)
    private BigDecimal maxQuantity;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "preferred_supplier_id")
    private Supplier preferredSupplier;

    @Version
    @Column(name = "version", nullable = false)
    @NotAudited
    private long version;

    @Column(name = "updated_at", nullable = false)
    @NotAudited
    private Instant updatedAt;

    protected ReorderPolicy() {
        // JPA
    }

    public ReorderPolicy(Product product, long warehouseId) {
        this.product = product;
        this.warehouseId = warehouseId;
    }

    /**
     * Sets the levels.
     *
     * @throws ProcurementRuleViolation "invalid-reorder-levels" for a negative minimum or a maximum below the minimum
     */
    public void set(BigDecimal min, BigDecimal max, Supplier preferred, Instant now) {
        if (min.signum() < 0 || max.compareTo(min) < 0) {
            throw new ProcurementRuleViolation("invalid-reorder-levels", "maxQuantity", "reorder levels need 0 <= min <= max"
                    + " (got min " + min.toPlainString() + ", max " + max.toPlainString() + ")");
        }
        this.minQuantity = min.setScale(Quantity.SCALE, RoundingMode.HALF_UP);
        this.maxQuantity = max.setScale(Quantity.SCALE, RoundingMode.HALF_UP);
        this.preferredSupplier = preferred;
        this.updatedAt = now;
    }

    public Long id() { return id; }
    public Product product() { return product; }
    public long warehouseId() { return warehouseId; }
    /** Minimum in stock units, scale 3. */
    public BigDecimal minQuantity() { return minQuantity; }
    /** Maximum in stock units, scale 3. */
    public BigDecimal maxQuantity() { return maxQuantity; }
    public Supplier preferredSupplier() { return preferredSupplier; }
    public long version() { return version; }
    public Instant updatedAt() { return updatedAt; }
}
