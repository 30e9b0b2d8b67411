package org.pharmadist.sales.application;

import java.math.BigDecimal;

/**
 * The receivables part of a customer's credit exposure, defined here (sales) and implemented by finance, found through
 * CDI (architecture: the lower module defines the interface). Credit exposure = open order value (sales) + this.
 *
 * <p>Exactly one implementation must be deployed; the credit check refuses to guess when none is (it fails loudly
 * rather than counting zero).
 */
public interface ReceivablesExposure {

    /**
     * What the customer owes now: the open (unpaid) amount of its invoices including tax, less credit notes and
     * payments not yet applied (unapplied cash and over-payments reduce it), in the company currency, scale 2. May be
     * negative when the customer holds a credit. Read on the primary database inside the caller's transaction, so an
     * invoice written in the same transaction counts.
     *
     * @param customerId the customer (crm)
     */
    BigDecimal openReceivables(long customerId);
}
