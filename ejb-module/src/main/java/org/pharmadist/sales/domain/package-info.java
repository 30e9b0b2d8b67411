/**
 * Sales domain: the money rules of sales documents ({@link org.pharmadist.sales.domain.LineAmounts}, the one place
 * that computes line net, tax and totals), price precedence ({@link org.pharmadist.sales.domain.PricePrecedence}:
 * valid customer/GPO contract, then price list with the best quantity break, else no price), price lists, quantity
 * breaks and contracts, and the {@link org.pharmadist.sales.domain.Quotation} aggregate with its status life cycle,
 * end-of-day validity in the company time zone and header totals. Uses catalog (products, units) and crm (customers)
 * only; inventory is asked for availability by the application layer.
 */
package org.pharmadist.sales.domain;
