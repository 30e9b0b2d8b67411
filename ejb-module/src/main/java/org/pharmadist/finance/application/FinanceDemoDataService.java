package org.pharmadist.finance.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.pharmadist.platform.config.PharmaDistSettings;
import org.pharmadist.sales.application.SalesCalendar;
import org.pharmadist.sales.domain.LineAmounts;
import org.pharmadist.sales.domain.ShipmentConfirmed;

/**
 * Demo receivables until sales orders and shipments exist: for the first {@value #CUSTOMERS} customers with a price
 * list, invoices of demo shipments (ids below 0 and numbers "SH-DEMO-nnn", so they never meet a real shipment) at the
 * WHOLESALE demo prices, written by {@link InvoiceService#invoiceShipment} as a real shipment's would be, with ship
 * dates from 100 days ago to today: some current, some overdue in every aging bucket. Payments through
 * {@link PaymentService}: several in full, one partial and one over-payment (kept as customer credit). Runs once:
 * nothing is written when a demo invoice exists.
 */
@Stateless
public class FinanceDemoDataService {

    static final int CUSTOMERS = 4;
    /** Days before today of the demo ship dates, per customer. */
    private static final int[][] SHIP_DAYS_AGO = {{100, 45, 5}, {70, 20}, {130, 35, 2}, {40, 10}};

    @PersistenceContext(unitName = "pharmadist")
    EntityManager em;

    @Inject
    SalesCalendar calendar;

    @Inject
    PharmaDistSettings settings;

    /** Loads the demo invoices and payments; answers the number of invoices created (0 when present already). */
    public int load() {
        if (!em.createNativeQuery("SELECT 1 FROM finance_invoice WHERE shipment_id < 0").setMaxResults(1).getResultList().isEmpty()) {
            return 0;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> items = em.createNativeQuery("SELECT p.id, p.ndc11, p.name, i.unit_price, p.sales_unit, "
                + "(SELECT l.id FROM lot l WHERE l.product_id = p.id ORDER BY l.expiry_date NULLS LAST, l.id LIMIT 1), "
                + "(SELECT l.lot_number FROM lot l WHERE l.product_id = p.id ORDER BY l.expiry_date NULLS LAST, l.id LIMIT 1), "
                + "(SELECT l.expiry_date FROM lot l WHERE l.product_id = p.id ORDER BY l.expiry_date NULLS LAST, l.id LIMIT 1) "
                + "FROM sales_price_list_item i JOIN sales_price_list pl ON pl.id = i.price_list_id JOIN product p ON p.id = i.product_id "
                + "WHERE pl.code = 'WHOLESALE' AND i.min_quantity = 1 ORDER BY p.name, p.id LIMIT 12").getResultList();
        @SuppressWarnings("unchecked")
        List<Number> customers = em.createNativeQuery("SELECT id FROM crm_customer WHERE price_list IS NOT NULL ORDER BY id LIMIT "
                + CUSTOMERS).getResultList();
        if (items.isEmpty() || customers.isEmpty()) {
            return 0;
        }
        InvoiceService invoices = new InvoiceService();
        invoices.em = em;
        invoices.calendar = calendar;
        invoices.settings = settings;
        PaymentService payments = new PaymentService();
        payments.em = em;
        payments.calendar = calendar;
        payments.settings = settings;
        LocalDate today = calendar.today();
        Instant now = calendar.now();
        String currency = settings.currency().getCurrencyCode();
        int n = 0;
        List<List<InvoiceView>> byCustomer = new ArrayList<>();
        for (int c = 0; c < customers.size(); c++) {
            List<InvoiceView> written = new ArrayList<>();
            for (int daysAgo : SHIP_DAYS_AGO[c % SHIP_DAYS_AGO.length]) {
                n++;
                List<ShipmentConfirmed.Line> lines = new ArrayList<>();
                for (int k = 0; k < 1 + n % 3; k++) {
                    Object[] it = items.get((n * 3 + k) % items.size());
                    BigDecimal qty = new BigDecimal(2 + (n + k) % 5 * 3).setScale(3);
                    BigDecimal price = LineAmounts.unitPrice((BigDecimal) it[3]);
                    BigDecimal disc = LineAmounts.percent(new BigDecimal(k == 1 ? "2.5" : "0"));
                    BigDecimal tax = LineAmounts.percent(new BigDecimal("0"));
                    LineAmounts a = LineAmounts.of(qty, price, disc, tax);
                    LocalDate expiry = it[7] == null ? today.plusYears(2) : ((Date) it[7]).toLocalDate();
                    lines.add(new ShipmentConfirmed.Line(k + 1, ((Number) it[0]).longValue(),
                            org.pharmadist.catalog.domain.Ndc.parse((String) it[1]).ndc11Hyphenated(), (String) it[2],
                            it[5] == null ? 0 : ((Number) it[5]).longValue(), it[6] == null ? "DEMO-" + n : (String) it[6],
                            expiry, qty, it[4] == null ? "EA" : (String) it[4], price, disc, tax, a.net(), a.tax()));
                }
                LocalDate shipDate = today.minusDays(daysAgo);
                written.add(invoices.invoiceShipment(new ShipmentConfirmed(-n, String.format("SH-DEMO-%03d", n), -n,
                        String.format("SO-DEMO-%03d", n), customers.get(c).longValue(), currency, shipDate,
                        shipDate.atStartOfDay(calendar.zone()).toInstant(), lines)));
            }
            byCustomer.add(written);
        }
        // Customer 1: oldest invoice paid in full by check, the next one partly (40 %) by ACH.
        pay(payments, byCustomer, 0, 0, "1", "CHECK", "CHK-10442", 20);
        pay(payments, byCustomer, 0, 1, "0.4", "ACH", "ACH-778120", 3);
        // Customer 2: the older invoice paid with 250.00 more than owed: the rest is kept as customer credit.
        if (byCustomer.size() > 1) {
            InvoiceView v = byCustomer.get(1).get(0);
            payments.record(new PaymentRequest(v.customerId(), v.grandTotal().add(new BigDecimal("250.00")).toPlainString(),
                    today.minusDays(15).toString(), "WIRE", "FW-2026-5531",
                    List.of(new PaymentRequest.Allocation(v.number(), v.grandTotal().toPlainString()))));
        }
        // Customer 3: the middle invoice paid in full (oldest stays overdue beyond 90 days).
        pay(payments, byCustomer, 2, 1, "1", "ACH", "ACH-779004", 1);
        em.flush();
        return n;
    }

    private static void pay(PaymentService payments, List<List<InvoiceView>> byCustomer, int customer, int invoice,
            String share, String method, String reference, int daysAgo) {
        if (byCustomer.size() <= customer || byCustomer.get(customer).size() <= invoice) {
            return;
        }
        InvoiceView v = byCustomer.get(customer).get(invoice);
        BigDecimal amount = LineAmounts.round(v.grandTotal().multiply(new BigDecimal(share)));
        LocalDate date = payments.calendar.today().minusDays(daysAgo);
        if (date.isBefore(v.invoiceDate())) {
            date = v.invoiceDate();
        }
        payments.record(new PaymentRequest(v.customerId(), amount.toPlainString(), date.toString(), method, reference,
                List.of(new PaymentRequest.Allocation(v.number(), amount.toPlainString()))));
    }
}
