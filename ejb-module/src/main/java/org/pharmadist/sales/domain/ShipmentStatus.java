package org.pharmadist.sales.domain;

/** OPEN: created, pick list printed, stock still reserved; SHIPPED: confirmed, the stock has left. */
public enum ShipmentStatus {
    OPEN, SHIPPED
}
