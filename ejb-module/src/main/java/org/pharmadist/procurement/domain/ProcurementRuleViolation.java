package org.pharmadist.procurement.domain;

import java.util.Map;
import org.pharmadist.platform.errors.BusinessException;

/**
 * A procurement rule refused a well-formed request (HTTP 422): receiving more than was ordered, changing a purchase
 * order that was already sent, ordering a discontinued product, approving a matched invoice.
 */
public class ProcurementRuleViolation extends BusinessException {

    private static final long serialVersionUID = 1L;

    /**
     * @param type    stable code, e.g. "over-receipt"
     * @param message what was refused and why, in words a user can act on
     */
    public ProcurementRuleViolation(String type, String message) {
        super(type, message, null);
    }

    /** As {@link #ProcurementRuleViolation(String, String)}, naming the input field at fault. */
    public ProcurementRuleViolation(String type, String field, String message) {
        super(type, message, Map.of(field, message));
    }

    @Override
    public Kind kind() {
        return Kind.RULE_VIOLATION;
    }
}
