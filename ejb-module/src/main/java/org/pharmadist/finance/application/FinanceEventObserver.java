package org.pharmadist.finance.application;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.pharmadist.sales.domain.CustomerReturnBooked;
import org.pharmadist.sales.domain.ShipmentConfirmed;

/**
 * Answers the sales events IN their transaction (plain synchronous observers, not after commit): the invoice of a
 * confirmed shipment and the credit note of a booked return are written by the same transaction as the shipment or
 * return, and a refusal here rolls that back too.
 */
@ApplicationScoped
public class FinanceEventObserver {

    @EJB
    InvoiceService invoices;

    void onShipmentConfirmed(@Observes ShipmentConfirmed shipment) {
        invoices.invoiceShipment(shipment);
    }

    void onCustomerReturnBooked(@Observes CustomerReturnBooked booked) {
        invoices.creditReturn(booked);
    }
}
