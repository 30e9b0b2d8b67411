package org.pharmadist.insights.application;

/**
 * A call to the language model failed; {@link #reason()} is a short text for the AI panel ("timeout",
 * "HTTP 503", "rate limited", ...). Subclasses tell the fault-tolerance policy what to do with it.
 */
public class ModelCallException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final String reason;

    public ModelCallException(String reason, Throwable cause) {
        super("AI model call failed: " + reason, cause);
        this.reason = reason;
    }

    /** Short reason, never the key or the request. */
    public String reason() {
        return reason;
    }

    /** A failure worth another attempt soon: HTTP 5xx, I/O error, timeout (MicroProfile {@code @Retry} retries it). */
    public static class Retryable extends ModelCallException {
        private static final long serialVersionUID = 1L;

        public Retryable(String reason, Throwable cause) {
            super(reason, cause);
        }
    }

    /** HTTP 429 still answered after the honoured Retry-After waits: not retried again at once. */
    public static class RateLimited extends ModelCallException {
        private static final long serialVersionUID = 1L;

        public RateLimited(String reason, Throwable cause) {
            super(reason, cause);
        }
    }

    /** The service refused the request (400, 401, 403, 404, 422) or answered something unusable: not retried. */
    public static class Rejected extends ModelCallException {
        private static final long serialVersionUID = 1L;

        public Rejected(String reason, Throwable cause) {
            super(reason, cause);
        }
    }
}
