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

/**
 * One price of a price list: a product's price per sales unit (scale 5) from a minimum quantity (in sales units) on.
 * The base price has minimum quantity 1; further rows are quantity breaks. Audited.
 */
@Entity
@Table(name = "sales_price_list_item")
@Audited
public class PriceListItem {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sales_price_list_item_seq")
    @SequenceGenerator(name = "sales_price_list_item_seq", sequenceName = "sales_price_list_item_seq", allocationSize = 50)
    private Long id;

    @Column(name = "price_list_id", nullable = false)
    private long priceListId;

    @Column(name = "product_id", nullable = false)
    private long productId;

    @Column(name = "min_quantity", nullable = false, precision = 19, scale = 3)
    private BigDecimal minQuantity;

    @Column(name = "unit_price", nullable = false, precision = 19, scale = LineAmounts.UNIT_PRICE_SCALE)
    private BigDecimal unitPrice;

    protected PriceListItem() {
    }

    public PriceListItem(long priceListId, long productId, BigDecimal minQuantity, BigDecimal unitPrice) {
        this.priceListId = priceListId;
        this.productId = productId;
        this.minQuantity = minQuantity.setScale(3, LineAmounts.ROUNDING);
        this.unitPrice = LineAmounts.unitPrice(unitPrice);
    }

    /** Replaces the price. */
    public void reprice(BigDecimal unitPrice) {
        this.unitPrice = LineAmounts.unitPrice(unitPrice);
    }

    public Long id() { return id; }
    public long priceListId() { return priceListId; }
    public long productId() { return productId; }
    public BigDecimal minQuantity() { return minQuantity; }
    public BigDecimal unitPrice() { return unitPrice; }
}
