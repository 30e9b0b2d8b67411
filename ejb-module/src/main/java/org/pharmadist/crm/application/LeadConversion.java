package org.pharmadist.crm.application;

import java.io.Serializable;

/**
 * How to convert a lead: the customer to create (its {@code legalName} and {@code type} default to the lead's) and
 * optionally a first opportunity.
 *
 * @param customer    the new customer's data (tax id and bill-to address are required as for any customer)
 * @param opportunity a first opportunity for the new customer, or null
 */
public record LeadConversion(CustomerRequest customer, OpportunityRequest opportunity) implements Serializable { }
