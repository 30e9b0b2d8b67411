package org.pharmadist.crm.application;

import java.io.Serializable;
import java.util.List;

/**
 * Result of a lead conversion.
 *
 * @param lead        the lead, now CONVERTED
 * @param customer    the customer created
 * @param opportunity the opportunity created, or null
 * @param warnings    duplicate warnings for the new customer
 */
public record LeadConverted(LeadView lead, CustomerDetail customer, OpportunityView opportunity,
        List<DuplicateWarning> warnings) implements Serializable { }
