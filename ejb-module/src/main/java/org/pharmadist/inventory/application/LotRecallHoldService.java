package org.pharmadist.inventory.application;

import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.pharmadist.inventory.domain.Lot;
import org.pharmadist.inventory.domain.LotStatus;
import org.pharmadist.inventory.infrastructure.Actors;
import org.pharmadist.inventory.infrastructure.InventoryStore;
import org.pharmadist.platform.errors.InvalidInputException;
import org.pharmadist.platform.events.DomainEvent;

/** {@link LotRecallHold}: the recall decision of {@link LotStatusService}, for compliance, in the caller's transaction. */
@Stateless
@Local(LotRecallHold.class)
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class LotRecallHoldService implements LotRecallHold {

    @PersistenceContext(unitName = "pharmadist")
    EntityManager em;

    @Inject
    InventoryCalendar calendar;

    @Inject
    Event<DomainEvent> events;

    @Override
    public LotDecision markRecalled(long lotId, String reason) {
        if (reason == null || reason.isBlank() || reason.strip().length() > 1000) {
            throw new InvalidInputException("reason-required", "reason", "give the reason for the decision (1-1000 characters)");
        }
        Lot lot = new InventoryStore(em).lotForUpdate(lotId);
        if (lot.status() == LotStatus.RECALLED) {
            return new LotDecision(lot.id(), lot.lotNumber(), lot.status().name(), lot.status().name(), reason.strip(),
                    Actors.current(), calendar.now());
        }
        return LotStatusService.record(em, lot, LotStatus.RECALLED, reason.strip(), Actors.current(), calendar.now(), events);
    }
}
