package org.pharmadist.compliance.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Set;
import org.pharmadist.compliance.application.ComplianceAuditService;
import org.pharmadist.platform.audit.RecordRevision;
import org.pharmadist.platform.web.PortalMessages;

/**
 * The audit trail of one regulated record ({@code compliance/audit.xhtml?type=lot&id=123}, compliance:view): each
 * revision with who, when and every changed field old -> new.
 */
@Named
@ViewScoped
public class AuditHistoryView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ComplianceAuditService audit;

    private String type;
    private String id;
    private List<RecordRevision> revisions = List.of();
    private boolean loaded;

    /** View action and "Show". */
    public void load() {
        loaded = false;
        revisions = List.of();
        if (type == null || type.isBlank() || id == null || id.isBlank()) {
            return;
        }
        try {
            revisions = audit.history(type, id);
            loaded = true;
        } catch (RuntimeException e) {
            CompliancePages.show(e, java.util.Map.of("type", "auditForm:type", "id", "auditForm:id"));
        }
    }

    /** The record types the page knows. */
    public Set<String> getTypes() {
        return ComplianceAuditService.TYPES.keySet();
    }

    public String utc(java.time.Instant instant) {
        return CompliancePages.utc(instant);
    }

    public List<RecordRevision> getRevisions() { return revisions; }
    public boolean isLoaded() { return loaded; }
    public String getType() { return type; }
    public void setType(String type) { this.type = type; }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
}
