package org.pharmadist.inventory.application;

import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import org.pharmadist.platform.events.DomainEvent;

/** Wires inventory beans for tests of other modules, as the container would (package-private fields). */
public final class InventoryWiring {

    private InventoryWiring() {
    }

    public static StockReceivingService receiving(EntityManager em, InventoryCalendar calendar, Event<DomainEvent> events) {
        StockReceivingService s = new StockReceivingService();
        s.em = em;
        s.calendar = calendar;
        s.events = events;
        return s;
    }

    public static StockReservationsService reservations(EntityManager em, InventoryCalendar calendar, Event<DomainEvent> events) {
        return StockReservationsService.on(em, calendar, events);
    }
}
