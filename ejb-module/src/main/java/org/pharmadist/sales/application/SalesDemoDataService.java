package org.pharmadist.sales.application;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pharmadist.catalog.domain.Product;
import org.pharmadist.catalog.domain.Quantity;
import org.pharmadist.catalog.domain.UnitNotDefinedException;
import org.pharmadist.crm.domain.Customer;
import org.pharmadist.platform.config.PharmaDistSettings;
import org.pharmadist.sales.domain.ContractPrice;
import org.pharmadist.sales.domain.LineAmounts;
import org.pharmadist.sales.domain.PriceContract;
import org.pharmadist.sales.domain.PriceList;
import org.pharmadist.sales.domain.PriceListItem;
import org.pharmadist.sales.domain.Quotation;
import org.pharmadist.sales.domain.QuotationStatus;

/**
 * Demo prices and quotations, loaded at start-up after the CRM, catalog and inventory demo data when demo data is on.
 * Start-up only: no permission check. Idempotent: nothing is added when the WHOLESALE price list exists.
 *
 * <ul>
 * <li>Price lists for the codes the demo customers use. Price per sales unit = NADAC unit price (taken as per stock
 * unit) x stock units per sales unit x markup, scale 5 HALF_UP: WHOLESALE x 1.08, HOSP-GPO x 1.10, CLINIC x 1.12,
 * LTC x 1.12, RETAIL-A x 1.15; each with a quantity break from 10 sales units at 3 % less. Products: the first
 * {@value #PRODUCTS} active products with a NADAC price (by name), products in demo stock first.</li>
 * <li>GPO contracts for this calendar year: VIZ-yyyy (Vizient), PREM-yyyy (Premier), HT-yyyy (HealthTrust) at NADAC x
 * 1.02 for the first 30 of those products; and an expired VIZ-(yyyy-1) at NADAC x 0.50 that must never apply.</li>
 * <li>{@value #QUOTATIONS} quotations for the first demo customers with 1-4 lines, in mixed statuses.</li>
 * </ul>
 */
@Stateless
public class SalesDemoDataService {

    static final int PRODUCTS = 120;
    static final int QUOTATIONS = 30;

    static final Map<String, String> MARKUPS = new LinkedHashMap<>();

    static {
        MARKUPS.put("WHOLESALE", "1.08");
        MARKUPS.put("HOSP-GPO", "1.10");
        MARKUPS.put("CLINIC", "1.12");
        MARKUPS.put("LTC", "1.12");
        MARKUPS.put("RETAIL-A", "1.15");
    }

    @PersistenceContext(unitName = "pharmadist")
    EntityManager em;

    @Inject
    SalesCalendar calendar;

    @Inject
    PharmaDistSettings settings;

    /** Loads the demo prices and quotations; answers the number of quotations created (0 when present already). */
    public int load() {
        if (!em.createQuery("SELECT l.id FROM PriceList l WHERE l.code = 'WHOLESALE'").getResultList().isEmpty()) {
            return 0;
        }
        Instant now = calendar.now();
        LocalDate today = calendar.today();
        List<Product> products = em.createQuery("SELECT p FROM Product p WHERE p.nadacUnitPrice IS NOT NULL "
                + "AND p.nadacUnitPrice > 0 AND p.status = org.pharmadist.catalog.domain.ProductStatus.ACTIVE ORDER BY "
                + "CASE WHEN EXISTS (SELECT 1 FROM Lot l WHERE l.productId = p.id) THEN 0 ELSE 1 END, p.name, p.id",
                Product.class).setMaxResults(PRODUCTS).getResultList();
        List<Product> priced = new ArrayList<>();
        for (Map.Entry<String, String> m : MARKUPS.entrySet()) {
            PriceList list = new PriceList(m.getKey(), m.getKey() + " demo price list", "NADAC x " + m.getValue()
                    + " per sales unit; from 10 sales units 3 % less", now);
            em.persist(list);
            em.flush();
            for (Product p : products) {
                BigDecimal base = perSalesUnit(p, new BigDecimal(m.getValue()));
                if (base == null) {
                    continue;
                }
                if (m.getKey().equals("WHOLESALE")) {
                    priced.add(p);
                }
                em.persist(new PriceListItem(list.id(), p.id(), BigDecimal.ONE, base));
                em.persist(new PriceListItem(list.id(), p.id(), BigDecimal.TEN, base.multiply(new BigDecimal("0.97"))));
            }
        }
        int year = today.getYear();
        Map<String, String> gpos = new LinkedHashMap<>();
        gpos.put("VIZ-" + year, "Vizient");
        gpos.put("PREM-" + year, "Premier");
        gpos.put("HT-" + year, "HealthTrust");
        for (Map.Entry<String, String> g : gpos.entrySet()) {
            contract(g.getKey(), g.getValue(), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), priced, "1.02", now);
        }
        contract("VIZ-" + (year - 1), "Vizient", LocalDate.of(year - 1, 1, 1), LocalDate.of(year - 1, 12, 31), priced, "0.50", now);
        em.flush();
        return quotations(priced, today, now);
    }

    private void contract(String code, String gpo, LocalDate from, LocalDate to, List<Product> priced, String factor, Instant now) {
        PriceContract c = new PriceContract(code, gpo + " group purchasing agreement " + from.getYear(), gpo, null, from, to, now);
        em.persist(c);
        em.flush();
        for (Product p : priced.subList(0, Math.min(30, priced.size()))) {
            em.persist(new ContractPrice(c.id(), p.id(), perSalesUnit(p, new BigDecimal(factor))));
        }
    }

    private int quotations(List<Product> priced, LocalDate today, Instant now) {
        if (priced.isEmpty() || !em.createQuery("SELECT q.id FROM Quotation q").setMaxResults(1).getResultList().isEmpty()) {
            return 0;
        }
        List<Customer> customers = em.createQuery("SELECT c FROM Customer c WHERE c.priceList IS NOT NULL ORDER BY c.id",
                Customer.class).setMaxResults(QUOTATIONS).getResultList();
        ZoneId zone = calendar.zone();
        PriceFinder prices = new PriceFinder(em);
        QuotationStatus[] statuses = {QuotationStatus.DRAFT, QuotationStatus.SENT, QuotationStatus.ACCEPTED,
            QuotationStatus.SENT, QuotationStatus.REJECTED, QuotationStatus.EXPIRED, QuotationStatus.ACCEPTED};
        int created = 0;
        for (int i = 0; i < QUOTATIONS && !customers.isEmpty(); i++) {
            Customer customer = customers.get(i % customers.size());
            QuotationStatus target = statuses[i % statuses.length];
            LocalDate quotedOn = target == QuotationStatus.EXPIRED ? today.minusDays(45 + i) : today.minusDays(i % 20);
            Quotation q = new Quotation(customer.id(), quotedOn, quotedOn.plusDays(30), settings.currency().getCurrencyCode(),
                    "sales", now);
            em.persist(q);
            q.numberFromId();
            int lines = 1 + i % 4;
            boolean ok = true;
            for (int k = 0; k < lines; k++) {
                Product p = priced.get((i * 7 + k * 13) % priced.size());
                Quantity quantity = Quantity.of(2 + (i + k) % 15, p.salesUnit());
                try {
                    q.addLine(p.id(), quantity, prices.price(customer, p, quantity, quotedOn, "unit"),
                            new BigDecimal((i + k) % 3 == 0 ? "4" : "0"), p.isPrescription() ? BigDecimal.ZERO : new BigDecimal("6.25"), now);
                } catch (RuntimeException e) {
                    ok = false; // a customer without a matching price list: leave the line out
                }
            }
            if (!ok && q.lines().isEmpty()) {
                em.remove(q);
                continue;
            }
            Instant sentAt = quotedOn.atStartOfDay(zone).plusHours(10).toInstant();
            if (target != QuotationStatus.DRAFT) {
                q.send(l -> prices.price(customer, em.find(Product.class, l.productId()), l.quantity(), quotedOn, "unit"), sentAt, zone);
            }
            if (target == QuotationStatus.ACCEPTED) {
                q.accept(sentAt.plusSeconds(86_400), zone);
            } else if (target == QuotationStatus.REJECTED) {
                q.reject(sentAt.plusSeconds(86_400));
            } else if (target == QuotationStatus.EXPIRED) {
                q.expireIfOverdue(now, zone);
            }
            created++;
        }
        em.flush();
        return created;
    }

    /** NADAC x stock units per sales unit x factor, scale 5; null when the sales unit has no conversion. */
    static BigDecimal perSalesUnit(Product p, BigDecimal factor) {
        try {
            return p.nadacUnitPrice().multiply(p.stockUnitsPer(p.salesUnit())).multiply(factor)
                    .setScale(LineAmounts.UNIT_PRICE_SCALE, RoundingMode.HALF_UP);
        } catch (UnitNotDefinedException e) {
            return null;
        }
    }
}
