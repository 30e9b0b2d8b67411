package org.pharmadist.finance.application;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.pharmadist.crm.domain.Customer;
import org.pharmadist.finance.domain.CreditNote;
import org.pharmadist.finance.domain.CreditNoteLine;
import org.pharmadist.finance.domain.Invoice;
import org.pharmadist.finance.domain.InvoiceLine;
import org.pharmadist.finance.domain.Payment;
import org.pharmadist.finance.domain.PaymentAllocation;
import org.pharmadist.platform.errors.RecordNotFoundException;

/**
 * Document numbers, look-ups and views shared by the finance services (primary database, caller's transaction).
 * Numbers are per kind and year, gap-free: INV-2026-000001, CN-2026-000001, PAY-2026-000001; the counter row is
 * locked until the numbering transaction ends.
 */
final class FinanceDocuments {

    private FinanceDocuments() {
    }

    /** The next number of a kind ("INV", "CN", "PAY") for a year. */
    static String nextNumber(EntityManager em, String kind, int year) {
        Number n = (Number) em.createNativeQuery("INSERT INTO finance_number_counter (kind, year, last_value) VALUES (?1, ?2, 1) "
                + "ON CONFLICT (kind, year) DO UPDATE SET last_value = finance_number_counter.last_value + 1 RETURNING last_value")
                .setParameter(1, kind).setParameter(2, year).getSingleResult();
        return String.format("%s-%d-%06d", kind, year, n.intValue());
    }

    static Customer customer(EntityManager em, long id) {
        Customer c = em.find(Customer.class, id);
        if (c == null) {
            throw new RecordNotFoundException("customer-not-found", "No customer with id " + id);
        }
        return c;
    }

    static String normal(String number) {
        return number == null ? "" : number.strip().toUpperCase(Locale.ROOT);
    }

    static Invoice invoice(EntityManager em, String number) {
        List<Invoice> found = em.createQuery("SELECT i FROM Invoice i WHERE i.number = :n", Invoice.class)
                .setParameter("n", normal(number)).getResultList();
        if (found.isEmpty()) {
            throw new RecordNotFoundException("invoice-not-found", "No invoice with number '" + number + "'");
        }
        return found.get(0);
    }

    static String terms(int days) {
        return "NET" + days;
    }

    static InvoiceView view(EntityManager em, Invoice i) {
        Customer c = em.find(Customer.class, i.customerId());
        List<InvoiceView.Line> lines = new ArrayList<>();
        for (InvoiceLine l : i.lines()) {
            lines.add(new InvoiceView.Line(l.lineNo(), l.orderLineNumber(), l.productId(), l.ndc(), l.productName(),
                    l.lotNumber(), l.expiryDate(), l.quantity(), l.unit(), l.unitPrice(), l.discountPercent(),
                    l.taxRatePercent(), l.netAmount(), l.taxAmount(), l.creditedQuantity()));
        }
        List<InvoiceView.CreditNoteRef> credits = new ArrayList<>();
        for (CreditNote cn : em.createQuery("SELECT c FROM CreditNote c WHERE c.invoiceId = :i ORDER BY c.id", CreditNote.class)
                .setParameter("i", i.id()).getResultList()) {
            credits.add(new InvoiceView.CreditNoteRef(cn.number(), cn.creditDate(), cn.kind().name(), cn.grandTotal()));
        }
        List<InvoiceView.AllocationRef> payments = new ArrayList<>();
        for (PaymentAllocation a : em.createQuery("SELECT a FROM PaymentAllocation a JOIN FETCH a.payment WHERE a.invoiceId = :i "
                + "ORDER BY a.id", PaymentAllocation.class).setParameter("i", i.id()).getResultList()) {
            payments.add(new InvoiceView.AllocationRef(a.payment().number(), a.allocatedOn(), a.amount(), a.note()));
        }
        return new InvoiceView(i.id(), i.number(), i.customerId(), c == null ? "" : c.legalName(), i.shipmentId(),
                i.shipmentNumber(), i.salesOrderId(), i.orderNumber(), i.invoiceDate(), i.dueDate(),
                terms(i.paymentTermsDays()), i.currency(), i.netTotal(), i.taxTotal(), i.grandTotal(), i.creditedTotal(),
                i.paidTotal(), i.openBalance(), i.status().name(), lines, credits, payments, i.version());
    }

    static CreditNoteView view(EntityManager em, CreditNote cn) {
        Customer c = em.find(Customer.class, cn.customerId());
        Invoice i = em.find(Invoice.class, cn.invoiceId());
        List<CreditNoteView.Line> lines = new ArrayList<>();
        for (CreditNoteLine l : cn.lines()) {
            lines.add(new CreditNoteView.Line(l.lineNo(), l.ndc(), l.productName(), l.lotNumber(), l.expiryDate(),
                    l.quantity(), l.unit(), l.unitPrice(), l.discountPercent(), l.taxRatePercent(), l.netAmount(), l.taxAmount()));
        }
        return new CreditNoteView(cn.id(), cn.number(), i.number(), cn.customerId(), c == null ? "" : c.legalName(),
                cn.kind().name(), cn.returnNumber(), cn.creditDate(), cn.reason(), cn.currency(), cn.netTotal(),
                cn.taxTotal(), cn.grandTotal(), lines, cn.createdBy());
    }

    static PaymentView view(EntityManager em, Payment p) {
        Customer c = em.find(Customer.class, p.customerId());
        List<PaymentView.Allocation> allocations = new ArrayList<>();
        for (PaymentAllocation a : p.allocations()) {
            Invoice i = em.find(Invoice.class, a.invoiceId());
            allocations.add(new PaymentView.Allocation(i.number(), a.allocatedOn(), a.amount(), a.note()));
        }
        return new PaymentView(p.id(), p.number(), p.customerId(), c == null ? "" : c.legalName(), p.paymentDate(),
                p.amount(), p.currency(), p.method().name(), p.reference(), p.allocatedAmount(), p.unallocatedAmount(),
                allocations, p.createdBy());
    }

    static BigDecimal zero() {
        return new BigDecimal("0.00");
    }
}
