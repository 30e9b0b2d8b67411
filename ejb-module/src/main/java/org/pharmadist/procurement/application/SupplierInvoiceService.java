package org.pharmadist.procurement.application;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pharmadist.platform.errors.ConflictException;
import org.pharmadist.platform.errors.InvalidInputException;
import org.pharmadist.platform.events.DomainEvent;
import org.pharmadist.platform.security.RequiresPermission;
import org.pharmadist.procurement.domain.ProcurementDocumentChanged;
import org.pharmadist.procurement.domain.ProcurementRuleViolation;
import org.pharmadist.procurement.domain.PurchaseOrder;
import org.pharmadist.procurement.domain.PurchaseOrderLine;
import org.pharmadist.procurement.domain.PurchaseOrderStatus;
import org.pharmadist.procurement.domain.SupplierInvoice;
import org.pharmadist.procurement.domain.SupplierInvoiceLine;
import org.pharmadist.procurement.domain.ThreeWayMatch;
import org.pharmadist.procurement.infrastructure.ProcurementRepository;

/**
 * Supplier invoices: entry with the three-way match (purchase order, goods received, invoice; tolerances from
 * {@link ProcurementSettings}), and approval of mismatches with a reason. procurement:invoice for changes,
 * procurement:view to read.
 */
@Stateless
public class SupplierInvoiceService {

    @PersistenceContext(unitName = "pharmadist")
    EntityManager em;

    @Inject
    Event<DomainEvent> events;

    @Inject
    ProcurementSettings settings;

    @Resource
    SessionContext context;

    /**
     * Records an invoice and matches it.
     *
     * @return the invoice with status MATCHED or MISMATCH and the mismatch list
     * @throws InvalidInputException (400) naming the field: missing invoice number, no lines, malformed quantity or
     *         price, unknown order line ({@code lines[i].lineNumber})
     * @throws ConflictException     (409) "supplier-invoice-exists" when the supplier's invoice number was recorded
     * @throws ProcurementRuleViolation (422) "purchase-order-not-invoiceable" for a DRAFT or CANCELLED order
     */
    @RequiresPermission(module = "procurement", action = "invoice")
    public SupplierInvoiceView record(SupplierInvoiceRequest request) {
        if (request == null) {
            throw new InvalidInputException("missing-body", "invoiceNumber", "give the invoice");
        }
        ProcurementRepository repo = new ProcurementRepository(em);
        PurchaseOrder po = repo.purchaseOrder(Inputs.required(request.purchaseOrderNumber(), "purchaseOrderNumber",
                "purchase order number"), true);
        String number = Inputs.required(request.invoiceNumber(), "invoiceNumber", "supplier invoice number");
        if (number.length() > 40) {
            throw new InvalidInputException("invalid-invoiceNumber", "invoiceNumber", "invoice number has more than 40 characters");
        }
        if (po.status() == PurchaseOrderStatus.DRAFT || po.status() == PurchaseOrderStatus.CANCELLED) {
            throw new ProcurementRuleViolation("purchase-order-not-invoiceable", "purchaseOrderNumber", "purchase order "
                    + po.number() + " is " + po.status() + ": invoices are entered only for sent orders");
        }
        boolean exists = !em.createQuery("SELECT i.id FROM SupplierInvoice i WHERE i.supplier = :s AND i.invoiceNumber = :n",
                Long.class).setParameter("s", po.supplier()).setParameter("n", number).getResultList().isEmpty();
        if (exists) {
            throw new ConflictException("supplier-invoice-exists", "invoice " + number + " of supplier "
                    + po.supplier().code() + " is already recorded");
        }
        if (request.lines() == null || request.lines().isEmpty()) {
            throw new InvalidInputException("missing-lines", "lines", "an invoice needs at least one line");
        }
        LocalDate date = Inputs.date(request.invoiceDate(), "invoiceDate");
        Instant now = Instant.now();
        SupplierInvoice invoice = new SupplierInvoice(po, number, date == null ? LocalDate.now(settings.timeZone()) : date, now);
        for (int k = 0; k < request.lines().size(); k++) {
            SupplierInvoiceRequest.SupplierInvoiceLineRequest l = request.lines().get(k);
            String prefix = "lines[" + k + "].";
            if (l.lineNumber() == null) {
                throw new InvalidInputException("missing-lineNumber", prefix + "lineNumber", "give the purchase-order line number");
            }
            PurchaseOrderLine orderLine = po.line(l.lineNumber()).orElseThrow(() -> new InvalidInputException(
                    "unknown-order-line", prefix + "lineNumber", "purchase order " + po.number() + " has no line " + l.lineNumber()));
            invoice.addLine(orderLine, Inputs.notNegative(l.quantity(), prefix + "quantity"),
                    Inputs.notNegative(l.unitPrice(), prefix + "unitPrice"));
        }
        invoice.matched(match(invoice, settings.threeWayMatch()));
        em.persist(invoice);
        Callers.flush(em, "invoice " + number);
        events.fire(new ProcurementDocumentChanged("supplier-invoice", number, invoice.status().name().toLowerCase(), now));
        return SupplierInvoiceView.of(invoice);
    }

    /**
     * Approves a MISMATCH invoice for payment.
     *
     * @throws ProcurementRuleViolation (422) not MISMATCH, or blank reason
     * @throws ConflictException (409) stale version
     */
    @RequiresPermission(module = "procurement", action = "invoice")
    public SupplierInvoiceView approve(long id, String reason, Long version) {
        SupplierInvoice invoice = new ProcurementRepository(em).invoice(id);
        Callers.checkVersion(version, invoice.version(), "invoice " + invoice.invoiceNumber());
        Instant now = Instant.now();
        invoice.approve(Callers.name(context), reason, now);
        Callers.flush(em, "invoice " + invoice.invoiceNumber());
        events.fire(new ProcurementDocumentChanged("supplier-invoice", invoice.invoiceNumber(), "approved", now));
        return SupplierInvoiceView.of(invoice);
    }

    /** One invoice with its match result. */
    @RequiresPermission(module = "procurement", action = "view")
    public SupplierInvoiceView byId(long id) {
        return SupplierInvoiceView.of(new ProcurementRepository(em).invoice(id));
    }

    private List<String> match(SupplierInvoice invoice, ThreeWayMatch rules) {
        Map<Long, BigDecimal> earlier = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT l.orderLine.id, SUM(l.quantity) FROM SupplierInvoiceLine l "
                + "WHERE l.invoice.purchaseOrder = :po GROUP BY l.orderLine.id", Object[].class)
                .setParameter("po", invoice.purchaseOrder()).getResultList()) {
            earlier.put((Long) row[0], (BigDecimal) row[1]);
        }
        Map<Long, BigDecimal> onThisInvoice = new HashMap<>();
        List<ThreeWayMatch.Line> lines = new ArrayList<>();
        for (SupplierInvoiceLine l : invoice.lines()) {
            PurchaseOrderLine o = l.orderLine();
            BigDecimal before = earlier.getOrDefault(o.id(), BigDecimal.ZERO).add(onThisInvoice.getOrDefault(o.id(), BigDecimal.ZERO));
            onThisInvoice.merge(o.id(), l.quantity(), BigDecimal::add);
            lines.add(new ThreeWayMatch.Line(o.label(), o.unit(), o.quantity(), o.unitCost(), o.receivedQuantity(),
                    before, l.quantity(), l.unitPrice()));
        }
        return rules.mismatches(lines);
    }
}
