package org.pharmadist.sales.domain;

/** OPEN until a user RELEASED it (the order or line goes on) or REJECTED it (the order or line is cancelled). */
public enum HoldStatus {
    OPEN, RELEASED, REJECTED
}
