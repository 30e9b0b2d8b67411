package org.pharmadist.sales.application;

import java.util.List;

/**
 * A new quotation.
 *
 * @param customerId customer id
 * @param validUntil last day the offer is valid (yyyy-MM-dd, to the end of that day in the company time zone);
 *                   default today + 30 days
 * @param lines      lines, may be empty (a draft to fill in)
 */
public record QuotationRequest(Long customerId, String validUntil, List<QuotationLineRequest> lines) { }
