package org.pharmadist.finance.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.Map;
import java.util.function.Function;
import org.pharmadist.platform.errors.BusinessException;
import org.pharmadist.platform.web.PortalMessages;

/**
 * Shows a refusal beside the fields it names: the service's field ("amount", "allocations[1].amount") is mapped to a
 * component client id by {@code clientIds}; refusals without a known field become global messages.
 */
final class FinanceMessages {

    private FinanceMessages() {
    }

    static void show(RuntimeException e, Map<String, String> fixed, Function<String, String> more) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof BusinessException b) {
                FacesContext faces = FacesContext.getCurrentInstance();
                boolean shown = false;
                for (Map.Entry<String, String> f : b.fieldErrors().entrySet()) {
                    String clientId = fixed.get(f.getKey());
                    if (clientId == null && more != null) {
                        clientId = more.apply(f.getKey());
                    }
                    if (clientId != null) {
                        faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, f.getValue(), null));
                        shown = true;
                    }
                }
                if (!shown) {
                    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, b.getMessage(), null));
                }
                faces.validationFailed();
                return;
            }
        }
        PortalMessages.show(e);
    }

    /** An error beside one component. */
    static void field(String clientId, String text) {
        jakarta.faces.context.FacesContext.getCurrentInstance().addMessage(clientId,
                new jakarta.faces.application.FacesMessage(jakarta.faces.application.FacesMessage.SEVERITY_ERROR, text, null));
    }

    static void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }
}
