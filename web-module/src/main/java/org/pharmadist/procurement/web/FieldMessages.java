package org.pharmadist.procurement.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.Map;
import org.pharmadist.platform.errors.BusinessException;
import org.pharmadist.platform.web.PortalMessages;

/**
 * Shows a refusal beside the field it names: the service's field ("lines[0].lotNumber", "quantity") is mapped to a
 * component client id; refusals without a known field become global messages.
 */
final class FieldMessages {

    private FieldMessages() {
    }

    static void show(RuntimeException e, Map<String, String> clientIds) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof BusinessException b) {
                boolean shown = false;
                for (String field : b.fieldErrors().keySet()) {
                    String clientId = clientIds.get(field.substring(field.lastIndexOf('.') + 1));
                    if (clientId != null) {
                        FacesContext.getCurrentInstance().addMessage(clientId,
                                new FacesMessage(FacesMessage.SEVERITY_ERROR, b.getMessage(), null));
                        shown = true;
                    }
                }
                if (!shown) {
                    PortalMessages.show(e);
                }
                FacesContext.getCurrentInstance().validationFailed();
                return;
            }
        }
        PortalMessages.show(e);
    }

    static void warn(String clientId, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_WARN, text, null));
    }

    static void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }
}
