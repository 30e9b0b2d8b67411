package org.pharmadist.finance.application;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.security.Principal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.pharmadist.crm.domain.Customer;
import org.pharmadist.finance.domain.CreditNote;
import org.pharmadist.finance.domain.CreditNoteKind;
import org.pharmadist.finance.domain.FinanceRuleViolation;
import org.pharmadist.finance.domain.Invoice;
import org.pharmadist.finance.domain.InvoiceLine;
import org.pharmadist.finance.domain.Payment;
import org.pharmadist.finance.domain.PaymentAllocation;
import org.pharmadist.finance.infrastructure.FinancePdf;
import org.pharmadist.platform.config.PharmaDistSettings;
import org.pharmadist.platform.errors.RecordNotFoundException;
import org.pharmadist.platform.security.RequiresPermission;
import org.pharmadist.sales.application.SalesCalendar;
import org.pharmadist.sales.application.SalesInput;
import org.pharmadist.sales.domain.CustomerReturnBooked;
import org.pharmadist.sales.domain.ShipmentConfirmed;

/**
 * Customer invoices and credit notes on the primary database. {@link #invoiceShipment} and {@link #creditReturn} run
 * in the transaction of the sales event they answer (no permission of their own: the sales caller was already
 * checked); a refusal there rolls the shipment or return back, so there is never a shipment without its invoice.
 * Manual credits need finance:invoice; reading finance:view.
 */
@Stateless
public class InvoiceService {

    private static final Logger LOG = Logger.getLogger(InvoiceService.class.getName());

    @PersistenceContext(unitName = "pharmadist")
    EntityManager em;

    @Inject
    SalesCalendar calendar;

    @Inject
    PharmaDistSettings settings;

    @Resource
    EJBContext context;

    /**
     * Writes the invoice of a confirmed shipment: lines copied from the event, totals = sums of the rounded lines,
     * invoice date = ship date, due date = ship date + the customer's payment terms (days). Idempotent per shipment:
     * a replayed event answers the invoice written the first time and writes nothing.
     *
     * @throws RecordNotFoundException "customer-not-found"
     * @throws FinanceRuleViolation    "invoice-amounts-mismatch", "shipment-without-lines"
     */
    public InvoiceView invoiceShipment(ShipmentConfirmed shipment) {
        Invoice existing = byShipment(shipment.shipmentId());
        if (existing != null) {
            return FinanceDocuments.view(em, existing);
        }
        if (shipment.lines().isEmpty()) {
            throw new FinanceRuleViolation("shipment-without-lines", null, "Shipment " + shipment.shipmentNumber()
                    + " has no lines; no invoice was written.");
        }
        Customer customer = FinanceDocuments.customer(em, shipment.customerId());
        Instant now = calendar.now();
        String number = FinanceDocuments.nextNumber(em, "INV", shipment.shipDate().getYear());
        Invoice invoice = new Invoice(number, shipment, customer.paymentTermsDays(), now);
        em.persist(invoice);
        em.flush();
        LOG.fine(() -> "Invoice " + number + " for shipment " + shipment.shipmentNumber());
        return FinanceDocuments.view(em, invoice);
    }

    /**
     * Writes the credit note of a booked customer return: one line per returned lot at the price, discount and tax of
     * the invoice line that shipped that lot on that order line, negative amounts. Idempotent per return.
     *
     * @throws FinanceRuleViolation "no-invoice-for-shipment", "lot-not-invoiced", "credit-exceeds-invoiced"
     */
    public CreditNoteView creditReturn(CustomerReturnBooked booked) {
        List<CreditNote> existing = em.createQuery("SELECT c FROM CreditNote c WHERE c.returnId = :r", CreditNote.class)
                .setParameter("r", booked.returnId()).getResultList();
        if (!existing.isEmpty()) {
            return FinanceDocuments.view(em, existing.get(0));
        }
        Invoice invoice = byShipment(booked.shipmentId());
        if (invoice == null) {
            throw new FinanceRuleViolation("no-invoice-for-shipment", null, "Return " + booked.returnNumber()
                    + " is against shipment " + booked.shipmentNumber() + ", which has no invoice; no credit note was written.");
        }
        em.lock(invoice, LockModeType.PESSIMISTIC_WRITE);
        Instant now = calendar.now();
        String reason = booked.reason() == null || booked.reason().isBlank() ? "Customer return " + booked.returnNumber()
                : abbreviate("Return " + booked.returnNumber() + ": " + booked.reason().strip(), 500);
        CreditNote cn = new CreditNote(FinanceDocuments.nextNumber(em, "CN", booked.returnDate().getYear()), invoice,
                CreditNoteKind.RETURN, booked.returnId(), booked.returnNumber(), booked.returnDate(), reason, caller(), now);
        for (int i = 0; i < booked.lines().size(); i++) {
            CustomerReturnBooked.Line r = booked.lines().get(i);
            InvoiceLine line = invoice.lines().stream()
                    .filter(l -> l.orderLineNumber() == r.orderLineNumber() && l.lotId() == r.lotId()).findFirst()
                    .orElseThrow(() -> new FinanceRuleViolation("lot-not-invoiced", null, "Invoice " + invoice.number()
                            + " has no line for order line " + r.orderLineNumber() + " and lot " + r.lotNumber()
                            + "; no credit note was written for return " + booked.returnNumber() + "."));
            cn.credit(line, r.quantity(), "lines[" + i + "].quantity");
        }
        return saved(invoice, cn, now);
    }

    /**
     * A manual credit (finance:invoice): everything left of the invoice when no lines are given, else the listed line
     * quantities. Credit date today (company time zone).
     *
     * @throws org.pharmadist.platform.errors.InvalidInputException "invalid-credit" naming invoiceNumber, reason,
     *                                                               lines[i].lineNo, lines[i].quantity
     * @throws RecordNotFoundException "invoice-not-found"
     * @throws FinanceRuleViolation    "credit-exceeds-invoiced", "invoice-fully-credited"
     */
    @RequiresPermission(module = "finance", action = "invoice")
    public CreditNoteView credit(CreditRequest request) {
        SalesInput in = new SalesInput();
        CreditRequest r = request == null ? new CreditRequest(null, null, null) : request;
        in.text(r.invoiceNumber(), "invoiceNumber", 20);
        String reason = in.text(r.reason(), "reason", 500);
        List<CreditRequest.Line> lines = r.lines() == null ? List.of() : r.lines();
        Map<Integer, BigDecimal> quantities = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            CreditRequest.Line l = lines.get(i);
            if (l == null || l.lineNo() == null || l.lineNo() < 1) {
                in.reject("lines[" + i + "].lineNo", "lineNo must be an invoice line number (1, 2, ...)");
                continue;
            }
            BigDecimal q = in.decimal(l.quantity(), "lines[" + i + "].quantity", new BigDecimal("0.001"), null, 3, "2");
            if (q != null) {
                quantities.merge(l.lineNo(), q, BigDecimal::add);
            }
        }
        in.throwIfAny("invalid-credit");
        Invoice invoice = FinanceDocuments.invoice(em, r.invoiceNumber());
        em.lock(invoice, LockModeType.PESSIMISTIC_WRITE);
        Instant now = calendar.now();
        LocalDate today = calendar.today();
        CreditNote cn = new CreditNote(FinanceDocuments.nextNumber(em, "CN", today.getYear()), invoice, CreditNoteKind.MANUAL,
                null, null, today, reason, caller(), now);
        if (quantities.isEmpty()) {
            for (InvoiceLine l : invoice.lines()) {
                if (l.creditableQuantity().signum() > 0) {
                    cn.credit(l, l.creditableQuantity(), "lines");
                }
            }
            if (cn.lines().isEmpty()) {
                throw new FinanceRuleViolation("invoice-fully-credited", "invoiceNumber", "Invoice " + invoice.number()
                        + " is already credited in full; nothing is left to credit.");
            }
        } else {
            int i = 0;
            for (Map.Entry<Integer, BigDecimal> e : quantities.entrySet()) {
                String field = "lines[" + i++ + "]";
                InvoiceLine line = invoice.lines().stream().filter(l -> l.lineNo() == e.getKey()).findFirst()
                        .orElseThrow(() -> new FinanceRuleViolation("invoice-line-not-found", field + ".lineNo", "Invoice "
                                + invoice.number() + " has no line " + e.getKey() + " (lines 1 to " + invoice.lineCount() + ")."));
                cn.credit(line, e.getValue(), field + ".quantity");
            }
        }
        return saved(invoice, cn, now);
    }

    private CreditNoteView saved(Invoice invoice, CreditNote cn, Instant now) {
        em.persist(cn);
        BigDecimal release = invoice.applyCredit(cn.grandTotal().negate(), now);
        if (release.signum() > 0) {
            release(invoice, release, cn, now);
        }
        em.flush();
        return FinanceDocuments.view(em, cn);
    }

    /** Gives back to the payments (latest allocation first) what the invoice no longer owes after a credit. */
    private void release(Invoice invoice, BigDecimal amount, CreditNote cn, Instant now) {
        List<PaymentAllocation> allocations = em.createQuery("SELECT a FROM PaymentAllocation a JOIN FETCH a.payment "
                + "WHERE a.invoiceId = :i AND a.amount > 0 ORDER BY a.allocatedOn DESC, a.id DESC", PaymentAllocation.class)
                .setParameter("i", invoice.id()).getResultList();
        BigDecimal left = amount;
        List<Payment> seen = new ArrayList<>();
        for (PaymentAllocation a : allocations) {
            if (left.signum() <= 0) {
                break;
            }
            Payment p = a.payment();
            if (seen.contains(p)) {
                continue;
            }
            seen.add(p);
            BigDecimal net = p.allocatedTo(invoice.id());
            BigDecimal take = net.min(left);
            if (take.signum() > 0) {
                p.release(invoice.id(), take, cn.creditDate(), "released by credit note " + cn.number(), now);
                left = left.subtract(take);
            }
        }
    }

    /** One invoice by number with lines, credit notes and allocations (finance:view); 404 "invoice-not-found". */
    @RequiresPermission(module = "finance", action = "view")
    public InvoiceView get(String number) {
        return FinanceDocuments.view(em, FinanceDocuments.invoice(em, number));
    }

    /** The invoice written for a shipment, or 404 "invoice-not-found" (finance:view). */
    @RequiresPermission(module = "finance", action = "view")
    public InvoiceView forShipment(long shipmentId) {
        Invoice i = byShipment(shipmentId);
        if (i == null) {
            throw new RecordNotFoundException("invoice-not-found", "No invoice for shipment id " + shipmentId);
        }
        return FinanceDocuments.view(em, i);
    }

    /** One credit note by number (finance:view); 404 "credit-note-not-found". */
    @RequiresPermission(module = "finance", action = "view")
    public CreditNoteView creditNote(String number) {
        List<CreditNote> found = em.createQuery("SELECT c FROM CreditNote c WHERE c.number = :n", CreditNote.class)
                .setParameter("n", FinanceDocuments.normal(number)).getResultList();
        if (found.isEmpty()) {
            throw new RecordNotFoundException("credit-note-not-found", "No credit note with number '" + number + "'");
        }
        return FinanceDocuments.view(em, found.get(0));
    }

    /** The invoice as a PDF document (finance:view), amounts formatted "1,234.56 USD"; 404 "invoice-not-found". */
    @RequiresPermission(module = "finance", action = "view")
    public byte[] invoicePdf(String number) {
        InvoiceView v = get(number);
        Customer c = FinanceDocuments.customer(em, v.customerId());
        return FinancePdf.invoice(v, settings.companyName(), FinancePdf.address(c));
    }

    private Invoice byShipment(long shipmentId) {
        List<Invoice> found = em.createQuery("SELECT i FROM Invoice i WHERE i.shipmentId = :s", Invoice.class)
                .setParameter("s", shipmentId).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    private static String abbreviate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 3) + "...";
    }

    String caller() {
        try {
            Principal p = context == null ? null : context.getCallerPrincipal();
            String name = p == null ? null : p.getName();
            return name == null || name.isBlank() || "ANONYMOUS".equalsIgnoreCase(name)
                    || "UNAUTHENTICATED".equals(name) ? "system" : name;
        } catch (IllegalStateException e) {
            return "system";
        }
    }
}
