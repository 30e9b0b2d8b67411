package org.pharmadist.sales.application;

import java.math.BigDecimal;

/**
 * A credit check of a customer: exposure = open order value + receivables, against the credit limit. Company
 * currency, scale 2.
 *
 * @param customerId         customer
 * @param creditLimit        the customer's credit limit
 * @param openOrderValue     value (incl. tax) not yet shipped of the customer's CONFIRMED, ON_HOLD and
 *                           PARTIALLY_SHIPPED orders, the checked order included
 * @param receivables        open receivables from finance; zero when {@code receivablesKnown} is false
 * @param receivablesKnown   false when no finance implementation of ReceivablesExposure is deployed: receivables
 *                           are then counted as zero and the check says "receivables unknown"
 * @param exposure           openOrderValue + receivables
 * @param withinLimit        exposure &lt;= creditLimit
 * @param message            one sentence, e.g. "exposure 1,234.00 USD within limit 5,000.00 USD (receivables unknown)"
 */
public record CreditCheck(long customerId, BigDecimal creditLimit, BigDecimal openOrderValue, BigDecimal receivables,
        boolean receivablesKnown, BigDecimal exposure, boolean withinLimit, String message) { }
