package org.pharmadist.platform.security;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.pharmadist.platform.errors.BusinessException;

/**
 * The security audit screen ({@code security/audit.xhtml}, permission {@code audit:view}): the newest
 * {@value #LIMIT} entries, newest first.
 */
@Named
@ViewScoped
public class AuditView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Entries shown. */
    public static final int LIMIT = 500;

    @Inject
    SecurityAdministration administration;

    private boolean allowed;
    private List<SecurityAuditLog.Entry> entries = List.of();

    /** View action (and the Refresh button): loads the newest entries, or shows why the caller may not see them. */
    public void load() {
        try {
            entries = administration.auditTrail(LIMIT);
            allowed = true;
        } catch (BusinessException e) {
            entries = List.of();
            allowed = false;
            AdminPages.error(e.getMessage());
        }
    }

    public boolean isAllowed() {
        return allowed;
    }

    /** Newest first. */
    public List<SecurityAuditLog.Entry> getEntries() {
        return entries;
    }

    /** Entries shown at most. */
    public int getLimit() {
        return LIMIT;
    }

    /** UTC time stamp for the table. */
    public String utc(Instant instant) {
        return AdminPages.utc(instant);
    }
}
