package org.pharmadist.inventory.application;

import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.pharmadist.platform.events.DomainEvent;

/**
 * {@link StockReservations} in the caller's transaction (MANDATORY). It checks no permission of its own: it is
 * reachable only from a service already in a transaction that checked the caller's permission (the pattern of
 * {@link StockReceivingService}). The rules are {@link StockAllocationService}'s, run on a plain (not intercepted)
 * instance sharing this bean's persistence context, clock and events.
 */
@Stateless
@Local(StockReservations.class)
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class StockReservationsService implements StockReservations {

    @PersistenceContext(unitName = "pharmadist")
    EntityManager em;

    @Inject
    InventoryCalendar calendar;

    @Inject
    Event<DomainEvent> events;

    private StockAllocationService rules() {
        StockAllocationService s = new StockAllocationService();
        s.em = em;
        s.calendar = calendar;
        s.events = events;
        return s;
    }

    @Override
    public AllocationResult allocate(AllocationRequest request) {
        return rules().allocate(request);
    }

    @Override
    public List<AllocationLine> release(String demandReference) {
        return rules().release(demandReference);
    }

    @Override
    public List<PickedLine> pick(String demandReference, List<String> serialNumbers) {
        return rules().pick(demandReference, serialNumbers);
    }

    @Override
    public List<PickedLine> ship(String demandReference, String shipmentDocument) {
        return rules().ship(demandReference, shipmentDocument);
    }

    @Override
    public List<AllocationLine> reservations(String demandReference) {
        return rules().reservations(demandReference);
    }

    /** A reservations bean on explicit collaborators (tests wire it as the container would). */
    public static StockReservationsService on(EntityManager em, InventoryCalendar calendar, Event<DomainEvent> events) {
        StockReservationsService s = new StockReservationsService();
        s.em = em;
        s.calendar = calendar;
        s.events = events;
        return s;
    }
}
