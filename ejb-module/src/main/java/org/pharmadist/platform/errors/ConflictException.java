package org.pharmadist.platform.errors;

/** The request conflicts with the current state (changed by another user, key reused): HTTP 409. */
public class ConflictException extends BusinessException {

    private static final long serialVersionUID = 1L;

    /**
     * @param type    stable code, e.g. "changed-by-another-user"
     * @param message what conflicts and what to do about it
     */
    public ConflictException(String type, String message) {
        super(type, message, null);
    }

    @Override
    public Kind kind() {
        return Kind.CONFLICT;
    }
}
