package org.pharmadist.sales.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.hibernate.envers.Audited;

/** A product's contract price per sales unit (scale 5) under a {@link PriceContract}. Audited. */
@Entity
@Table(name = "sales_contract_price")
@Audited
public class ContractPrice {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sales_contract_price_seq")
    @SequenceGenerator(name = "sales_contract_price_seq", sequenceName = "sales_contract_price_seq", allocationSize = 50)
    private Long id;

    @Column(name = "contract_id", nullable = false)
    private long contractId;

    @Column(name = "product_id", nullable = false)
    private long productId;

    @Column(name = "unit_price", nullable = false, precision = 19, scale = LineAmounts.UNIT_PRICE_SCALE)
    private BigDecimal unitPrice;

    protected ContractPrice() {
    }

    public ContractPrice(long contractId, long productId, BigDecimal unitPrice) {
        this.contractId = contractId;
        this.productId = productId;
        this.unitPrice = LineAmounts.unitPrice(unitPrice);
    }

    /** Replaces the price. */
    public void reprice(BigDecimal unitPrice) {
        this.unitPrice = LineAmounts.unitPrice(unitPrice);
    }

    public Long id() { return id; }
    public long contractId() { return contractId; }
    public long productId() { return productId; }
    public BigDecimal unitPrice() { return unitPrice; }
}
