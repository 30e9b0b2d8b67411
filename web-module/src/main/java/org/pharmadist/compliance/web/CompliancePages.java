package org.pharmadist.compliance.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.pharmadist.platform.errors.BusinessException;
import org.pharmadist.platform.web.PortalMessages;

/** Messages and formats shared by the compliance pages. */
final class CompliancePages {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    private CompliancePages() {
    }

    static void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    static void warn(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, text, null));
    }

    static void fieldError(String clientId, String text) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        faces.validationFailed();
    }

    /**
     * Shows a refusal beside the fields it names ({@code fields}: service field name to client id), else globally.
     */
    static void show(RuntimeException e, Map<String, String> fields) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof BusinessException b && !b.fieldErrors().isEmpty()) {
                boolean shown = false;
                for (Map.Entry<String, String> f : b.fieldErrors().entrySet()) {
                    String clientId = fields.get(f.getKey());
                    if (clientId != null) {
                        fieldError(clientId, f.getValue());
                        shown = true;
                    }
                }
                if (shown) {
                    return;
                }
            }
        }
        PortalMessages.show(e);
    }

    static String utc(Instant instant) {
        return instant == null ? "" : UTC.format(instant);
    }
}
