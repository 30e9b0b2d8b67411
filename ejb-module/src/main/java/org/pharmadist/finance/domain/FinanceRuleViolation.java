package org.pharmadist.finance.domain;

import java.util.Map;
import org.pharmadist.platform.errors.BusinessException;

/**
 * A finance rule refused a well-formed request (HTTP 422), e.g. "allocation-exceeds-open-balance",
 * "allocation-exceeds-payment", "credit-exceeds-invoiced", "no-invoice-for-shipment", "invoice-amounts-mismatch".
 */
public class FinanceRuleViolation extends BusinessException {

    private static final long serialVersionUID = 1L;

    /**
     * @param type    stable code
     * @param field   input field at fault (e.g. "allocations[1].amount"), or null
     * @param message what was refused and why, naming the document
     */
    public FinanceRuleViolation(String type, String field, String message) {
        super(type, message, field == null ? null : Map.of(field, message));
    }

    @Override
    public Kind kind() {
        return Kind.RULE_VIOLATION;
    }
}
