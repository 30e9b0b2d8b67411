package org.pharmadist.sales.application;

import java.util.List;

/**
 * Confirmation of a shipment.
 *
 * @param version       the shipment version read
 * @param serialNumbers serial numbers of the packages picked (DSCSA serialised products: one per package), else empty
 */
public record ShipmentConfirmation(Long version, List<String> serialNumbers) { }
