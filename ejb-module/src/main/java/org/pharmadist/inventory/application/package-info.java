/**
 * Inventory services (EJB transaction boundaries with permissions): receipts ({@link
 * org.pharmadist.inventory.application.StockReceiving}), FEFO allocation, release, pick and ship ({@link
 * org.pharmadist.inventory.application.StockAllocationService}), transfers and counts, lot decisions, warehouse
 * maintenance, and the read-side queries and reports ({@link org.pharmadist.inventory.application.InventoryQueryService},
 * {@link org.pharmadist.inventory.application.StockLevels}) on the read data source. DTO records for REST, SOAP and the
 * portal.
 */
package org.pharmadist.inventory.application;
