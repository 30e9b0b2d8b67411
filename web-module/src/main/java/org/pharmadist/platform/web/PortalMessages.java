package org.pharmadist.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.pharmadist.platform.errors.BusinessException;
import org.pharmadist.platform.persistence.DatabaseLifecycle;

/**
 * The portal side of the error strategy: a business refusal becomes a message in the user's words,
 * a database outage says so, anything else shows an error id that is in the server log.
 */
public final class PortalMessages {

    private static final Logger LOG = Logger.getLogger(PortalMessages.class.getName());

    private PortalMessages() {
    }

    /** Adds a global Faces message for the exception (or a field message when {@code clientId} is given). */
    public static void show(RuntimeException e) {
        show(e, null);
    }

    /** As {@link #show(RuntimeException)}, beside the component {@code clientId}. */
    public static void show(RuntimeException e, String clientId) {
        FacesContext faces = FacesContext.getCurrentInstance();
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof BusinessException b) {
                faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_WARN, b.getMessage(), null));
                return;
            }
        }
        String reason = jakarta.enterprise.inject.spi.CDI.current().select(DatabaseLifecycle.class).get().unavailableReason();
        if (reason != null) {
            faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    "The database is not available (" + reason + "). Try again in a moment.", null));
            return;
        }
        String errorId = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected portal error, error id " + errorId, e);
        faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                "Something went wrong. Quote error id " + errorId + " to support.", null));
    }
}
