package org.pharmadist.inventory.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/** A distribution centre holding stock in {@link StorageLocation locations}. Audited (Envers). */
@Entity
@Table(name = "warehouse")
@Audited
public class Warehouse {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "warehouse_seq")
    @SequenceGenerator(name = "warehouse_seq", sequenceName = "warehouse_seq", allocationSize = 50)
    private Long id;

    @Column(name = "code", nullable = false, unique = true, length = 20)
    private String code;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Column(name = "address", length = 500)
    private String address;

    @Column(name = "time_zone", length = 60)
    private String timeZone;

    @Version
    @NotAudited
    @Column(name = "version", nullable = false)
    private long version;

    protected Warehouse() {
        // JPA
    }

    /**
     * A new warehouse.
     *
     * @param code     short unique code, upper-cased, e.g. "NJ1"
     * @param timeZone IANA zone id of the site, or null to use the company time zone
     * @throws IllegalArgumentException for a blank code or name or an unknown time zone
     */
    public Warehouse(String code, String name, String address, String timeZone) {
        this.code = normaliseCode(code);
        rename(name, address, timeZone);
    }

    /** Changes name, address and time zone (see constructor for the rules). */
    public void rename(String name, String address, String timeZone) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name must not be blank");
        }
        if (timeZone != null && !timeZone.isBlank()) {
            ZoneId.of(timeZone.strip());
            this.timeZone = timeZone.strip();
        } else {
            this.timeZone = null;
        }
        this.name = name.strip();
        this.address = address == null || address.isBlank() ? null : address.strip();
    }

    static String normaliseCode(String code) {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("code must not be blank");
        }
        return code.strip().toUpperCase(Locale.ROOT);
    }

    public Long id() { return id; }
    public String code() { return code; }
    public String name() { return name; }
    public String address() { return address; }
    /** IANA time zone of the site; null means the company time zone. */
    public String timeZone() { return timeZone; }
    public long version() { return version; }

    @Override
    public boolean equals(Object o) {
        return o instanceof Warehouse w && id != null && Objects.equals(id, w.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
