package org.pharmadist.crm.application;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An opportunity as shown.
 *
 * @param accountName           the customer's legal name, or the lead's company name
 * @param probability           percent 0..100
 * @param probabilityOverridden true when the probability is not the stage default
 * @param expectedValue         amount x probability, scale 2 HALF_UP
 */
public record OpportunityView(long id, String title, Long customerId, Long leadId, String accountName, String stage,
        BigDecimal amount, int probability, boolean probabilityOverridden, BigDecimal expectedValue,
        LocalDate expectedCloseOn, long version) implements Serializable { }
