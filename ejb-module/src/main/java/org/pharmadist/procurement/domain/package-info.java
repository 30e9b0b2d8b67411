/**
 * Procurement domain: suppliers, purchase orders whose lines are kept in whole purchase units of the product
 * ({@link org.pharmadist.catalog.domain.Product#toWholeUnits}), goods receipts, supplier invoices with the rules of
 * the three-way match ({@link org.pharmadist.procurement.domain.ThreeWayMatch}), reorder policies; audited entities
 * (Envers) and the procurement domain event.
 */
package org.pharmadist.procurement.domain;
