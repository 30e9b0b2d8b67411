package org.pharmadist.inventory.domain;

import java.util.Map;
import org.pharmadist.platform.errors.BusinessException;

/**
 * An inventory rule refused a well-formed request (HTTP 422): e.g. {@code storage-condition-mismatch} (a
 * refrigerated product into a room-temperature bin), {@code lot-not-sellable}, {@code lot-status-change-refused}.
 * Rolls the transaction back.
 */
public class InventoryRuleException extends BusinessException {

    private static final long serialVersionUID = 1L;

    /** Code of the storage-condition rule (USP 659). */
    public static final String STORAGE_CONDITION_MISMATCH = "storage-condition-mismatch";

    /**
     * @param type    stable code, e.g. {@value #STORAGE_CONDITION_MISMATCH}
     * @param field   the input field at fault, or null
     * @param message what was refused and why
     */
    public InventoryRuleException(String type, String field, String message) {
        super(type, message, field == null ? null : Map.of(field, message));
    }

    @Override
    public Kind kind() {
        return Kind.RULE_VIOLATION;
    }
}
