package org.pharmadist.inventory.application;

import org.pharmadist.catalog.domain.Quantity;

/**
 * A demand for stock of one product, to be reserved first-expired-first-out. Inventory knows nothing of customers or
 * orders: the caller names the demand and passes the customer's shelf-life need.
 *
 * @param demandReference  the caller's reference of the demand line, e.g. "SO-123/2" (1-100 characters); release,
 *                         pick and ship name it again
 * @param productId        catalog product id
 * @param quantity         quantity in any unit the product defines (converted to the stock unit), greater than zero
 * @param warehouseId      warehouse to allocate from, or null for any warehouse
 * @param minShelfLifeDays minimum remaining shelf life in days the demand needs (expiry - today), null or 0 for none
 */
public record AllocationRequest(String demandReference, long productId, Quantity quantity, Long warehouseId,
        Integer minShelfLifeDays) { }
