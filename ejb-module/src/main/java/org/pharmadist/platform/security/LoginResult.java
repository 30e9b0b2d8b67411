package org.pharmadist.platform.security;

import java.time.Instant;
import java.util.Set;

/**
 * Outcome of a password login.
 *
 * @param status      what happened
 * @param username    the normalised login name
 * @param roles       roles when {@link Status#SUCCESS}, empty otherwise
 * @param lockedUntil end of the lockout when {@link Status#LOCKED}
 */
public record LoginResult(Status status, String username, Set<Role> roles, Instant lockedUntil) {

    /** Login outcomes. The user is told only "invalid" or "locked until", never which part was wrong. */
    public enum Status { SUCCESS, INVALID, LOCKED, DISABLED }
}
