package org.pharmadist.platform.web;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.PhaseId;
import java.io.IOException;
import java.util.Iterator;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Portal error handling for every Faces request, Ajax included (whose default answer would name the
 * exception class): an expired or forged view state (session timed out, page left open, cross-site
 * POST) reloads the page by GET, so the user signs in again or sees a fresh form and nothing from the
 * stale POST is processed; any other unexpected error is logged with an error id and the user is sent
 * to the error page showing that id. Registered in faces-config.xml.
 */
public class PortalExceptionHandlerFactory extends ExceptionHandlerFactory {

    public PortalExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new PortalExceptionHandler(getWrapped().getExceptionHandler());
    }

    /** The handler itself. */
    static final class PortalExceptionHandler extends ExceptionHandlerWrapper {

        private static final Logger LOG = Logger.getLogger(PortalExceptionHandler.class.getName());

        PortalExceptionHandler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() {
            FacesContext faces = FacesContext.getCurrentInstance();
            Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
            String target = null;
            while (events.hasNext()) {
                Throwable exception = events.next().getContext().getException();
                events.remove();
                if (target != null) {
                    continue;
                }
                ExternalContext external = faces.getExternalContext();
                if (isStaleViewState(exception, faces)) {
                    String view = external.getRequestServletPath();
                    target = external.getRequestContextPath() + (view == null || view.isEmpty() ? "/" : view)
                            + (view != null && view.endsWith("/login.xhtml") ? "?expired=true" : "");
                } else {
                    String errorId = UUID.randomUUID().toString();
                    LOG.log(Level.SEVERE, "Unexpected portal error, error id " + errorId, exception);
                    target = external.getRequestContextPath() + "/error.xhtml?id=" + errorId;
                }
            }
            if (target != null && !faces.getExternalContext().isResponseCommitted()) {
                try {
                    faces.getExternalContext().redirect(target);
                    faces.responseComplete();
                } catch (IOException e) {
                    LOG.log(Level.WARNING, "could not redirect after a portal error", e);
                }
            }
            getWrapped().handle();
        }

        private static boolean isStaleViewState(Throwable exception, FacesContext faces) {
            for (Throwable t = exception; t != null; t = t.getCause() == t ? null : t.getCause()) {
                if (t instanceof ViewExpiredException) {
                    return true;
                }
            }
            // A view state that cannot even be decoded (forged) fails while the view is restored.
            return faces.getCurrentPhaseId() == PhaseId.RESTORE_VIEW
                    && (exception instanceof FacesException || exception instanceof IllegalArgumentException
                    || exception instanceof IllegalStateException);
        }
    }
}
