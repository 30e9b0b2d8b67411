/**
 * Finance domain: {@link org.pharmadist.finance.domain.Invoice} (one per shipment, running credited/paid/open figures
 * and a derived {@link org.pharmadist.finance.domain.InvoiceStatus}), {@link org.pharmadist.finance.domain.CreditNote}
 * (mirrors invoice lines with negative, symmetrically rounded amounts), {@link org.pharmadist.finance.domain.Payment}
 * and its allocations. Money follows {@code sales.domain.LineAmounts}.
 */
package org.pharmadist.finance.domain;
