package org.pharmadist.sales.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * A named price list (e.g. WHOLESALE, RETAIL-A) that customers are assigned to by code ({@code Customer#priceList()}).
 * Its prices are {@link PriceListItem}s, one per product and quantity break. Audited.
 */
@Entity
@Table(name = "sales_price_list")
@Audited
public class PriceList {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sales_price_list_seq")
    @SequenceGenerator(name = "sales_price_list_seq", sequenceName = "sales_price_list_seq", allocationSize = 50)
    private Long id;

    @Column(name = "code", nullable = false, unique = true, length = 60)
    private String code;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Column(name = "basis", length = 400)
    private String basis;

    @Version
    @NotAudited
    @Column(name = "version", nullable = false)
    private long version;

    @NotAudited
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected PriceList() {
    }

    public PriceList(String code, String name, String basis, Instant now) {
        this.code = code;
        this.name = name;
        this.basis = basis;
        this.updatedAt = now;
    }

    /** Marks a change of its items so the list's version moves on. */
    public void touch(Instant now) {
        this.updatedAt = now;
    }

    public Long id() { return id; }
    public String code() { return code; }
    public String name() { return name; }
    /** How the prices were derived (e.g. "NADAC x 1.12"), or null. */
    public String basis() { return basis; }
    public long version() { return version; }
    public Instant updatedAt() { return updatedAt; }
}
