package org.pharmadist.sales.domain;

import java.util.Map;
import org.pharmadist.platform.errors.BusinessException;

/**
 * A sales rule refused a well-formed request (HTTP 422): no price for a product ("no-price"), a quotation past its
 * valid-until day ("quotation-expired"), sending a quotation without lines ("quotation-empty").
 */
public class SalesRuleViolation extends BusinessException {

    private static final long serialVersionUID = 1L;

    /**
     * @param type    stable code, e.g. "no-price"
     * @param field   input field at fault (e.g. "lines[2].ndc"), or null
     * @param message what was refused and why, naming the product or quotation
     */
    public SalesRuleViolation(String type, String field, String message) {
        super(type, message, field == null ? null : Map.of(field, message));
    }

    @Override
    public Kind kind() {
        return Kind.RULE_VIOLATION;
    }
}
