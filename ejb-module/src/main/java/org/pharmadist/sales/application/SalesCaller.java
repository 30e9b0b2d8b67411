package org.pharmadist.sales.application;

import jakarta.ejb.EJBContext;
import java.security.Principal;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/** The user name recorded on sales documents and holds: the EJB caller, or "system" without one (jobs, tests). */
final class SalesCaller {

    static final String SYSTEM = "system";

    private SalesCaller() {
    }

    static String current() {
        try {
            EJBContext context = InitialContext.doLookup("java:comp/EJBContext");
            Principal p = context.getCallerPrincipal();
            String name = p == null ? null : p.getName();
            return name == null || name.isBlank() || "ANONYMOUS".equalsIgnoreCase(name)
                    || "UNAUTHENTICATED".equals(name) ? SYSTEM : name;
        } catch (NamingException | RuntimeException e) {
            return SYSTEM;
        }
    }
}
