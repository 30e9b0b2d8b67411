package org.pharmadist.crm.application;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import org.pharmadist.crm.domain.Activity;

/**
 * An activity as shown.
 *
 * @param overdue true for an open activity whose due date is before today (company time zone)
 */
public record ActivityView(long id, String kind, String subject, String notes, LocalDate dueOn, boolean done,
        boolean overdue, Long customerId, Long leadId, Long opportunityId, String createdBy, Instant createdAt)
        implements Serializable {

    static ActivityView of(Activity a, LocalDate today) {
        return new ActivityView(a.id(), a.kind().name(), a.subject(), a.notes(), a.dueOn(), a.done(),
                !a.done() && a.dueOn() != null && a.dueOn().isBefore(today), a.customerId(), a.leadId(),
                a.opportunityId(), a.createdBy(), a.createdAt());
    }
}
