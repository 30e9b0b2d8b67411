package org.pharmadist.platform.errors;

import jakarta.ejb.ApplicationException;
import java.util.Map;

/**
 * A business rule refused the request. Rolls back the transaction (nothing half-written) and
 * reaches the caller as RFC 9457 problem+json (REST), a SOAP Client fault or a Faces message.
 *
 * <p>{@link #type()} is a stable short code ("invalid-ndc", "product-not-found") that the REST layer
 * turns into the problem {@code type} URI; {@link #fieldErrors()} names the offending input fields.
 */
@ApplicationException(rollback = true)
public abstract class BusinessException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The class of refusal, which decides the HTTP status. */
    public enum Kind {
        /** The request is malformed or a value is invalid: 400. */
        INVALID_INPUT(400),
        /** The caller lacks the permission: 403. */
        FORBIDDEN(403),
        /** The named record does not exist: 404. */
        NOT_FOUND(404),
        /** The record changed or the request repeats another one in a conflicting way: 409. */
        CONFLICT(409),
        /** Well-formed but refused by a business rule: 422. */
        RULE_VIOLATION(422);

        private final int httpStatus;

        Kind(int httpStatus) {
            this.httpStatus = httpStatus;
        }

        /** HTTP status code for REST answers. */
        public int httpStatus() {
            return httpStatus;
        }
    }

    private final String type;
    private final Map<String, String> fieldErrors;

    protected BusinessException(String type, String message, Map<String, String> fieldErrors) {
        super(message);
        this.type = type;
        this.fieldErrors = fieldErrors == null ? Map.of() : Map.copyOf(fieldErrors);
    }

    /** The class of refusal. */
    public abstract Kind kind();

    /** Stable short code of the rule, e.g. "invalid-ndc". */
    public String type() {
        return type;
    }

    /** Input field name to message, for messages shown beside the field; may be empty. */
    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
