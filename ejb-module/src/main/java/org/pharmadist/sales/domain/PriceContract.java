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
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * A contract price agreement valid from/to (inclusive, company time zone): either with one customer
 * ({@link #customerId()}) or with a group purchasing organisation ({@link #gpo()}, matched against
 * {@code Customer#gpoMembership()}, e.g. "Vizient"). Its prices are {@link ContractPrice}s. Audited.
 */
@Entity
@Table(name = "sales_contract")
@Audited
public class PriceContract {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sales_contract_seq")
    @SequenceGenerator(name = "sales_contract_seq", sequenceName = "sales_contract_seq", allocationSize = 50)
    private Long id;

    @Column(name = "code", nullable = false, unique = true, length = 60)
    private String code;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Column(name = "gpo", length = 100)
    private String gpo;

    @Column(name = "customer_id")
    private Long customerId;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to", nullable = false)
    private LocalDate validTo;

    @Version
    @NotAudited
    @Column(name = "version", nullable = false)
    private long version;

    @NotAudited
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected PriceContract() {
    }

    public PriceContract(String code, String name, String gpo, Long customerId, LocalDate validFrom, LocalDate validTo,
            Instant now) {
        this.code = code;
        this.name = name;
        this.gpo = gpo;
        this.customerId = customerId;
        this.validFrom = validFrom;
        this.validTo = validTo;
        this.updatedAt = now;
    }

    /** Marks a change of its prices so the contract's version moves on. */
    public void touch(Instant now) {
        this.updatedAt = now;
    }

    public Long id() { return id; }
    public String code() { return code; }
    public String name() { return name; }
    public String gpo() { return gpo; }
    public Long customerId() { return customerId; }
    public LocalDate validFrom() { return validFrom; }
    public LocalDate validTo() { return validTo; }
    public long version() { return version; }
}
