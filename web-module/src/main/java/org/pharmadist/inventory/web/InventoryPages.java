package org.pharmadist.inventory.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.pharmadist.platform.errors.BusinessException;
import org.pharmadist.platform.web.PortalMessages;

/**
 * What the inventory screens share: messages beside fields for service refusals (the service names the field at fault
 * in {@link BusinessException#fieldErrors()}), parsing of typed numbers, and UTC time stamps.
 */
final class InventoryPages {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    private InventoryPages() {
    }

    /** An error beside the component {@code clientId} (its {@code p:message}); global when null. */
    static void fieldError(String clientId, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    /** A message for the page as a whole. */
    static void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    /**
     * Shows a service refusal beside the field it names: {@code fieldClientIds} maps service field names (e.g.
     * "quantity", "toLocationId") to client ids of the page's inputs. A refusal naming no mapped field, or any other
     * error, is shown as {@link PortalMessages} does (global; database outage; error id).
     */
    static void show(RuntimeException e, Map<String, String> fieldClientIds) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof BusinessException b) {
                for (String field : b.fieldErrors().keySet()) {
                    String clientId = fieldClientIds.get(field);
                    if (clientId != null) {
                        fieldError(clientId, b.getMessage());
                        return;
                    }
                }
                break;
            }
        }
        PortalMessages.show(e);
    }

    /**
     * A decimal typed by the user, never via double: null when blank.
     *
     * @throws NumberFormatException when it is not a plain decimal number (e.g. "12", "2.5")
     */
    static BigDecimal decimal(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip().replace(",", "");
        if (!t.matches("-?\\d+(\\.\\d+)?")) {
            throw new NumberFormatException(text);
        }
        return new BigDecimal(t);
    }

    /**
     * A whole number typed by the user, null when blank.
     *
     * @throws NumberFormatException when it is not a whole number
     */
    static Integer wholeNumber(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        if (!t.matches("-?\\d{1,9}")) {
            throw new NumberFormatException(text);
        }
        return Integer.valueOf(t);
    }

    /**
     * A record id from a view parameter: null when blank or not a positive whole number, in which case a page message
     * names the parameter (a hand-edited address must not end in an error page).
     */
    static Long idParameter(String text, String name) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (!text.strip().matches("\\d{1,18}")) {
            fieldError(null, "The address parameter " + name + " must be a record id (a whole number), not '" + text + "'.");
            return null;
        }
        return Long.valueOf(text.strip());
    }

    /** "2026-05-01 13:45:10" (UTC), or "" for null. */
    static String utc(Instant instant) {
        return instant == null ? "" : UTC.format(instant);
    }

    /** "12.000 EA": a quantity with its unit, plain (no exponent). */
    static String quantity(BigDecimal amount, Object unit) {
        return amount == null ? "" : amount.toPlainString() + " " + unit;
    }
}
