package org.pharmadist.compliance.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pharmadist.compliance.application.ComplianceAuditService;
import org.pharmadist.platform.audit.RecordRevision;

/** The audit trail of one regulated record (compliance:view): who, when, each field old -> new, oldest first. */
@Path("/compliance/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Compliance audit trail")
public class AuditResource {

    @Inject
    ComplianceAuditService audit;

    @GET
    @Operation(summary = "Revision history of a record", description = "type: product, lot, customer, customer-license, "
            + "price-list, price-list-item, contract, contract-price, quotation, recall, recall-notice; id: the record's "
            + "id. Answers {type, id, revisions:[{revision, changedAt, changedBy, kind, changes:[{field, oldValue, newValue}]}]}.")
    public History history(@QueryParam("type") String type, @QueryParam("id") String id) {
        return new History(type, id, audit.history(type, id));
    }

    /** The answer: the record named and its revisions. */
    public record History(String type, String id, List<RecordRevision> revisions) { }
}
