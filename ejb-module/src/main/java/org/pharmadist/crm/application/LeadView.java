package org.pharmadist.crm.application;

import java.io.Serializable;
import java.time.Instant;
import org.pharmadist.crm.domain.Lead;

/** A lead as shown; {@code customerId} is set once converted. */
public record LeadView(long id, String companyName, String type, String contactName, String email, String phone,
        String source, String status, Long customerId, long version, Instant createdAt) implements Serializable {

    static LeadView of(Lead l) {
        return new LeadView(l.id(), l.companyName(), l.type() == null ? null : l.type().name(), l.contactName(),
                l.email(), l.phone(), l.source(), l.status().name(), l.customerId(), l.version(), l.createdAt());
    }
}
