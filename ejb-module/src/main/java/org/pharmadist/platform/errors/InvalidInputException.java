package org.pharmadist.platform.errors;

import java.util.Map;

/** A request value is malformed or out of range (HTTP 400). */
public class InvalidInputException extends BusinessException {

    private static final long serialVersionUID = 1L;

    /**
     * @param type    stable code, e.g. "invalid-ndc"
     * @param field   the input field at fault (query parameter, JSON property, form field)
     * @param message what is wrong and what is accepted, in words a user can act on
     */
    public InvalidInputException(String type, String field, String message) {
        super(type, message, Map.of(field, message));
    }

    /**
     * Several fields at fault at once (a form with more than one wrong value).
     *
     * @param type        stable code, e.g. "invalid-product"
     * @param message     summary, e.g. "2 fields are invalid: shelfLifeDays, purchaseUnit"
     * @param fieldErrors field name to message; not empty
     */
    public InvalidInputException(String type, String message, Map<String, String> fieldErrors) {
        super(type, message, fieldErrors);
        if (fieldErrors.isEmpty()) {
            throw new IllegalArgumentException("an invalid input names at least one field");
        }
    }

    @Override
    public Kind kind() {
        return Kind.INVALID_INPUT;
    }
}
