package org.pharmadist.platform.errors;

/** The record named in the request does not exist (HTTP 404). */
public class RecordNotFoundException extends BusinessException {

    private static final long serialVersionUID = 1L;

    /**
     * @param type    stable code, e.g. "product-not-found"
     * @param message which record was looked for, e.g. "No product with NDC 00338-0424-18"
     */
    public RecordNotFoundException(String type, String message) {
        super(type, message, null);
    }

    @Override
    public Kind kind() {
        return Kind.NOT_FOUND;
    }
}
