package org.pharmadist.inventory.application;

import java.util.List;

/**
 * FEFO reservations for callers that checked their own permission (sales orders: sales:order, shipments:
 * sales:ship): the same rules and ledger entries as {@link StockAllocationService}, in the caller's transaction
 * (MANDATORY), without inventory's own inventory:move check. Implemented by {@link StockReservationsService};
 * callers inject it ({@code @Inject StockReservations}).
 */
public interface StockReservations {

    /** As {@link StockAllocationService#allocate(AllocationRequest)}: reserves FEFO, answers the shortfall. */
    AllocationResult allocate(AllocationRequest request);

    /** As {@link StockAllocationService#release(String)}: releases the open reservations of a demand. */
    List<AllocationLine> release(String demandReference);

    /** As {@link StockAllocationService#pick(String, List)}: picks the allocated reservations of a demand. */
    List<PickedLine> pick(String demandReference, List<String> serialNumbers);

    /** As {@link StockAllocationService#ship(String, String)}: ships the picked reservations of a demand. */
    List<PickedLine> ship(String demandReference, String shipmentDocument);

    /** As {@link StockAllocationService#reservations(String)}: every reservation of a demand, oldest first. */
    List<AllocationLine> reservations(String demandReference);
}
