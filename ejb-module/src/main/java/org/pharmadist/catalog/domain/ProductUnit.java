package org.pharmadist.catalog.domain;

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
import java.math.RoundingMode;
import org.hibernate.envers.Audited;

/**
 * One unit of measure a product is bought or sold in, with its size in the product's stock unit
 * (e.g. BX = 30 EA). The stock unit itself has no row (factor 1). Audited with the product.
 */
@Entity
@Table(name = "product_unit")
@Audited
public class ProductUnit {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "product_unit_seq")
    @SequenceGenerator(name = "product_unit_seq", sequenceName = "product_unit_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "product_id", nullable = false)
    private Product product;

    @Enumerated(EnumType.STRING)
    @Column(name = "unit", nullable = false, length = 3)
    private UnitOfMeasure unit;

    @Column(name = "stock_units_per_unit", nullable = false, precision = 19, scale = Quantity.SCALE)
    private BigDecimal stockUnitsPerUnit;

    protected ProductUnit() {
        // JPA
    }

    ProductUnit(Product product, UnitOfMeasure unit, BigDecimal stockUnitsPerUnit) {
        this.product = product;
        this.unit = unit;
        setStockUnitsPerUnit(stockUnitsPerUnit);
    }

    void setStockUnitsPerUnit(BigDecimal factor) {
        if (factor == null || factor.signum() <= 0) {
            throw new IllegalArgumentException("a unit's size in stock units must be greater than zero");
        }
        this.stockUnitsPerUnit = factor.setScale(Quantity.SCALE, RoundingMode.HALF_UP);
    }

    public Long id() { return id; }
    public Product product() { return product; }
    public UnitOfMeasure unit() { return unit; }
    /** How many stock units one of this unit holds, scale 3 (e.g. 30.000 for BX = 30 EA). */
    public BigDecimal stockUnitsPerUnit() { return stockUnitsPerUnit; }
}
