package org.pharmadist.insights.application;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The management dashboard's figures, all from our own database (no model involved). Money in the company currency,
 * scale 2; "sales" are invoiced net amounts (excluding tax) less credit notes, by invoice/credit date in the company
 * time zone.
 *
 * @param businessDate            today in the company time zone
 * @param currency                ISO 4217 code of every amount
 * @param salesToday              net invoiced today less credit notes dated today
 * @param salesMonthToDate        the same from the 1st of this month through today
 * @param openQuotationCount      quotations DRAFT or SENT still valid today
 * @param openQuotationValue      their net total
 * @param ordersToShip            confirmed or partially shipped orders with stock allocated and not yet shipped
 * @param ordersToShipValue       net value of what remains to ship on them (open lines)
 * @param backorderLines          order lines with a backordered quantity on orders not cancelled
 * @param backorderValue          net value of the backordered quantities at the line prices (pro rata)
 * @param stockValue              stock on hand at moving average cost
 * @param expiringWithin90Days    value of stock (at cost) in lots expiring within 90 days, already expired included
 * @param overdueReceivables      open balance of invoices past their due date
 * @param overdueInvoices         how many invoices that is
 * @param topProducts             top 5 products by net invoiced month to date
 * @param dailySales              net invoiced per day, last 30 days, oldest first (days without sales are 0.00)
 * @param computedAt              when these figures were computed
 * @param computeMillis           how long computing them took (the dashboard serves them from a cache)
 */
public record DashboardFigures(LocalDate businessDate, String currency, BigDecimal salesToday, BigDecimal salesMonthToDate,
        long openQuotationCount, BigDecimal openQuotationValue, long ordersToShip, BigDecimal ordersToShipValue,
        long backorderLines, BigDecimal backorderValue, BigDecimal stockValue, BigDecimal expiringWithin90Days,
        BigDecimal overdueReceivables, long overdueInvoices, List<TopProduct> topProducts, List<DaySales> dailySales,
        Instant computedAt, long computeMillis) implements Serializable {

    /**
     * A product among the best sellers.
     *
     * @param productId catalog id
     * @param ndc11     NDC 5-4-2 without hyphens
     * @param name      product name
     * @param netSales  net invoiced month to date, scale 2
     */
    public record TopProduct(long productId, String ndc11, String name, BigDecimal netSales) implements Serializable { }

    /**
     * @param day      business day
     * @param netSales net invoiced that day less credit notes, scale 2
     */
    public record DaySales(LocalDate day, BigDecimal netSales) implements Serializable { }
}
