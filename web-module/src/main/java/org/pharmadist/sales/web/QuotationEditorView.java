package org.pharmadist.sales.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.pharmadist.platform.errors.BusinessException;
import org.pharmadist.platform.web.PortalMessages;
import org.pharmadist.sales.application.PricingService;
import org.pharmadist.sales.application.QuotationLineRequest;
import org.pharmadist.sales.application.QuotationLineView;
import org.pharmadist.sales.application.QuotationRequest;
import org.pharmadist.sales.application.QuotationService;
import org.pharmadist.sales.application.QuotationView;
import org.pharmadist.sales.application.SalesOrderService;
import org.pharmadist.sales.application.SalesOrderView;
import org.pharmadist.sales.domain.LineAmounts;

/**
 * The quotation editor: pick a customer and start a DRAFT, add lines by NDC, GTIN or name search with a live preview
 * of the line and document totals (ajax, computed with {@link LineAmounts}, the same money rules as the services),
 * price source and ATP for the customer's shelf-life need per line, send / accept / reject. Service field errors are
 * shown beside the fields.
 */
@Named
@ViewScoped
public class QuotationEditorView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient QuotationService quotations;

    @Inject
    transient PricingService pricing;

    @Inject
    transient SalesOrderService orders;

    @Inject
    transient SalesPicks picks;

    private Long id;
    private String customer;
    private String validUntil;
    private String customerPoReference;
    private QuotationView quotation;

    private String product;
    private String quantity;
    private String unit;
    private String discountPercent;
    private String taxRatePercent;
    private String preview;
    private String previewTotals;

    /** Loads the quotation of {@code ?id=}, or preselects {@code ?customer=} for a new one. */
    public void load() {
        if (id != null) {
            try {
                quotation = quotations.get(id);
            } catch (RuntimeException e) {
                PortalMessages.show(e);
            }
        }
    }

    /** Products whose NDC, GTIN or name starts with the text, as "NDC11 name". */
    public List<String> completeProduct(String text) {
        return picks.completeProduct(text);
    }

    /** Starts a DRAFT for the chosen customer and opens it. */
    public void start() throws IOException {
        Long customerId = customerId();
        if (customerId == null) {
            field("editor:customer", "Choose a customer (type a name and pick one, or a customer id)");
            return;
        }
        try {
            quotation = quotations.create(new QuotationRequest(customerId, blank(validUntil) ? null : validUntil, List.of()));
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().getFlash().setKeepMessages(true);
            faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath()
                    + "/sales/quotation.xhtml?id=" + quotation.id());
        } catch (RuntimeException e) {
            show(e, Map.of("customerId", "editor:customer", "validUntil", "editor:validUntil"));
        }
    }

    /** Live preview of the line being entered and of the document totals with it (same money rules as the service). */
    public void updatePreview() {
        preview = null;
        previewTotals = null;
        if (quotation == null || blank(product) || blank(quantity)) {
            return;
        }
        try {
            SalesPortal.LinePreview p = SalesPortal.preview(pricing, quotation.customerId(), product, quantity, unit,
                    discountPercent, taxRatePercent);
            LineAmounts line = p.amounts();
            preview = p.text();
            previewTotals = "With this line: net " + money(quotation.netTotal().add(line.net())) + ", tax "
                    + money(quotation.taxTotal().add(line.tax())) + ", total " + money(quotation.grandTotal().add(line.total()));
        } catch (NumberFormatException e) {
            preview = "Enter numbers for quantity, discount and tax rate";
        } catch (BusinessException e) {
            preview = e.getMessage();
        } catch (RuntimeException e) {
            preview = null;
        }
    }

    /** Adds the line being entered. */
    public void addLine() {
        if (quotation == null) {
            return;
        }
        try {
            quotation = quotations.addLine(quotation.id(), quotation.version(), new QuotationLineRequest(ndcOf(product),
                    quantity, blank(unit) ? null : unit, discountPercent, taxRatePercent));
            product = null;
            quantity = null;
            unit = null;
            discountPercent = null;
            preview = null;
            previewTotals = null;
            info("Line added");
        } catch (RuntimeException e) {
            show(e, Map.of("ndc", "editor:product", "quantity", "editor:quantity", "unit", "editor:unit",
                    "discountPercent", "editor:discount", "taxRatePercent", "editor:taxRate"));
        }
    }

    /** Removes a line. */
    public void removeLine(long lineId) {
        try {
            quotation = quotations.removeLine(quotation.id(), lineId, quotation.version());
        } catch (RuntimeException e) {
            show(e, Map.of());
        }
    }

    public void send() {
        try {
            quotation = quotations.send(quotation.id(), quotation.version());
            info("Quotation " + quotation.number() + " sent; its prices are frozen");
        } catch (RuntimeException e) {
            show(e, Map.of());
        }
    }

    public void accept() {
        try {
            quotation = quotations.accept(quotation.id(), quotation.version());
            info("Quotation " + quotation.number() + " accepted");
        } catch (RuntimeException e) {
            show(e, Map.of());
        }
    }

    public void reject() {
        try {
            quotation = quotations.reject(quotation.id(), quotation.version());
            info("Quotation " + quotation.number() + " rejected");
        } catch (RuntimeException e) {
            show(e, Map.of());
        }
    }

    /**
     * Creates a DRAFT sales order from this ACCEPTED quotation (its frozen prices; {@code customerPoReference}
     * optional, up to 60 characters) and opens it; a quotation converts once (422 "quotation-already-ordered").
     */
    public void createOrder() throws IOException {
        try {
            SalesOrderView o = orders.createFromQuotation(quotation.id(), blank(customerPoReference) ? null : customerPoReference.strip(), null);
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().getFlash().setKeepMessages(true);
            info("Sales order " + o.number() + " created from quotation " + quotation.number());
            faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath() + "/sales/order.xhtml?id=" + o.id());
        } catch (RuntimeException e) {
            show(e, Map.of("customerPoReference", "editor:customerPoReference"));
        }
    }

    public boolean isAccepted() {
        return quotation != null && "ACCEPTED".equals(quotation.status());
    }

    public String getCustomerPoReference() { return customerPoReference; }
    public void setCustomerPoReference(String customerPoReference) { this.customerPoReference = customerPoReference; }

    /** An amount as "5,350.66" (exact BigDecimal formatting, 2 decimals). */
    public String money(BigDecimal amount) {
        return SalesPortal.money(amount);
    }

    /** A decimal without trailing zeros ("16", "348.35"). */
    public String plain(BigDecimal value) {
        return SalesPortal.plain(value);
    }

    /** ATP text of a line: "365 EA (enough)" / "10 EA (short)" / "unknown". */
    public String atp(QuotationLineView l) {
        if (l.availableToPromise() == null) {
            return "unknown";
        }
        return plain(l.availableToPromise()) + " " + l.stockUnit() + (Boolean.TRUE.equals(l.enoughStock()) ? " (enough)" : " (short)");
    }

    public boolean isDraft() {
        return quotation != null && "DRAFT".equals(quotation.status());
    }

    public boolean isSent() {
        return quotation != null && "SENT".equals(quotation.status());
    }

    private Long customerId() {
        return org.pharmadist.crm.web.CustomerPicks.idOf(customer);
    }

    static String ndcOf(String text) {
        return SalesPortal.ndcOf(text);
    }

    private static void show(RuntimeException e, Map<String, String> fieldToClientId) {
        SalesPortal.show(e, fieldToClientId);
    }

    private static void field(String clientId, String message) {
        SalesPortal.field(clientId, message);
    }

    private static void info(String message) {
        SalesPortal.info(message);
    }

    private static boolean blank(String s) {
        return SalesPortal.blank(s);
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getCustomer() { return customer; }
    public void setCustomer(String customer) { this.customer = customer; }
    public String getValidUntil() { return validUntil; }
    public void setValidUntil(String validUntil) { this.validUntil = validUntil; }
    public QuotationView getQuotation() { return quotation; }
    public String getProduct() { return product; }
    public void setProduct(String product) { this.product = product; }
    public String getQuantity() { return quantity; }
    public void setQuantity(String quantity) { this.quantity = quantity; }
    public String getUnit() { return unit; }
    public void setUnit(String unit) { this.unit = unit; }
    public String getDiscountPercent() { return discountPercent; }
    public void setDiscountPercent(String discountPercent) { this.discountPercent = discountPercent; }
    public String getTaxRatePercent() { return taxRatePercent; }
    public void setTaxRatePercent(String taxRatePercent) { this.taxRatePercent = taxRatePercent; }
    public String getPreview() { return preview; }
    public String getPreviewTotals() { return previewTotals; }
}
