package org.pharmadist.finance.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pharmadist.finance.application.FinanceQueryService;
import org.pharmadist.finance.application.InvoiceSummary;
import org.pharmadist.finance.application.PaymentRequest;
import org.pharmadist.finance.application.PaymentService;
import org.pharmadist.finance.application.PaymentView;
import org.pharmadist.finance.domain.PaymentMethod;
import org.pharmadist.platform.web.PortalMessages;

/**
 * Payment entry: pick the customer, see its open invoices (oldest due first), enter amount, date, method, reference
 * and, per invoice, the amount to allocate (all blank = oldest first). Refusals appear beside the field they name,
 * allocation refusals beside that invoice's row.
 */
@Named
@ViewScoped
public class PaymentEntryView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Pattern ALLOCATION = Pattern.compile("allocations\\[(\\d+)]\\.(amount|invoiceNumber)");

    @Inject
    transient FinanceQueryService queries;

    @Inject
    transient PaymentService payments;

    private Long customerId;
    private String customer;
    private String amount;
    private String paymentDate;
    private String method = "ACH";
    private String reference;
    private List<Row> open = new ArrayList<>();
    private PaymentView recorded;

    /** One open invoice and the amount to allocate to it. */
    public static final class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private final InvoiceSummary invoice;
        private String allocation;

        Row(InvoiceSummary invoice) {
            this.invoice = invoice;
        }

        public InvoiceSummary getInvoice() { return invoice; }
        public String getAllocation() { return allocation; }
        public void setAllocation(String allocation) { this.allocation = allocation; }
    }

    @PostConstruct
    void init() {
        try {
            paymentDate = queries.today().toString();
        } catch (RuntimeException e) {
            PortalMessages.show(e);
        }
    }

    /** Opens the page for {@code ?customer=<id>} (e.g. from an invoice): its open invoices are listed at once. */
    public void loadCustomer() {
        if (customer != null && !customer.isBlank() && open.isEmpty()) {
            customerChanged();
        }
    }

    /** Reloads the open invoices of the chosen customer ("Name (#id)" or an id). */
    public void customerChanged() {
        open = new ArrayList<>();
        recorded = null;
        customerId = org.pharmadist.crm.web.CustomerPicks.idOf(customer);
        if (customerId == null) {
            if (customer != null && !customer.isBlank()) {
                FinanceMessages.field("paymentForm:customer", "Choose a customer from the list (type a name), or give a customer id");
            }
            return;
        }
        try {
            queries.openInvoices(customerId).forEach(i -> open.add(new Row(i)));
        } catch (RuntimeException e) {
            PortalMessages.show(e);
        }
    }

    /** Records the payment with the allocations entered (none = oldest invoices first). */
    public void save() {
        List<PaymentRequest.Allocation> allocations = new ArrayList<>();
        List<Integer> rowOf = new ArrayList<>();
        for (int i = 0; i < open.size(); i++) {
            Row r = open.get(i);
            if (r.allocation != null && !r.allocation.isBlank()) {
                allocations.add(new PaymentRequest.Allocation(r.invoice.number(), r.allocation));
                rowOf.add(i);
            }
        }
        try {
            recorded = payments.record(new PaymentRequest(customerId, amount, paymentDate, method, reference, allocations));
            FinanceMessages.info("Payment " + recorded.number() + " recorded: " + FinanceFormatHolder.money(recorded.allocatedAmount())
                    + " allocated, " + FinanceFormatHolder.money(recorded.unallocatedAmount()) + " " + recorded.currency()
                    + " kept as customer credit.");
            amount = null;
            reference = null;
            PaymentView done = recorded;
            customerChanged();
            recorded = done;
        } catch (RuntimeException e) {
            FinanceMessages.show(e, Map.of("customerId", "paymentForm:customer", "amount", "paymentForm:amount",
                    "paymentDate", "paymentForm:paymentDate", "method", "paymentForm:method", "reference", "paymentForm:reference",
                    "allocations", "paymentForm:amount"), field -> {
                        Matcher m = ALLOCATION.matcher(field);
                        if (m.matches()) {
                            int k = Integer.parseInt(m.group(1));
                            return k < rowOf.size() ? "paymentForm:open:" + rowOf.get(k) + ":allocation" : null;
                        }
                        return null;
                    });
        }
    }

    /** Sum of the open balances shown. */
    public BigDecimal getOpenTotal() {
        return open.stream().map(r -> r.invoice.openBalance()).reduce(new BigDecimal("0.00"), BigDecimal::add);
    }

    public PaymentMethod[] getMethods() { return PaymentMethod.values(); }
    public Long getCustomerId() { return customerId; }
    public String getCustomer() { return customer; }
    public void setCustomer(String customer) { this.customer = customer; }

    public String getAmount() { return amount; }
    public void setAmount(String amount) { this.amount = amount; }
    public String getPaymentDate() { return paymentDate; }
    public void setPaymentDate(String paymentDate) { this.paymentDate = paymentDate; }
    public String getMethod() { return method; }
    public void setMethod(String method) { this.method = method; }
    public String getReference() { return reference; }
    public void setReference(String reference) { this.reference = reference; }
    public List<Row> getOpen() { return open; }
    public PaymentView getRecorded() { return recorded; }

    /** Money formatting without a bean lookup. */
    static final class FinanceFormatHolder {
        private FinanceFormatHolder() {
        }

        static String money(BigDecimal amount) {
            return org.pharmadist.finance.infrastructure.FinancePdf.money(amount);
        }
    }
}
