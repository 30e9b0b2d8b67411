package org.pharmadist.inventory.infrastructure;

import jakarta.ejb.EJBContext;
import java.security.Principal;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/** The user name recorded as actor on ledger entries and decisions: the EJB caller, or "system" without one. */
public final class Actors {

    /** Actor of start-up loads, timers and tests without a container. */
    public static final String SYSTEM = "system";

    private Actors() {
    }

    /** The current caller's name, or {@value #SYSTEM}. */
    public static String current() {
        try {
            EJBContext context = InitialContext.doLookup("java:comp/EJBContext");
            Principal principal = context.getCallerPrincipal();
            String name = principal == null ? null : principal.getName();
            if (name == null || name.isBlank() || "ANONYMOUS".equalsIgnoreCase(name) || "UNAUTHENTICATED".equals(name)) {
                return SYSTEM;
            }
            return name;
        } catch (NamingException | RuntimeException e) {
            return SYSTEM;
        }
    }
}
