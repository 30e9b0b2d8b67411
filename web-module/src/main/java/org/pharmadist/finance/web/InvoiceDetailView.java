package org.pharmadist.finance.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import org.pharmadist.finance.application.InvoiceService;
import org.pharmadist.finance.application.InvoiceView;
import org.pharmadist.platform.web.PortalMessages;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** One invoice (?number=INV-...): header, lines, credit notes, payments, and its PDF. */
@Named
@ViewScoped
public class InvoiceDetailView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient InvoiceService invoices;

    private String number;
    private InvoiceView invoice;

    public void load() {
        if (number == null || number.isBlank()) {
            return;
        }
        try {
            invoice = invoices.get(number);
        } catch (RuntimeException e) {
            PortalMessages.show(e);
        }
    }

    /** The invoice PDF as a download. */
    public StreamedContent getPdf() {
        String n = invoice == null ? number : invoice.number();
        return DefaultStreamedContent.builder().name(n + ".pdf").contentType("application/pdf")
                .stream(() -> new ByteArrayInputStream(invoices.invoicePdf(n))).build();
    }

    public String getNumber() { return number; }
    public void setNumber(String number) { this.number = number; }
    public InvoiceView getInvoice() { return invoice; }
}
