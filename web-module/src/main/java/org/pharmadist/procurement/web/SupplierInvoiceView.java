package org.pharmadist.procurement.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.pharmadist.platform.paging.PageRequest;
import org.pharmadist.platform.web.PortalMessages;
import org.pharmadist.procurement.application.ProcurementQueryService;
import org.pharmadist.procurement.application.SupplierInvoiceService;
import org.pharmadist.procurement.application.SupplierInvoiceSummary;

/**
 * Supplier invoices: the list ({@code procurement/supplier-invoices.xhtml}) and the match screen
 * ({@code procurement/supplier-invoice.xhtml?id=...}) with the three-way match mismatch list and the approval of a
 * mismatch with a reason.
 */
@Named("supplierInvoiceScreen")
@ViewScoped
public class SupplierInvoiceView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SupplierInvoiceService invoices;

    @Inject
    transient ProcurementQueryService queries;

    private String status;
    private List<SupplierInvoiceSummary> list = List.of();
    private String id;
    private org.pharmadist.procurement.application.SupplierInvoiceView invoice;
    private String reason;

    /** View action of the list. */
    public void search() {
        try {
            list = queries.supplierInvoices(status == null || status.isBlank() ? null : status, new PageRequest(200, 0, null)).items();
        } catch (RuntimeException e) {
            list = List.of();
            PortalMessages.show(e);
        }
    }

    /** View action of the match screen. */
    public void load() {
        try {
            invoice = invoices.byId(Long.parseLong(id == null ? "" : id.strip()));
        } catch (NumberFormatException e) {
            invoice = null;
            FieldMessages.info("No such invoice.");
        } catch (RuntimeException e) {
            invoice = null;
            PortalMessages.show(e);
        }
    }

    /** Approves the mismatch with the reason typed. */
    public void approve() {
        try {
            invoice = invoices.approve(invoice.id(), reason, invoice.version());
            FieldMessages.info("Invoice approved for payment.");
            reason = null;
        } catch (RuntimeException e) {
            FieldMessages.show(e, Map.of("reason", "approvalForm:reason"));
        }
    }

    public List<String> getStatuses() {
        return List.of("MATCHED", "MISMATCH", "APPROVED");
    }

    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public List<SupplierInvoiceSummary> getList() { return list; }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public org.pharmadist.procurement.application.SupplierInvoiceView getInvoice() { return invoice; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
