package org.pharmadist.crm.application;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * An opportunity to create or the new state of one (then {@code version} is required).
 *
 * @param title           what is to be sold (required, at most 200 characters)
 * @param customerId      the customer; or
 * @param leadId          the lead (exactly one of customerId / leadId when creating)
 * @param stage           PROSPECTING (default), QUALIFICATION, PROPOSAL, NEGOTIATION, WON, LOST
 * @param amount          estimated amount in the company currency, 0 or more, at most 2 decimals
 * @param probability     win probability override in percent 0..100; null = the stage default
 * @param expectedCloseOn expected close date yyyy-MM-dd (optional)
 * @param version         version read before a change
 */
public record OpportunityRequest(String title, Long customerId, Long leadId, String stage, BigDecimal amount,
        Integer probability, String expectedCloseOn, Long version) implements Serializable { }
