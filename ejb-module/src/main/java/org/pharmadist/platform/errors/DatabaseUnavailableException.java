package org.pharmadist.platform.errors;

/**
 * The database cannot be used now (unreachable, or schema not migrated yet). Not a user's mistake:
 * REST answers 503 problem+json with Retry-After; the portal shows the reason.
 */
public class DatabaseUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** @param reason why, e.g. "database unreachable: Connection refused" */
    public DatabaseUnavailableException(String reason) {
        super(reason);
    }
}
