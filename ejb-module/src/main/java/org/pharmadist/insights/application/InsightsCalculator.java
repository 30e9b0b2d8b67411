package org.pharmadist.insights.application;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.pharmadist.insights.application.DemandHistory.DemandRecord;
import org.pharmadist.insights.application.InsightsFigures.CustomerInsights;
import org.pharmadist.insights.application.InsightsFigures.CustomerLine;
import org.pharmadist.insights.application.InsightsFigures.ExpiryRiskLine;
import org.pharmadist.insights.application.InsightsFigures.ProductForecast;
import org.pharmadist.insights.application.InsightsFigures.ReorderLine;
import org.pharmadist.insights.domain.ChurnRisk;
import org.pharmadist.insights.domain.DemandForecast;
import org.pharmadist.insights.domain.DemandForecaster;
import org.pharmadist.insights.domain.ExpiryRiskCalculator;
import org.pharmadist.insights.domain.ExpiryRiskCalculator.LotStock;
import org.pharmadist.insights.domain.ReorderCalculator;

/**
 * Turns loaded data into {@link InsightsFigures} (no database, no model): daily demand series per product over
 * {@code historyDays} ending on {@code asOf}, forecast per product ({@link DemandForecaster}), reorder lines for
 * products with a forecast ({@link ReorderCalculator}), expiry risk for every product with sellable stock
 * ({@link ExpiryRiskCalculator}; a product without demand has rate 0, so all its stock within the horizon is at
 * risk), churn per customer when the demand source knows customers ({@link ChurnRisk}).
 */
public final class InsightsCalculator {

    private InsightsCalculator() {
    }

    /**
     * Computes the figures.
     *
     * @param asOf         business date
     * @param parameters   parameters
     * @param demandSource name of the demand source
     * @param knowsCustomers whether demand records carry customers
     * @param demand       demand records within the history window
     * @param products     product facts by id (every product in {@code demand}, {@code lots}, {@code positions})
     * @param lots         sellable unreserved stock by lot, per product id
     * @param positions    stock position per product id (missing = 0)
     * @param leadTimes    preferred-supplier lead time days per product id (missing = default)
     */
    public static InsightsFigures compute(LocalDate asOf, InsightsParameters parameters, String demandSource,
            boolean knowsCustomers, List<DemandRecord> demand, Map<Long, ProductFacts> products,
            Map<Long, List<LotStock>> lots, Map<Long, BigDecimal> positions, Map<Long, Integer> leadTimes) {
        int n = parameters.historyDays();
        LocalDate first = asOf.minusDays(n - 1L);
        Map<Long, double[]> series = new TreeMap<>();
        Map<Long, List<LocalDate>> customerDays = new TreeMap<>();
        for (DemandRecord r : demand) {
            long index = ChronoUnit.DAYS.between(first, r.day());
            if (r.customerId() != null) {
                customerDays.computeIfAbsent(r.customerId(), k -> new ArrayList<>()).add(r.day());
            }
            if (index < 0 || index >= n) {
                continue;
            }
            series.computeIfAbsent(r.productId(), k -> new double[n])[(int) index] += r.quantity().doubleValue();
        }

        List<ProductForecast> forecasts = new ArrayList<>();
        List<ReorderLine> reorders = new ArrayList<>();
        Map<Long, Double> rates = new HashMap<>();
        for (Map.Entry<Long, double[]> e : series.entrySet()) {
            ProductFacts p = facts(products, e.getKey());
            DemandForecast f = DemandForecaster.forecast(e.getValue(), parameters.alpha());
            rates.put(e.getKey(), f.ratePerPeriod());
            double total = 0;
            for (double v : e.getValue()) {
                total += v;
            }
            forecasts.add(new ProductForecast(p.id(), p.ndc(), p.name(), p.unit(), f.pattern().name(), f.method().name(),
                    f.periods(), f.demandPeriods(), scale3(f.adi()), scale3(f.cv2()), scale3(total),
                    scale3(f.ratePerPeriod()), scale3(f.sigmaPerPeriod())));
            Integer supplierLead = leadTimes.get(e.getKey());
            int lead = supplierLead != null ? supplierLead : parameters.defaultLeadTimeDays();
            ReorderCalculator.Reorder r = ReorderCalculator.compute(f.ratePerPeriod(), f.sigmaPerPeriod(), lead,
                    parameters.serviceLevel(), parameters.coverDays(),
                    positions.getOrDefault(e.getKey(), BigDecimal.ZERO));
            if (r.orderQuantity().signum() > 0) {
                reorders.add(new ReorderLine(p.id(), p.ndc(), p.name(), p.unit(), lead,
                        supplierLead != null ? "preferred-supplier" : "default", r.safetyStock(), r.reorderPoint(),
                        r.orderUpTo(), r.position(), r.orderQuantity()));
            }
        }
        forecasts.sort(Comparator.comparing(ProductForecast::ratePerDay).reversed()
                .thenComparingLong(ProductForecast::productId));
        reorders.sort(Comparator.comparing(ReorderLine::orderQuantity).reversed().thenComparingLong(ReorderLine::productId));

        ExpiryRiskCalculator expiry = new ExpiryRiskCalculator(parameters.returnMinDays(), parameters.redistributeMinDays());
        List<ExpiryRiskLine> risks = new ArrayList<>();
        LocalDate horizon = asOf.plusDays(parameters.expiryHorizonDays());
        for (Map.Entry<Long, List<LotStock>> e : new TreeMap<>(lots).entrySet()) {
            ProductFacts p = facts(products, e.getKey());
            double rate = rates.getOrDefault(e.getKey(), 0.0);
            for (ExpiryRiskCalculator.LotRisk risk : expiry.assess(e.getValue(), rate, asOf)) {
                if (risk.expiry().isAfter(horizon)) {
                    continue;
                }
                risks.add(new ExpiryRiskLine(p.id(), p.ndc(), p.name(), p.unit(), risk.lotId(), risk.lotNumber(),
                        risk.expiry(), risk.daysToExpiry(), risk.quantity(), risk.sellableQuantity(),
                        risk.atRiskQuantity(), scale3(rate), risk.action().name()));
            }
        }
        risks.sort(Comparator.comparing(ExpiryRiskLine::expiry).thenComparing(Comparator.comparing(
                ExpiryRiskLine::atRiskQuantity).reversed()).thenComparingLong(ExpiryRiskLine::lotId));

        CustomerInsights customers;
        if (!knowsCustomers) {
            customers = new CustomerInsights(false, "the demand source (" + demandSource + ") does not record the "
                    + "customer of each outbound movement; churn insights need sales orders", List.of());
        } else {
            List<CustomerLine> lines = new ArrayList<>();
            customerDays.forEach((customer, days) -> ChurnRisk.assess(days, asOf, parameters.churnWindowDays())
                    .filter(a -> a.level() != ChurnRisk.Level.LOW)
                    .ifPresent(a -> lines.add(new CustomerLine(customer, a.level().name(), a.baselineOrders(),
                            a.recentOrders(), scale3(a.ratio()), a.daysSinceLastOrder()))));
            lines.sort(Comparator.comparing(CustomerLine::level).reversed().thenComparing(CustomerLine::ratio)
                    .thenComparingLong(CustomerLine::customerId));
            customers = new CustomerInsights(true, "order days in the last " + parameters.churnWindowDays()
                    + " days against each customer's own earlier rate (HIGH: ratio <= 0.25 or > 3 mean intervals "
                    + "without an order; MEDIUM: ratio <= 0.6 or > 2 mean intervals)", cap(lines, parameters.maxItems()));
        }
        return new InsightsFigures(asOf, demandSource, parameters, cap(forecasts, parameters.maxItems()),
                cap(reorders, parameters.maxItems()), cap(risks, parameters.maxItems()), customers);
    }

    private static <T> List<T> cap(List<T> list, int max) {
        return List.copyOf(list.size() > max ? list.subList(0, max) : list);
    }

    private static ProductFacts facts(Map<Long, ProductFacts> products, long id) {
        ProductFacts p = products.get(id);
        return p != null ? p : new ProductFacts(id, null, "product " + id, "EA");
    }

    static BigDecimal scale3(double v) {
        if (Double.isInfinite(v) || Double.isNaN(v)) {
            return null;
        }
        return BigDecimal.valueOf(v).setScale(3, RoundingMode.HALF_UP);
    }

    /**
     * Product facts shown with the figures.
     *
     * @param id   product id
     * @param ndc  NDC, 11 digits
     * @param name name
     * @param unit stock unit
     */
    public record ProductFacts(long id, String ndc, String name, String unit) {
    }
}
