package org.pharmadist.platform.security;

import java.io.Serializable;
import java.time.Instant;

/**
 * One API token for the admin screen: what it is for, whose it is and whether it still works. Never
 * the token or its digest.
 *
 * @param id         token id (to revoke it)
 * @param username   the account the token acts as
 * @param clientName what the client is
 * @param createdAt  when it was issued (UTC)
 * @param expiresAt  when it stops working (UTC)
 * @param revokedAt  when it was revoked (UTC), or null
 * @param createdBy  the admin who issued it
 */
public record TokenSummary(long id, String username, String clientName, Instant createdAt, Instant expiresAt,
        Instant revokedAt, String createdBy) implements Serializable {

    /** True when neither revoked nor expired at {@code now}. */
    public boolean isValidAt(Instant now) {
        return revokedAt == null && expiresAt.isAfter(now);
    }
}
