package org.pharmadist.inventory.domain;

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
import jakarta.persistence.Version;
import java.util.Locale;
import java.util.Objects;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.pharmadist.catalog.domain.Product;
import org.pharmadist.catalog.domain.StorageCondition;

/**
 * A location (bin) in a warehouse, with the storage condition it provides. Audited (Envers).
 * Stock may only be put away where {@link #accepts(Product)} holds.
 */
@Entity
@Table(name = "storage_location")
@Audited
public class StorageLocation {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "storage_location_seq")
    @SequenceGenerator(name = "storage_location_seq", sequenceName = "storage_location_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "warehouse_id", nullable = false)
    private Warehouse warehouse;

    @Column(name = "code", nullable = false, length = 30)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(name = "storage_condition", nullable = false, length = 20)
    private StorageCondition storageCondition;

    @Enumerated(EnumType.STRING)
    @Column(name = "location_type", nullable = false, length = 20)
    private LocationType type;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    @Version
    @NotAudited
    @Column(name = "version", nullable = false)
    private long version;

    protected StorageLocation() {
        // JPA
    }

    /**
     * A new active location.
     *
     * @param code bin code unique in the warehouse, upper-cased, e.g. "A-01-01" or "COLD-01"
     */
    public StorageLocation(Warehouse warehouse, String code, StorageCondition storageCondition, LocationType type) {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("code must not be blank");
        }
        this.warehouse = Objects.requireNonNull(warehouse, "warehouse");
        this.code = code.strip().toUpperCase(Locale.ROOT);
        this.storageCondition = Objects.requireNonNull(storageCondition, "storageCondition");
        this.type = Objects.requireNonNull(type, "type");
    }

    /**
     * True when stock of {@code product} may be put away here: the location's condition accepts the product's
     * (USP 659, {@link StorageCondition#accepts}).
     */
    public boolean accepts(Product product) {
        return storageCondition.accepts(product.storageCondition());
    }

    /** Opens or closes the location for put-away and picking. */
    public void setActive(boolean active) {
        this.active = active;
    }

    public Long id() { return id; }
    public Warehouse warehouse() { return warehouse; }
    public String code() { return code; }
    public StorageCondition storageCondition() { return storageCondition; }
    public LocationType type() { return type; }
    public boolean active() { return active; }
}
