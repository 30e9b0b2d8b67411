package org.pharmadist.platform.security;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The append-only security audit trail (table {@code security_audit}, protected against UPDATE,
 * DELETE and TRUNCATE by triggers): logins, logouts, failures, lockouts, unlocks, permission
 * denials, role, permission and token changes. Each entry is written in its own transaction, so it
 * stays even when the action it records is refused and rolled back.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class SecurityAuditLog {

    /** Kinds of entries. */
    public enum Event {
        LOGIN, LOGIN_FAILED, LOCKED_OUT, LOGIN_WHILE_LOCKED, LOGOUT, UNLOCKED, PERMISSION_DENIED, ROLES_CHANGED,
        PERMISSIONS_CHANGED, TOKEN_ISSUED, TOKEN_REVOKED, TOKEN_REJECTED, USER_CREATED, PASSWORD_REHASHED
    }

    @PersistenceContext(unitName = "pharmadist")
    EntityManager em;

    /**
     * Appends one entry.
     *
     * @param username   the account concerned (may be null for unknown tokens)
     * @param actor      who did it (the same user, an admin, or "system")
     * @param detail     plain text, never a password or token
     * @param remoteAddr client address, may be null
     */
    public void record(Event event, String username, String actor, String detail, String remoteAddr) {
        em.createNativeQuery("INSERT INTO security_audit (occurred_at, event, username, actor, detail, remote_addr) "
                        + "VALUES (now(), ?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, event.name()).setParameter(2, username).setParameter(3, actor)
                .setParameter(4, detail == null ? null : detail.length() > 2000 ? detail.substring(0, 2000) : detail)
                .setParameter(5, remoteAddr).executeUpdate();
    }

    /**
     * Newest entries first.
     *
     * @param limit at most this many, 1..1000
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Entry> latest(int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, occurred_at, event, username, actor, detail, remote_addr "
                + "FROM security_audit ORDER BY occurred_at DESC, id DESC LIMIT ?1")
                .setParameter(1, Math.max(1, Math.min(1000, limit))).getResultList();
        List<Entry> out = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            Instant at = r[1] instanceof java.time.OffsetDateTime o ? o.toInstant()
                    : r[1] instanceof java.sql.Timestamp t ? t.toInstant() : (Instant) r[1];
            out.add(new Entry(((Number) r[0]).longValue(), at, (String) r[2], (String) r[3], (String) r[4], (String) r[5],
                    (String) r[6]));
        }
        return out;
    }

    /**
     * One audit entry.
     *
     * @param occurredAt when (UTC)
     * @param event      kind, e.g. LOGIN_FAILED
     */
    public record Entry(long id, Instant occurredAt, String event, String username, String actor, String detail,
            String remoteAddr) implements java.io.Serializable { }
}
