package org.pharmadist.finance.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pharmadist.crm.domain.Customer;
import org.pharmadist.crm.domain.CustomerType;
import org.pharmadist.finance.infrastructure.FinancePdf;
import org.pharmadist.platform.config.PharmaDistSettings;
import org.pharmadist.platform.errors.BusinessException;
import org.pharmadist.platform.paging.PageRequest;
import org.pharmadist.platform.persistence.TestDatabase;
import org.pharmadist.sales.application.SalesCalendar;
import org.pharmadist.sales.domain.CustomerReturnBooked;
import org.pharmadist.sales.domain.LineAmounts;
import org.pharmadist.sales.domain.ShipmentConfirmed;

/**
 * Finance on real PostgreSQL (schema validated against V11): invoice from the shipment event (amounts, due date,
 * idempotency), credit-note symmetry, payment allocation, over-payment and refusals, aging buckets at their
 * boundaries, statement balances, receivables exposure, PDFs. The events are fired by hand (sales orders are not
 * on this branch): the services are called as the synchronous observer calls them.
 */
class FinancePersistenceTest {

    static final ZoneId ZONE = ZoneId.of("America/New_York");
    static final Instant NOW = Instant.parse("2026-11-20T15:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    static final SalesCalendar CALENDAR = SalesCalendar.fixed(Clock.fixed(NOW, ZONE), ZONE);
    static final PharmaDistSettings SETTINGS = new PharmaDistSettings() {
        @Override
        public Currency currency() {
            return Currency.getInstance("USD");
        }

        @Override
        public ZoneId timeZone() {
            return ZONE;
        }

        @Override
        public String companyName() {
            return "Test Distributor";
        }
    };

    private static TestDatabase db;
    private static long nextShipment = 1;
    private static int nextTax = 1;

    @BeforeAll
    static void open() {
        db = TestDatabase.fresh("finance_test");
    }

    @AfterAll
    static void close() {
        db.close();
    }

    static Customer customer(String name, int termsDays) {
        return db.inTransaction(em -> {
            Customer c = new Customer(CustomerType.HOSPITAL, name, String.format("66-%07d", nextTax++), NOW);
            c.update(CustomerType.HOSPITAL, name, c.taxId(), null, null, termsDays, new BigDecimal("50000.00"), "WHOLESALE",
                    null, 0, NOW);
            em.persist(c);
            return c;
        });
    }

    static ShipmentConfirmed.Line line(int orderLine, long lotId, String qty, String price, String disc, String tax) {
        BigDecimal q = new BigDecimal(qty);
        BigDecimal p = new BigDecimal(price);
        BigDecimal d = new BigDecimal(disc);
        BigDecimal t = new BigDecimal(tax);
        LineAmounts a = LineAmounts.of(q, p, d, t);
        return new ShipmentConfirmed.Line(orderLine, 1000 + orderLine, "12345-6789-0" + orderLine, "Product " + orderLine,
                lotId, "LOT-" + lotId, LocalDate.of(2028, 5, 31), q, "EA", p, d, t, a.net(), a.tax());
    }

    static ShipmentConfirmed shipment(Customer c, LocalDate shipDate, ShipmentConfirmed.Line... lines) {
        long id = nextShipment++;
        return new ShipmentConfirmed(id, String.format("SH-%07d", id), 500 + id, String.format("SO-%07d", 500 + id),
                c.id(), "USD", shipDate, NOW, Arrays.asList(lines));
    }

    static <T> T invoices(Function<InvoiceService, T> work) {
        return db.inTransaction(em -> {
            InvoiceService s = new InvoiceService();
            s.em = em;
            s.calendar = CALENDAR;
            s.settings = SETTINGS;
            return work.apply(s);
        });
    }

    static <T> T payments(Function<PaymentService, T> work) {
        return db.inTransaction(em -> {
            PaymentService s = new PaymentService();
            s.em = em;
            s.calendar = CALENDAR;
            s.settings = SETTINGS;
            return work.apply(s);
        });
    }

    static <T> T queries(Function<FinanceQueryService, T> work) {
        var em = db.read();
        try {
            FinanceQueryService s = new FinanceQueryService();
            s.em = em;
            s.calendar = CALENDAR;
            s.settings = SETTINGS;
            return work.apply(s);
        } finally {
            em.close();
        }
    }

    static BigDecimal receivables(Customer c) {
        return db.inTransaction(em -> {
            FinanceReceivables r = new FinanceReceivables();
            r.em = em;
            return r.openReceivables(c.id());
        });
    }

    static long count(String table) {
        return db.inTransaction(em -> ((Number) em.createNativeQuery("SELECT count(*) FROM " + table).getSingleResult()).longValue());
    }

    static PaymentView pay(Customer c, String amount, LocalDate date, PaymentRequest.Allocation... allocations) {
        return payments(s -> s.record(new PaymentRequest(c.id(), amount, date.toString(), "ACH", "REF-1", List.of(allocations))));
    }

    static String type(Throwable e) {
        return ((BusinessException) e).type();
    }

    @Test
    void theInvoiceOfAShipmentCopiesItsLinesAndIsWrittenOnce() {
        Customer c = customer("Invoice Pharmacy", 45);
        ShipmentConfirmed s = shipment(c, LocalDate.of(2026, 11, 2), line(1, 11, "16", "348.35", "4", "22"),
                line(2, 12, "3", "0.33500", "0", "0"), line(2, 13, "1", "0.33500", "0", "0"));
        InvoiceView v = invoices(i -> i.invoiceShipment(s));
        assertThat(v.number()).matches("INV-2026-\\d{6}");
        assertThat(v.invoiceDate()).isEqualTo(LocalDate.of(2026, 11, 2));
        assertThat(v.dueDate()).isEqualTo(LocalDate.of(2026, 12, 17));
        assertThat(v.paymentTerms()).isEqualTo("NET45");
        assertThat(v.lines()).hasSize(3);
        assertThat(v.lines().get(0).netAmount()).isEqualByComparingTo("5350.66");
        assertThat(v.lines().get(0).taxAmount()).isEqualByComparingTo("1177.15");
        assertThat(v.lines().get(1).netAmount()).isEqualByComparingTo("1.01"); // 1.005 HALF_UP
        assertThat(v.lines().get(2).netAmount()).isEqualByComparingTo("0.34"); // 0.335 HALF_UP
        // totals = sums of the rounded lines, never a rounding of the sum (1.34 would be 4 x 0.335 = 1.34; 1.01+0.34 = 1.35)
        assertThat(v.netTotal()).isEqualByComparingTo("5352.01").hasScaleOf(2);
        assertThat(v.taxTotal()).isEqualByComparingTo("1177.15");
        assertThat(v.grandTotal()).isEqualByComparingTo("6529.16");
        assertThat(v.openBalance()).isEqualByComparingTo("6529.16");
        assertThat(v.status()).isEqualTo("OPEN");
        assertThat(v.lines().get(1).lotNumber()).isEqualTo("LOT-12");
        assertThat(v.lines().get(1).unit()).isEqualTo("EA");

        long before = count("finance_invoice");
        InvoiceView replay = invoices(i -> i.invoiceShipment(s));
        assertThat(replay.number()).isEqualTo(v.number());
        assertThat(count("finance_invoice")).isEqualTo(before);
        assertThat(count("finance_invoice_line WHERE invoice_id = " + v.id())).isEqualTo(3);
        assertThat(receivables(c)).isEqualByComparingTo("6529.16").hasScaleOf(2);
    }

    @Test
    void aShipmentWhoseAmountsBreakTheMoneyRulesIsRefusedWithNothingWritten() {
        Customer c = customer("Mismatch Clinic", 30);
        ShipmentConfirmed.Line ok = line(1, 21, "2", "10.00", "0", "0");
        ShipmentConfirmed.Line wrong = new ShipmentConfirmed.Line(1, 1001, "12345-6789-01", "X", 21, "LOT-21",
                LocalDate.of(2028, 1, 31), ok.quantity(), "EA", ok.unitPrice(), ok.discountPercent(), ok.taxRatePercent(),
                new BigDecimal("20.01"), ok.taxAmount());
        long before = count("finance_invoice");
        assertThatThrownBy(() -> invoices(i -> i.invoiceShipment(shipment(c, TODAY, wrong))))
                .satisfies(e -> assertThat(type(e)).isEqualTo("invoice-amounts-mismatch"));
        assertThat(count("finance_invoice")).isEqualTo(before);
    }

    @Test
    void aCreditOfAWholeInvoiceIsExactlyMinusItsTotal() {
        Customer c = customer("Credit Hospital", 30);
        // Lines whose amounts round at the half cent: crediting by parts and the rest must still mirror them exactly.
        InvoiceView v = invoices(i -> i.invoiceShipment(shipment(c, LocalDate.of(2026, 11, 1),
                line(1, 31, "3", "0.33500", "0", "7.5"), line(2, 32, "7", "12.34567", "3.3333", "22"),
                line(3, 33, "1", "0.00500", "0", "0"))));
        CreditNoteView part = invoices(i -> i.credit(new CreditRequest(v.number(), "damaged box",
                List.of(new CreditRequest.Line(1, "1"), new CreditRequest.Line(2, "2")))));
        assertThat(part.number()).matches("CN-2026-\\d{6}");
        assertThat(part.kind()).isEqualTo("MANUAL");
        // one EA at 0.335: |0.335| rounds HALF_UP to 0.34, then negated: -0.34 (symmetric rounding)
        assertThat(part.lines().get(0).netAmount()).isEqualByComparingTo("-0.34");
        LineAmounts two = LineAmounts.of(new BigDecimal("2"), new BigDecimal("12.34567"), new BigDecimal("3.3333"), new BigDecimal("22"));
        assertThat(part.lines().get(1).netAmount()).isEqualByComparingTo(two.net().negate());
        assertThat(part.lines().get(1).taxAmount()).isEqualByComparingTo(two.tax().negate());
        assertThat(part.grandTotal()).isEqualByComparingTo(part.netTotal().add(part.taxTotal()));

        CreditNoteView rest = invoices(i -> i.credit(new CreditRequest(v.number(), "cancelled", null)));
        assertThat(part.grandTotal().add(rest.grandTotal())).isEqualByComparingTo(v.grandTotal().negate());
        assertThat(part.netTotal().add(rest.netTotal())).isEqualByComparingTo(v.netTotal().negate());
        assertThat(part.taxTotal().add(rest.taxTotal())).isEqualByComparingTo(v.taxTotal().negate());
        InvoiceView after = invoices(i -> i.get(v.number()));
        assertThat(after.status()).isEqualTo("CREDITED");
        assertThat(after.openBalance()).isEqualByComparingTo("0.00");
        assertThat(after.creditNotes()).extracting(InvoiceView.CreditNoteRef::number).containsExactly(part.number(), rest.number());
        assertThatThrownBy(() -> invoices(i -> i.credit(new CreditRequest(v.number(), "again", null))))
                .satisfies(e -> assertThat(type(e)).isEqualTo("invoice-fully-credited"));

        // A fresh invoice credited at once: exactly minus its total.
        InvoiceView w = invoices(i -> i.invoiceShipment(shipment(c, LocalDate.of(2026, 11, 3),
                line(1, 34, "3", "0.33500", "0", "7.5"), line(2, 35, "7", "12.34567", "3.3333", "22"))));
        CreditNoteView whole = invoices(i -> i.credit(new CreditRequest(w.number(), "wrong customer", List.of())));
        assertThat(whole.grandTotal()).isEqualByComparingTo(w.grandTotal().negate());
        assertThat(whole.lines()).hasSize(2);
        assertThat(receivables(c)).isEqualByComparingTo("0.00");
    }

    @Test
    void creditsAboveWhatWasInvoicedAreRefusedNamingTheField() {
        Customer c = customer("Over Credit Pharmacy", 30);
        InvoiceView v = invoices(i -> i.invoiceShipment(shipment(c, TODAY, line(1, 41, "5", "10.00", "0", "0"))));
        assertThatThrownBy(() -> invoices(i -> i.credit(new CreditRequest(v.number(), "too much", List.of(new CreditRequest.Line(1, "6"))))))
                .satisfies(e -> {
                    assertThat(type(e)).isEqualTo("credit-exceeds-invoiced");
                    assertThat(((BusinessException) e).fieldErrors()).containsKey("lines[0].quantity");
                });
        assertThatThrownBy(() -> invoices(i -> i.credit(new CreditRequest(v.number(), " ", List.of(new CreditRequest.Line(9, "x"))))))
                .satisfies(e -> {
                    assertThat(type(e)).isEqualTo("invalid-credit");
                    assertThat(((BusinessException) e).fieldErrors()).containsKeys("reason", "lines[0].quantity");
                });
        assertThat(count("finance_credit_note WHERE invoice_id = " + v.id())).isZero();
    }

    @Test
    void aCustomerReturnIsCreditedAtTheInvoicedPricesOfItsLotOnce() {
        Customer c = customer("Return Pharmacy", 30);
        ShipmentConfirmed s = shipment(c, LocalDate.of(2026, 11, 10), line(1, 51, "10", "20.12345", "5", "8"),
                line(1, 52, "4", "20.12345", "5", "8"), line(2, 53, "2", "99.99", "0", "8"));
        InvoiceView v = invoices(i -> i.invoiceShipment(s));
        CustomerReturnBooked r = new CustomerReturnBooked(7, "RT-0000007", s.shipmentId(), s.shipmentNumber(), s.salesOrderId(),
                c.id(), LocalDate.of(2026, 11, 15), "short dated", NOW,
                List.of(new CustomerReturnBooked.Line(1, 1001, "12345-6789-01", 52, "LOT-52", new BigDecimal("3"), "EA")));
        CreditNoteView cn = invoices(i -> i.creditReturn(r));
        assertThat(cn.kind()).isEqualTo("RETURN");
        assertThat(cn.returnNumber()).isEqualTo("RT-0000007");
        assertThat(cn.creditDate()).isEqualTo(LocalDate.of(2026, 11, 15));
        assertThat(cn.lines()).singleElement().satisfies(l -> {
            assertThat(l.lotNumber()).isEqualTo("LOT-52");
            assertThat(l.unitPrice()).isEqualByComparingTo("20.12345");
            LineAmounts a = LineAmounts.of(new BigDecimal("3"), new BigDecimal("20.12345"), new BigDecimal("5"), new BigDecimal("8"));
            assertThat(l.netAmount()).isEqualByComparingTo(a.net().negate());
            assertThat(l.taxAmount()).isEqualByComparingTo(a.tax().negate());
        });
        assertThat(invoices(i -> i.creditReturn(r)).number()).isEqualTo(cn.number());
        assertThat(count("finance_credit_note WHERE return_id = 7")).isEqualTo(1);
        InvoiceView after = invoices(i -> i.get(v.number()));
        assertThat(after.openBalance()).isEqualByComparingTo(v.grandTotal().add(cn.grandTotal()));
        assertThat(after.lines().get(1).creditedQuantity()).isEqualByComparingTo("3");

        CustomerReturnBooked unknownLot = new CustomerReturnBooked(8, "RT-0000008", s.shipmentId(), s.shipmentNumber(),
                s.salesOrderId(), c.id(), TODAY, null, NOW,
                List.of(new CustomerReturnBooked.Line(2, 1002, "12345-6789-02", 99, "LOT-99", BigDecimal.ONE, "EA")));
        assertThatThrownBy(() -> invoices(i -> i.creditReturn(unknownLot))).satisfies(e -> assertThat(type(e)).isEqualTo("lot-not-invoiced"));
        CustomerReturnBooked noInvoice = new CustomerReturnBooked(9, "RT-0000009", 987654, "SH-9", 1, c.id(), TODAY, null, NOW,
                List.of(new CustomerReturnBooked.Line(1, 1001, "12345-6789-01", 51, "LOT-51", BigDecimal.ONE, "EA")));
        assertThatThrownBy(() -> invoices(i -> i.creditReturn(noInvoice))).satisfies(e -> assertThat(type(e)).isEqualTo("no-invoice-for-shipment"));
    }

    @Test
    void paymentsGoToTheOldestInvoicesFirstAndAnOverPaymentIsKeptAsCredit() {
        Customer c = customer("Payment Pharmacy", 30);
        InvoiceView newer = invoices(i -> i.invoiceShipment(shipment(c, LocalDate.of(2026, 10, 20), line(1, 61, "1", "300.00", "0", "0"))));
        InvoiceView older = invoices(i -> i.invoiceShipment(shipment(c, LocalDate.of(2026, 9, 20), line(1, 62, "1", "200.00", "0", "0"))));

        PaymentView partial = pay(c, "250.00", LocalDate.of(2026, 11, 1));
        assertThat(partial.number()).matches("PAY-2026-\\d{6}");
        assertThat(partial.allocations()).extracting(PaymentView.Allocation::invoiceNumber).containsExactly(older.number(), newer.number());
        assertThat(partial.allocations()).extracting(PaymentView.Allocation::amount)
                .usingElementComparator(BigDecimal::compareTo).containsExactly(new BigDecimal("200.00"), new BigDecimal("50.00"));
        assertThat(partial.unallocatedAmount()).isEqualByComparingTo("0.00");
        assertThat(invoices(i -> i.get(older.number())).status()).isEqualTo("PAID");
        InvoiceView half = invoices(i -> i.get(newer.number()));
        assertThat(half.status()).isEqualTo("PARTIALLY_PAID");
        assertThat(half.openBalance()).isEqualByComparingTo("250.00");

        PaymentView over = pay(c, "400.00", LocalDate.of(2026, 11, 5));
        assertThat(over.allocatedAmount()).isEqualByComparingTo("250.00");
        assertThat(over.unallocatedAmount()).isEqualByComparingTo("150.00");
        assertThat(receivables(c)).isEqualByComparingTo("-150.00");

        // The credit is used later for a new invoice.
        InvoiceView third = invoices(i -> i.invoiceShipment(shipment(c, LocalDate.of(2026, 11, 10), line(1, 63, "1", "100.00", "0", "0"))));
        List<PaymentView> used = payments(s -> s.applyCredit(c.id(), null));
        assertThat(used).singleElement().satisfies(p -> assertThat(p.unallocatedAmount()).isEqualByComparingTo("50.00"));
        assertThat(invoices(i -> i.get(third.number())).status()).isEqualTo("PAID");
        assertThat(receivables(c)).isEqualByComparingTo("-50.00");
    }

    @Test
    void allocationsAboveAnOpenBalanceOrThePaymentAreRefusedAndNothingIsWritten() {
        Customer c = customer("Refusal Pharmacy", 30);
        Customer other = customer("Other Pharmacy", 30);
        InvoiceView v = invoices(i -> i.invoiceShipment(shipment(c, LocalDate.of(2026, 11, 1), line(1, 71, "1", "100.00", "0", "0"))));
        InvoiceView foreign = invoices(i -> i.invoiceShipment(shipment(other, LocalDate.of(2026, 11, 1), line(1, 72, "1", "10.00", "0", "0"))));
        long before = count("finance_payment");
        assertThatThrownBy(() -> pay(c, "150.00", TODAY, new PaymentRequest.Allocation(v.number(), "100.01")))
                .satisfies(e -> {
                    assertThat(type(e)).isEqualTo("allocation-exceeds-open-balance");
                    assertThat(((BusinessException) e).fieldErrors()).containsKey("allocations[0].amount");
                });
        assertThatThrownBy(() -> pay(c, "50.00", TODAY, new PaymentRequest.Allocation(v.number(), "60.00")))
                .satisfies(e -> assertThat(type(e)).isEqualTo("allocation-exceeds-payment"));
        assertThatThrownBy(() -> pay(c, "50.00", TODAY, new PaymentRequest.Allocation(foreign.number(), "5.00")))
                .satisfies(e -> assertThat(type(e)).isEqualTo("invoice-of-another-customer"));
        assertThatThrownBy(() -> payments(s -> s.record(new PaymentRequest(c.id(), "-5", TODAY.plusDays(1).toString(), "BITCOIN", null, null))))
                .satisfies(e -> {
                    assertThat(type(e)).isEqualTo("invalid-payment");
                    assertThat(((BusinessException) e).fieldErrors()).containsKeys("amount", "paymentDate", "method");
                });
        assertThat(count("finance_payment")).isEqualTo(before);
        assertThat(invoices(i -> i.get(v.number())).openBalance()).isEqualByComparingTo("100.00");

        // Explicit allocation: 40 to the invoice, 10 kept as credit.
        PaymentView p = pay(c, "50.00", TODAY, new PaymentRequest.Allocation(v.number(), "40.00"));
        assertThat(p.unallocatedAmount()).isEqualByComparingTo("10.00");
        assertThat(receivables(c)).isEqualByComparingTo("50.00");
    }

    @Test
    void aCreditNoteOnAPaidInvoiceGivesThePaymentBackAsCredit() {
        Customer c = customer("Paid Then Credited", 30);
        InvoiceView v = invoices(i -> i.invoiceShipment(shipment(c, LocalDate.of(2026, 11, 1), line(1, 81, "4", "25.00", "0", "0"))));
        pay(c, "100.00", LocalDate.of(2026, 11, 5));
        CreditNoteView cn = invoices(i -> i.credit(new CreditRequest(v.number(), "returned unsold", List.of(new CreditRequest.Line(1, "1")))));
        assertThat(cn.grandTotal()).isEqualByComparingTo("-25.00");
        InvoiceView after = invoices(i -> i.get(v.number()));
        assertThat(after.openBalance()).isEqualByComparingTo("0.00");
        assertThat(after.paidTotal()).isEqualByComparingTo("75.00");
        assertThat(after.status()).isEqualTo("PAID");
        assertThat(after.payments()).extracting(InvoiceView.AllocationRef::amount).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("100.00"), new BigDecimal("-25.00"));
        assertThat(receivables(c)).isEqualByComparingTo("-25.00");
    }

    @Test
    void agingPutsEachInvoiceInTheBucketOfItsDaysPastDueAtTheBoundaries() {
        Customer c = customer("Aging Pharmacy", 30);
        LocalDate asOf = LocalDate.of(2026, 11, 15);
        int[] late = {0, 1, 30, 31, 60, 61, 90, 91};
        String[] price = {"1.00", "2.00", "4.00", "8.00", "16.00", "32.00", "64.00", "128.00"};
        for (int k = 0; k < late.length; k++) {
            // due = ship + 30; days past due on asOf = late[k]
            LocalDate ship = asOf.minusDays(30L + late[k]);
            String p = price[k];
            invoices(i -> i.invoiceShipment(shipment(c, ship, line(1, 90, "1", p, "0", "0"))));
        }
        // Invoiced after the day: not in that day's aging.
        invoices(i -> i.invoiceShipment(shipment(c, asOf.plusDays(1), line(1, 91, "1", "1000.00", "0", "0"))));
        AgingReport report = queries(q -> q.aging(asOf));
        AgingReport.Row row = report.customers().stream().filter(r -> r.customerId() == c.id()).findFirst().orElseThrow();
        assertThat(row.current()).isEqualByComparingTo("1.00");          // 0 days
        assertThat(row.days1to30()).isEqualByComparingTo("6.00");        // 1 and 30 days
        assertThat(row.days31to60()).isEqualByComparingTo("24.00");      // 31 and 60
        assertThat(row.days61to90()).isEqualByComparingTo("96.00");      // 61 and 90
        assertThat(row.over90()).isEqualByComparingTo("128.00");         // 91
        assertThat(row.total()).isEqualByComparingTo("255.00");
        assertThat(report.asOf()).isEqualTo(asOf);
        assertThat(report.totals().total()).isEqualByComparingTo(report.customers().stream().map(AgingReport.Row::total)
                .reduce(BigDecimal.ZERO, BigDecimal::add));

        // A payment dated after the day does not change that day's aging; on its own day it does.
        pay(c, "128.00", LocalDate.of(2026, 11, 16), new PaymentRequest.Allocation(invoiceNumber(c, "128.00"), "128.00"));
        assertThat(row(c, asOf).over90()).isEqualByComparingTo("128.00");
        assertThat(row(c, LocalDate.of(2026, 11, 16)).over90()).isEqualByComparingTo("64.00"); // the 90-day one is now 91
        // The day after, the 0-day invoice is 1 day past due.
        assertThat(row(c, asOf.plusDays(1)).current()).isEqualByComparingTo("1000.00");

        List<InvoiceSummary> overdue = queries(q -> q.overdue(asOf));
        assertThat(overdue).filteredOn(s -> s.customerId() == c.id()).extracting(InvoiceSummary::daysPastDue)
                .containsExactly(90L, 61L, 60L, 31L, 30L, 1L); // the 91-day one was paid; 0 days is not overdue
    }

    static AgingReport.Row row(Customer c, LocalDate asOf) {
        return queries(q -> q.aging(asOf)).customers().stream().filter(r -> r.customerId() == c.id()).findFirst().orElseThrow();
    }

    static String invoiceNumber(Customer c, String total) {
        return queries(q -> q.invoices(new InvoiceSearch(c.id(), null, null, null, false), new PageRequest(100, 0, null)))
                .items().stream().filter(s -> s.grandTotal().compareTo(new BigDecimal(total)) == 0).findFirst().orElseThrow().number();
    }

    @Test
    void theStatementRunsFromTheOpeningToTheClosingBalance() {
        Customer c = customer("Statement Hospital", 30);
        InvoiceView before = invoices(i -> i.invoiceShipment(shipment(c, LocalDate.of(2026, 9, 28), line(1, 101, "1", "500.00", "0", "0"))));
        pay(c, "120.00", LocalDate.of(2026, 9, 30));
        InvoiceView in1 = invoices(i -> i.invoiceShipment(shipment(c, LocalDate.of(2026, 10, 3), line(1, 102, "2", "150.00", "0", "10"))));
        pay(c, "380.00", LocalDate.of(2026, 10, 10));
        CreditNoteView cn = invoices(i -> i.credit(new CreditRequest(in1.number(), "price correction", List.of(new CreditRequest.Line(1, "1")))));
        InvoiceView after = invoices(i -> i.invoiceShipment(shipment(c, LocalDate.of(2026, 11, 2), line(1, 103, "1", "75.00", "0", "0"))));

        // The manual credit note is dated today (2026-11-20).
        CustomerStatement s = queries(q -> q.statement(c.id(), LocalDate.of(2026, 10, 1), TODAY));
        assertThat(s.openingBalance()).isEqualByComparingTo("380.00"); // 500 - 120
        assertThat(s.entries()).extracting(CustomerStatement.Entry::kind).containsExactly("INVOICE", "PAYMENT", "INVOICE", "CREDIT_NOTE");
        assertThat(s.entries()).extracting(CustomerStatement.Entry::number).containsExactly(in1.number(),
                s.entries().get(1).number(), after.number(), cn.number());
        assertThat(s.invoiced()).isEqualByComparingTo(in1.grandTotal().add(after.grandTotal())); // 330.00 + 75.00
        assertThat(s.paid()).isEqualByComparingTo("380.00");
        assertThat(s.credited()).isEqualByComparingTo(cn.grandTotal().negate()); // 165.00
        assertThat(s.closingBalance()).isEqualByComparingTo("240.00");
        CustomerStatement october = queries(q -> q.statement(c.id(), LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31)));
        assertThat(october.closingBalance()).isEqualByComparingTo("330.00");
        CustomerStatement november = queries(q -> q.statement(c.id(), LocalDate.of(2026, 11, 1), TODAY));
        assertThat(november.openingBalance()).isEqualByComparingTo(october.closingBalance());
        assertThat(s.entries().get(s.entries().size() - 1).balance()).isEqualByComparingTo(s.closingBalance());
        assertThat(s.closingBalance()).isEqualByComparingTo(s.openingBalance().add(s.invoiced()).subtract(s.credited()).subtract(s.paid()));

        CustomerStatement all = queries(q -> q.statement(c.id(), LocalDate.of(2026, 1, 1), TODAY));
        assertThat(all.openingBalance()).isEqualByComparingTo("0.00");
        assertThat(all.closingBalance()).isEqualByComparingTo(receivables(c)).isEqualByComparingTo("240.00");
        assertThat(before.number()).isNotEqualTo(after.number());

        assertThatThrownBy(() -> queries(q -> q.statement(c.id(), TODAY, TODAY.minusDays(1))))
                .satisfies(e -> assertThat(type(e)).isEqualTo("invalid-period"));

        byte[] pdf = queries(q -> q.statementPdf(c.id(), LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31)));
        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        byte[] invoicePdf = invoices(i -> i.invoicePdf(in1.number()));
        assertThat(new String(invoicePdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(FinancePdf.money(new BigDecimal("6527.805"))).isEqualTo("6,527.81");
    }

    @Test
    void theInvoiceListFiltersAndCustomer360Sections() {
        Customer c = customer("List Pharmacy", 30);
        invoices(i -> i.invoiceShipment(shipment(c, LocalDate.of(2026, 8, 1), line(1, 111, "1", "10.00", "0", "0"))));
        InvoiceView paid = invoices(i -> i.invoiceShipment(shipment(c, LocalDate.of(2026, 11, 1), line(1, 112, "1", "20.00", "0", "0"))));
        pay(c, "20.00", TODAY, new PaymentRequest.Allocation(paid.number(), "20.00"));
        var page = queries(q -> q.invoices(InvoiceSearch.parse(String.valueOf(c.id()), "open", null, null, null), new PageRequest(10, 0, null)));
        assertThat(page.items()).singleElement().satisfies(s -> assertThat(s.daysPastDue()).isEqualTo(81));
        assertThat(page.total()).isEqualTo(1);
        assertThatThrownBy(() -> InvoiceSearch.parse("x", "LOST", "2026-13-01", null, "maybe"))
                .satisfies(e -> assertThat(((BusinessException) e).fieldErrors()).containsKeys("customer", "status", "from", "open"));

        var em = db.read();
        try {
            FinanceCustomerSummary s = new FinanceCustomerSummary();
            s.em = em;
            s.calendar = CALENDAR;
            s.settings = SETTINGS;
            var sections = s.summarize(c.id());
            assertThat(sections).extracting(x -> x.name()).containsExactly("invoices", "balance");
            assertThat(sections.get(0).lines().get(0).value()).isEqualTo("1 for 10.00 USD");
            assertThat(sections.get(1).lines()).extracting(l -> l.value()).containsExactly("10.00 USD", "0.00 USD", "10.00 USD");
        } finally {
            em.close();
        }
        List<String> numbers = new ArrayList<>();
        queries(q -> q.payments(c.id())).forEach(p -> numbers.add(p.number()));
        assertThat(numbers).hasSize(1);
    }
}
