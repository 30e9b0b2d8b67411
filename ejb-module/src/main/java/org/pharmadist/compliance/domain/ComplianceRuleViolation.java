package org.pharmadist.compliance.domain;

import java.util.Map;
import org.pharmadist.platform.errors.BusinessException;

/**
 * A compliance rule refused a well-formed request (HTTP 422), e.g. "recall-closed" (a closed recall is not changed),
 * "invalid-status-transition".
 */
public class ComplianceRuleViolation extends BusinessException {

    private static final long serialVersionUID = 1L;

    /**
     * @param type    stable code, e.g. "recall-closed"
     * @param field   input field at fault, or null
     * @param message what was refused and why, naming the recall
     */
    public ComplianceRuleViolation(String type, String field, String message) {
        super(type, message, field == null ? null : Map.of(field, message));
    }

    @Override
    public Kind kind() {
        return Kind.RULE_VIOLATION;
    }
}
