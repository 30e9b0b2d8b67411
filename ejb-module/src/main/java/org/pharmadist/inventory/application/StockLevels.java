package org.pharmadist.inventory.application;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;

/**
 * Stock figures other modules plan with (procurement's reorder suggestions, sales' quotations); implemented by
 * the inventory module, read from the read data source.
 */
public interface StockLevels {

    /**
     * Available-to-promise per product in one warehouse (all warehouses when {@code warehouseId} is null): on hand
     * minus reserved minus stock in blocked lots (quarantine, expired, recalled, damaged, or past expiry today in
     * the company time zone), in each product's stock unit, scale 3. Products without stock are absent.
     */
    Map<Long, BigDecimal> availableToPromise(Collection<Long> productIds, Long warehouseId);
}
