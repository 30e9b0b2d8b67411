/**
 * Sales services (transaction boundaries, permission sales:view|quote|price): {@link
 * org.pharmadist.sales.application.PricingService} (price lists, contracts, price lookup with source), {@link
 * org.pharmadist.sales.application.QuotationService} (quotations on the primary database, ATP per line from inventory
 * for the customer's minimum shelf life), {@link org.pharmadist.sales.application.QuotationQueryService} (the list, one
 * query on the read database), the customer 360 contribution, the hourly expiry job and the demo data.
 */
package org.pharmadist.sales.application;
