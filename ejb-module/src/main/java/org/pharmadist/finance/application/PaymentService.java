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
import java.util.List;
import java.util.Locale;
import org.pharmadist.crm.domain.Customer;
import org.pharmadist.finance.domain.FinanceRuleViolation;
import org.pharmadist.finance.domain.Invoice;
import org.pharmadist.finance.domain.Payment;
import org.pharmadist.finance.domain.PaymentMethod;
import org.pharmadist.platform.config.PharmaDistSettings;
import org.pharmadist.platform.errors.RecordNotFoundException;
import org.pharmadist.platform.security.RequiresPermission;
import org.pharmadist.sales.application.SalesCalendar;
import org.pharmadist.sales.application.SalesInput;
import org.pharmadist.sales.domain.LineAmounts;

/**
 * Customer payments on the primary database, all or nothing: record a payment with explicit allocations or oldest
 * open invoices first (by due date, then invoice date and number); what is left is the customer's credit, which
 * {@link #applyCredit} allocates later. The customer's open invoices are locked while allocating, so two payments
 * never take the same open balance twice.
 */
@Stateless
public class PaymentService {

    @PersistenceContext(unitName = "pharmadist")
    EntityManager em;

    @Inject
    SalesCalendar calendar;

    @Inject
    PharmaDistSettings settings;

    @Resource
    EJBContext context;

    /**
     * Records a payment (finance:payment).
     *
     * @throws org.pharmadist.platform.errors.InvalidInputException "invalid-payment" naming customerId, amount,
     *         paymentDate, method, reference, allocations[i].invoiceNumber, allocations[i].amount
     * @throws RecordNotFoundException "customer-not-found", "invoice-not-found"
     * @throws FinanceRuleViolation "allocation-exceeds-open-balance", "allocation-exceeds-payment",
     *         "invoice-of-another-customer"
     */
    @RequiresPermission(module = "finance", action = "payment")
    public PaymentView record(PaymentRequest request) {
        SalesInput in = new SalesInput();
        PaymentRequest r = request == null ? new PaymentRequest(null, null, null, null, null, null) : request;
        if (r.customerId() == null) {
            in.reject("customerId", "customerId is required");
        }
        BigDecimal amount = in.decimal(r.amount(), "amount", new BigDecimal("0.01"), null, LineAmounts.MONEY_SCALE, "1250.00");
        LocalDate today = calendar.today();
        LocalDate date = r.paymentDate() == null || r.paymentDate().isBlank() ? today : in.date(r.paymentDate(), "paymentDate");
        if (date != null && date.isAfter(today)) {
            in.reject("paymentDate", "paymentDate must be today (" + today + ") or earlier");
        }
        PaymentMethod method = method(in, r.method());
        String reference = in.optionalText(r.reference(), "reference", 100);
        List<Explicit> explicit = explicit(in, r.allocations(), "allocations");
        in.throwIfAny("invalid-payment");
        Customer customer = FinanceDocuments.customer(em, r.customerId());
        Instant now = calendar.now();
        Payment p = new Payment(FinanceDocuments.nextNumber(em, "PAY", date.getYear()), customer.id(), date,
                LineAmounts.round(amount), settings.currency().getCurrencyCode(), method, reference, caller(), now);
        em.persist(p);
        allocate(List.of(p), customer.id(), explicit, date, now);
        em.flush();
        return FinanceDocuments.view(em, p);
    }

    /**
     * Applies the customer's credit (unallocated payments, oldest payment first) to open invoices (finance:payment):
     * the explicit allocations, or oldest open invoices first until the credit or the invoices run out. Dated today.
     *
     * @return the payments whose credit was used
     * @throws FinanceRuleViolation "no-customer-credit", "allocation-exceeds-open-balance", "allocation-exceeds-credit"
     */
    @RequiresPermission(module = "finance", action = "payment")
    public List<PaymentView> applyCredit(long customerId, List<PaymentRequest.Allocation> allocations) {
        SalesInput in = new SalesInput();
        List<Explicit> explicit = explicit(in, allocations, "allocations");
        in.throwIfAny("invalid-allocation");
        Customer customer = FinanceDocuments.customer(em, customerId);
        List<Payment> credit = em.createQuery("SELECT p FROM Payment p WHERE p.customerId = :c AND p.unallocatedAmount > 0 "
                + "ORDER BY p.paymentDate, p.id", Payment.class).setParameter("c", customer.id())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        if (credit.isEmpty()) {
            throw new FinanceRuleViolation("no-customer-credit", null, customer.legalName() + " has no unallocated payment credit.");
        }
        Instant now = calendar.now();
        allocate(credit, customer.id(), explicit, calendar.today(), now);
        em.flush();
        List<PaymentView> out = new ArrayList<>();
        credit.forEach(p -> out.add(FinanceDocuments.view(em, p)));
        return out;
    }

    /** One payment by number (finance:view); 404 "payment-not-found". */
    @RequiresPermission(module = "finance", action = "view")
    public PaymentView get(String number) {
        List<Payment> found = em.createQuery("SELECT p FROM Payment p WHERE p.number = :n", Payment.class)
                .setParameter("n", FinanceDocuments.normal(number)).getResultList();
        if (found.isEmpty()) {
            throw new RecordNotFoundException("payment-not-found", "No payment with number '" + number + "'");
        }
        return FinanceDocuments.view(em, found.get(0));
    }

    record Explicit(String invoiceNumber, BigDecimal amount, String field) { }

    private void allocate(List<Payment> payments, long customerId, List<Explicit> explicit, LocalDate on, Instant now) {
        BigDecimal available = payments.stream().map(Payment::unallocatedAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (!explicit.isEmpty()) {
            BigDecimal wanted = explicit.stream().map(Explicit::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (wanted.compareTo(available) > 0) {
                throw new FinanceRuleViolation(payments.size() == 1 && payments.get(0).allocations().isEmpty()
                        ? "allocation-exceeds-payment" : "allocation-exceeds-credit", "allocations",
                        "The allocations add up to " + LineAmounts.round(wanted) + " but only " + available
                        + " is available to allocate.");
            }
            for (Explicit e : explicit) {
                Invoice invoice = FinanceDocuments.invoice(em, e.invoiceNumber());
                em.lock(invoice, LockModeType.PESSIMISTIC_WRITE);
                if (invoice.customerId() != customerId) {
                    throw new FinanceRuleViolation("invoice-of-another-customer", e.field() + ".invoiceNumber", "Invoice "
                            + invoice.number() + " belongs to another customer.");
                }
                if (e.amount().compareTo(invoice.openBalance()) > 0) {
                    throw new FinanceRuleViolation("allocation-exceeds-open-balance", e.field() + ".amount", "Invoice "
                            + invoice.number() + " has an open balance of " + invoice.openBalance() + " " + invoice.currency()
                            + "; " + e.amount() + " cannot be allocated to it.");
                }
                spread(payments, invoice, e.amount(), on, e.field() + ".amount", now);
            }
            return;
        }
        List<Invoice> open = em.createQuery("SELECT i FROM Invoice i WHERE i.customerId = :c AND i.openBalance > 0 "
                + "ORDER BY i.dueDate, i.invoiceDate, i.number", Invoice.class).setParameter("c", customerId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        for (Invoice invoice : open) {
            if (available.signum() <= 0) {
                break;
            }
            BigDecimal take = available.min(invoice.openBalance());
            spread(payments, invoice, take, on, "amount", now);
            available = available.subtract(take);
        }
    }

    /** Takes {@code amount} for one invoice from the payments in order. */
    private static void spread(List<Payment> payments, Invoice invoice, BigDecimal amount, LocalDate on, String field, Instant now) {
        BigDecimal left = amount;
        for (Payment p : payments) {
            if (left.signum() <= 0) {
                break;
            }
            BigDecimal take = p.unallocatedAmount().min(left);
            if (take.signum() > 0) {
                p.allocate(invoice, take, on, field, now);
                left = left.subtract(take);
            }
        }
    }

    private static List<Explicit> explicit(SalesInput in, List<PaymentRequest.Allocation> allocations, String prefix) {
        List<Explicit> out = new ArrayList<>();
        if (allocations == null) {
            return out;
        }
        for (int i = 0; i < allocations.size(); i++) {
            String f = prefix + "[" + i + "]";
            PaymentRequest.Allocation a = allocations.get(i);
            String number = in.text(a == null ? null : a.invoiceNumber(), f + ".invoiceNumber", 20);
            BigDecimal amount = in.decimal(a == null ? null : a.amount(), f + ".amount", new BigDecimal("0.01"), null,
                    LineAmounts.MONEY_SCALE, "500.00");
            if (number != null && amount != null) {
                if (out.stream().anyMatch(e -> e.invoiceNumber().equalsIgnoreCase(number))) {
                    in.reject(f + ".invoiceNumber", "invoice " + number + " is listed twice; give one allocation per invoice");
                } else {
                    out.add(new Explicit(number, LineAmounts.round(amount), f));
                }
            }
        }
        return out;
    }

    private static PaymentMethod method(SalesInput in, String text) {
        if (text == null || text.isBlank()) {
            in.reject("method", "method is required: ACH, WIRE, CHECK, CARD or CASH");
            return null;
        }
        try {
            return PaymentMethod.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            in.reject("method", "method must be ACH, WIRE, CHECK, CARD or CASH, not '" + text.strip() + "'");
            return null;
        }
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
