package org.pharmadist.finance.domain;

/** How a customer paid: ACH transfer, wire, check, card, cash. */
public enum PaymentMethod {
    ACH, WIRE, CHECK, CARD, CASH
}
