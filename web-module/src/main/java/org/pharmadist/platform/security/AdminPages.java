package org.pharmadist.platform.security;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** What the security administration screens share: UTC time stamps and Faces messages. */
final class AdminPages {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    private AdminPages() {
    }

    /** "2026-05-01 13:45:10" (UTC), or "" for null. */
    static String utc(Instant instant) {
        return instant == null ? "" : UTC.format(instant);
    }

    /** A message for the page as a whole (global messages, growl). */
    static void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    /** An error for the page as a whole, e.g. "You do not have permission security:view." */
    static void error(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    /** An error beside a component (its {@code p:message}), given by client id; global when null. */
    static void error(String clientId, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    /**
     * Client id of the component whose action is running (in a table row, with the row index), so a
     * message can be shown beside it; null outside an action.
     */
    static String currentClientId() {
        FacesContext faces = FacesContext.getCurrentInstance();
        UIComponent current = UIComponent.getCurrentComponent(faces);
        return current == null ? null : current.getClientId(faces);
    }
}
