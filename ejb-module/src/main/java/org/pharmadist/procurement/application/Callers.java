package org.pharmadist.procurement.application;

import jakarta.ejb.SessionContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import java.security.Principal;
import org.pharmadist.platform.errors.ConflictException;

/** Small helpers shared by the procurement services. */
final class Callers {

    private Callers() {
    }

    /** The caller's user name, "system" outside a caller (start-up loaders, tests). */
    static String name(SessionContext context) {
        try {
            Principal p = context == null ? null : context.getCallerPrincipal();
            String n = p == null ? null : p.getName();
            return n == null || n.isBlank() || "ANONYMOUS".equalsIgnoreCase(n) || "UNAUTHENTICATED".equals(n) ? "system" : n;
        } catch (IllegalStateException e) {
            return "system";
        }
    }

    /**
     * Refuses a change made from a stale copy.
     *
     * @param expected the version the caller read, null to skip the check
     * @throws ConflictException "changed-by-another-user"
     */
    static void checkVersion(Long expected, long actual, String what) {
        if (expected != null && expected != actual) {
            throw staleCopy(what);
        }
    }

    /** Writes pending changes now so that a concurrent change surfaces as 409, not at commit as 500. */
    static void flush(EntityManager em, String what) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw staleCopy(what);
        }
    }

    static ConflictException staleCopy(String what) {
        return new ConflictException("changed-by-another-user", what
                + " was changed by another user since you read it; reload it and try again");
    }
}
