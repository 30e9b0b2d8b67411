package org.pharmadist.inventory.application;

/**
 * The inventory side of acting on a product recall, used by compliance: marks a lot RECALLED (allocation, pick and
 * shipment refuse it from then on; it never becomes available again here), with the decision recorded like every
 * lot decision (who, when, why) and {@code LotStatusChanged} fired. Runs in the caller's transaction (MANDATORY) and
 * checks no permission of its own: the caller (compliance's recall service) has checked {@code compliance:recall}.
 *
 * <p>Implemented by the inventory module; callers inject it ({@code @EJB LotRecallHold}).
 */
public interface LotRecallHold {

    /**
     * Marks the lot recalled; a lot already RECALLED is left alone (answered with from == to, nothing recorded).
     *
     * @param lotId  the lot
     * @param reason the recall, e.g. "FDA recall D-0353-2026 (Class I): temperature abuse" (1-1000 characters)
     * @return the decision
     * @throws org.pharmadist.platform.errors.RecordNotFoundException (404) unknown lot
     * @throws org.pharmadist.platform.errors.InvalidInputException   (400 reason-required) blank or too long reason
     */
    LotDecision markRecalled(long lotId, String reason);
}
