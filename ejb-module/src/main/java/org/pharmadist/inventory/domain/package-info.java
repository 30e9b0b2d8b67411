/**
 * Inventory domain: warehouses and locations with storage conditions (USP 659), lots with expiry and status, serial
 * numbers (DSCSA), stock balances by lot and location, the append-only stock ledger, reservations of demands, the
 * moving average cost, and the rules every screen, report and allocation shares: {@link
 * org.pharmadist.inventory.domain.SellableRule} (sellable through the expiry date in the company time zone), {@link
 * org.pharmadist.inventory.domain.FefoOrder} and {@link org.pharmadist.inventory.domain.ExpiryDate} (month-year expiry =
 * last day of the month).
 */
package org.pharmadist.inventory.domain;
