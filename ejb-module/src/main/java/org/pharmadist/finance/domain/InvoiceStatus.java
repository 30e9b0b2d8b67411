package org.pharmadist.finance.domain;

/**
 * Status of a customer invoice, derived from its figures after every change (never set by hand):
 * OPEN (nothing paid, balance above 0), PARTIALLY_PAID (something paid, balance above 0), PAID (balance 0 after
 * payments), CREDITED (balance 0 because credit notes cover the whole invoice).
 */
public enum InvoiceStatus {
    OPEN, PARTIALLY_PAID, PAID, CREDITED
}
