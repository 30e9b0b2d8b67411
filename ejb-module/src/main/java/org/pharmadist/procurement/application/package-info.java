/**
 * Procurement services (EJB transaction boundaries with permissions procurement:view/order/receive/invoice):
 * suppliers, purchase orders, goods receipts (with inventory's {@link org.pharmadist.inventory.application.StockReceiving}
 * in the same transaction), supplier invoices and their approval, reorder policies; the read-side lists and reorder
 * suggestions on the read data source; DTO records for REST and the portal; demo data.
 */
package org.pharmadist.procurement.application;
