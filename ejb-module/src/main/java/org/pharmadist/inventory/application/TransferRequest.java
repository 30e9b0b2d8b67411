package org.pharmadist.inventory.application;

import java.util.List;
import org.pharmadist.catalog.domain.Quantity;

/**
 * A move of unreserved stock of one lot from one location to another (same or another warehouse).
 *
 * @param lotId          lot
 * @param fromLocationId source location
 * @param toLocationId   destination location; its storage condition must accept the product
 * @param quantity       quantity in any unit of the product, greater than zero
 * @param serialNumbers  serials of the packages moved (serialised products: one per package), else empty
 * @param reference      transfer document, e.g. "TR-2026-0001", may be null
 */
public record TransferRequest(long lotId, long fromLocationId, long toLocationId, Quantity quantity,
        List<String> serialNumbers, String reference) {

    public TransferRequest {
        serialNumbers = serialNumbers == null ? List.of() : List.copyOf(serialNumbers);
    }
}
