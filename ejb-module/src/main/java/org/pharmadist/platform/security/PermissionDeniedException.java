package org.pharmadist.platform.security;

import org.pharmadist.platform.errors.BusinessException;

/** The caller lacks the permission an operation needs: REST 403, SOAP Client fault, portal message. */
public class PermissionDeniedException extends BusinessException {

    private static final long serialVersionUID = 1L;

    /** @param permission "module:action" that was missing */
    public PermissionDeniedException(String permission) {
        super("permission-denied", "You do not have permission " + permission + ".", null);
    }

    @Override
    public Kind kind() {
        return Kind.FORBIDDEN;
    }
}
