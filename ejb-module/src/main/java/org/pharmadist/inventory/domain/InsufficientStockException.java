package org.pharmadist.inventory.domain;

/** A movement would take a balance below zero or reserve more than is on hand (HTTP 422 {@code insufficient-stock}). */
public class InsufficientStockException extends InventoryRuleException {

    private static final long serialVersionUID = 1L;

    public InsufficientStockException(String message) {
        super("insufficient-stock", "quantity", message);
    }
}
