package org.pharmadist.platform.audit;

import jakarta.ejb.EJBContext;
import java.security.Principal;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.hibernate.envers.RevisionListener;

/**
 * Stamps each Envers revision with the caller's name from the current EJB context. Work done outside
 * a caller (start-up reference-data load, timers) is recorded as "system".
 */
public class AuditRevisionListener implements RevisionListener {

    static final String SYSTEM = "system";

    @Override
    public void newRevision(Object revisionEntity) {
        ((AuditRevision) revisionEntity).changedBy(currentUser());
    }

    static String currentUser() {
        try {
            EJBContext context = InitialContext.doLookup("java:comp/EJBContext");
            Principal principal = context.getCallerPrincipal();
            String name = principal == null ? null : principal.getName();
            if (name == null || name.isBlank() || "ANONYMOUS".equalsIgnoreCase(name) || "UNAUTHENTICATED".equals(name)
                    || "anonymous".equals(name)) {
                return SYSTEM;
            }
            return name;
        } catch (NamingException | IllegalStateException e) {
            return SYSTEM;
        }
    }
}
