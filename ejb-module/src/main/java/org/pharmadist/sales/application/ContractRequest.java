package org.pharmadist.sales.application;

/**
 * A new contract: with one customer ({@code customerId}) or a GPO ({@code gpo}, matched to the customers' GPO
 * membership), never both.
 *
 * @param code      e.g. "VIZ-2026"
 * @param name      display name
 * @param gpo       GPO name, e.g. "Vizient", or null
 * @param customerId customer id, or null
 * @param validFrom first day, yyyy-MM-dd (company time zone)
 * @param validTo   last day, yyyy-MM-dd, inclusive
 */
public record ContractRequest(String code, String name, String gpo, Long customerId, String validFrom, String validTo) { }
