package org.pharmadist.sales.application;

import java.time.LocalDate;

/**
 * A row of the shipment list.
 *
 * @param id           id
 * @param number       number
 * @param orderId      order id
 * @param orderNumber  order number
 * @param customerId   customer
 * @param customerName customer's legal name
 * @param status       OPEN or SHIPPED
 * @param createdOn    date created
 * @param shipDate     date shipped or null
 * @param lineCount    pick lines
 */
public record ShipmentSummary(long id, String number, long orderId, String orderNumber, long customerId,
        String customerName, String status, LocalDate createdOn, LocalDate shipDate, int lineCount) { }
