package org.pharmadist.crm.application;

import java.io.Serializable;

/**
 * An activity to record, about exactly one of a customer, a lead or an opportunity.
 *
 * @param kind          CALL, VISIT, NOTE or TASK
 * @param subject       short text (required, at most 200 characters)
 * @param notes         longer text (optional, at most 4000 characters)
 * @param dueOn         due date yyyy-MM-dd (required for TASK, optional otherwise)
 * @param customerId    the customer, or
 * @param leadId        the lead, or
 * @param opportunityId the opportunity
 */
public record ActivityRequest(String kind, String subject, String notes, String dueOn, Long customerId, Long leadId,
        Long opportunityId) implements Serializable { }
