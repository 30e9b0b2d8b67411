package org.pharmadist.platform.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/**
 * One audited change set (Hibernate Envers revision): who made it and when. The old and new values
 * of each audited record are in its {@code *_aud} table, keyed by this revision.
 */
@Entity
@Table(name = "audit_revision")
@RevisionEntity(AuditRevisionListener.class)
public class AuditRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_revision_seq")
    @SequenceGenerator(name = "audit_revision_seq", sequenceName = "audit_revision_seq", allocationSize = 50)
    @RevisionNumber
    private long id;

    @RevisionTimestamp
    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "changed_by", nullable = false, length = 100)
    private String changedBy;

    /** Revision number. */
    public long id() {
        return id;
    }

    /** When the change was committed (UTC). */
    public Instant changedAt() {
        return changedAt;
    }

    /** User name of the caller, or "system" for start-up jobs and imports. */
    public String changedBy() {
        return changedBy;
    }

    void changedBy(String user) {
        this.changedBy = user;
    }
}
