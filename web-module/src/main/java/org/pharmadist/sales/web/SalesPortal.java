package org.pharmadist.sales.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Map;
import org.pharmadist.platform.errors.BusinessException;
import org.pharmadist.platform.web.PortalMessages;
import org.pharmadist.sales.application.PriceAnswer;
import org.pharmadist.sales.application.PricingService;
import org.pharmadist.sales.domain.LineAmounts;

/**
 * What the sales pages share: service errors placed beside the field they concern (the service's field names mapped
 * to client ids; {@code lines[i].} prefixes ignored), money and quantity text, and the product pick's NDC.
 */
final class SalesPortal {

    private SalesPortal() {
    }

    /**
     * Shows a service error: each field error of a {@link BusinessException} (also when wrapped) beside the mapped
     * component, the message in the global area when no field matches; anything else through {@link PortalMessages}
     * (no stack trace). Marks the request as failed so dialogs stay open.
     */
    static void show(RuntimeException e, Map<String, String> fieldToClientId) {
        BusinessException b = null;
        for (Throwable t = e; t != null && b == null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof BusinessException x) {
                b = x;
            }
        }
        if (b == null) {
            PortalMessages.show(e);
            return;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        boolean placed = false;
        for (Map.Entry<String, String> f : b.fieldErrors().entrySet()) {
            String key = f.getKey().replaceFirst("^lines\\[\\d+]\\.", "");
            String clientId = fieldToClientId.get(key);
            if (clientId != null) {
                faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, f.getValue(), null));
                placed = true;
            }
        }
        if ("product-not-found".equals(b.type()) && fieldToClientId.containsKey("ndc")) {
            faces.addMessage(fieldToClientId.get("ndc"), new FacesMessage(FacesMessage.SEVERITY_ERROR, b.getMessage(), null));
            placed = true;
        }
        if (!placed) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, b.getMessage(), null));
        }
        faces.validationFailed();
    }

    /** A line being entered, priced: the price found by precedence and the line's amounts with it. */
    record LinePreview(PriceAnswer price, LineAmounts amounts) {
        /** "Line: 5,350.66 net + 1,177.15 tax = 6,527.81 (348.35 per EA, price list X)". */
        String text() {
            return "Line: " + money(amounts.net()) + " net + " + money(amounts.tax()) + " tax = " + money(amounts.total())
                    + " (" + price.unitPrice().stripTrailingZeros().toPlainString() + " per " + price.unit() + ", " + price.source() + ")";
        }
    }

    /**
     * Prices the line being entered for the customer with the same precedence and money rules as the services
     * (blank discount and tax are 0).
     *
     * @throws NumberFormatException when quantity, discount or tax is not a number
     * @throws BusinessException     when the product or its price is not found
     */
    static LinePreview preview(PricingService pricing, long customerId, String product, String quantity, String unit,
            String discountPercent, String taxRatePercent) {
        BigDecimal qty = new BigDecimal(quantity.strip());
        BigDecimal disc = blank(discountPercent) ? BigDecimal.ZERO : new BigDecimal(discountPercent.strip());
        BigDecimal tax = blank(taxRatePercent) ? BigDecimal.ZERO : new BigDecimal(taxRatePercent.strip());
        PriceAnswer price = pricing.price(customerId, ndcOf(product), quantity.strip(), blank(unit) ? null : unit.strip());
        return new LinePreview(price, LineAmounts.of(qty, price.unitPrice(), disc, tax));
    }

    /** An error message beside one component. */
    static void field(String clientId, String message) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
    }

    /** An information message in the global area. */
    static void info(String message) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, message, null));
    }

    /** An amount as "5,350.66" (2 decimals, HALF_UP as the money rules). */
    static String money(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        DecimalFormat f = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.US));
        f.setRoundingMode(LineAmounts.ROUNDING);
        return f.format(amount);
    }

    /** A decimal without trailing zeros ("16", "348.35"). */
    static String plain(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    /** The NDC/GTIN of a product pick ("00338042418 Heparin ...") or the text typed. */
    static String ndcOf(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        int space = t.indexOf(' ');
        return space > 0 ? t.substring(0, space) : t;
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
