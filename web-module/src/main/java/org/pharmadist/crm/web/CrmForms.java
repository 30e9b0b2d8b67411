package org.pharmadist.crm.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.math.BigDecimal;
import java.util.Map;
import java.util.function.Function;
import org.pharmadist.platform.errors.BusinessException;
import org.pharmadist.platform.web.PortalMessages;

/** Portal helpers of the CRM forms: service field errors become messages beside the fields. */
final class CrmForms {

    private CrmForms() {
    }

    /**
     * Shows a refusal: each field error beside the component the mapping names (client id), unmapped ones and the
     * summary as a global message; anything that is not a business refusal through {@link PortalMessages}.
     */
    static void show(RuntimeException e, Function<String, String> fieldToClientId) {
        BusinessException b = business(e);
        if (b == null) {
            PortalMessages.show(e);
            return;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        boolean unmapped = b.fieldErrors().isEmpty();
        for (Map.Entry<String, String> f : b.fieldErrors().entrySet()) {
            String clientId = fieldToClientId.apply(f.getKey());
            if (clientId == null) {
                unmapped = true;
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, f.getKey() + ": " + f.getValue(), null));
            } else {
                faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, f.getValue(), null));
            }
        }
        if (unmapped || b.fieldErrors().size() > 1 || b.kind() != BusinessException.Kind.INVALID_INPUT) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, b.getMessage(), null));
        }
        faces.validationFailed();
    }

    static BusinessException business(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof BusinessException b) {
                return b;
            }
        }
        return null;
    }

    /** Message beside one component. */
    static void fieldError(String clientId, String message) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
    }

    /** Global information message. */
    static void info(String message) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, message, null));
    }

    /** Parses money typed by a user ("12,500.50", "$900"); null for blank; a message beside the field otherwise. */
    static BigDecimal money(String text, String clientId) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.strip().replace(",", "").replace("$", ""));
        } catch (NumberFormatException e) {
            fieldError(clientId, "'" + text.strip() + "' is not an amount; write e.g. 25000.00");
            return null;
        }
    }

    /** Parses a whole number typed by a user; null for blank; a message beside the field otherwise. */
    static Integer whole(String text, String clientId) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            fieldError(clientId, "'" + text.strip() + "' is not a whole number");
            return null;
        }
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
