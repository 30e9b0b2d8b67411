package org.pharmadist.inventory.application;

import java.math.BigDecimal;
import java.util.List;
import org.pharmadist.catalog.domain.UnitOfMeasure;

/**
 * What a FEFO allocation reserved.
 *
 * @param demandReference the demand
 * @param productId       product
 * @param requested       requested quantity in the stock unit, scale 3
 * @param allocated       reserved quantity, scale 3 (sum of the lines)
 * @param shortfall       requested - allocated, scale 3: what could not be reserved (a backorder for the caller)
 * @param unit            the product's stock unit
 * @param lines           reservations in FEFO order
 */
public record AllocationResult(String demandReference, long productId, BigDecimal requested, BigDecimal allocated,
        BigDecimal shortfall, UnitOfMeasure unit, List<AllocationLine> lines) {

    public AllocationResult {
        lines = List.copyOf(lines);
    }
}
