package org.pharmadist.tools.dataset;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.pharmadist.sales.domain.LineAmounts;
import org.pharmadist.sales.domain.PricePrecedence;
import org.pharmadist.sales.domain.PricedUnit;

/**
 * Quotations and their lines ({@code sales_quotation}, {@code sales_quotation_line}) over the two years before the
 * as-of day: business days only, seasonal (winter peak: weight 1 + 0.3 cos(2 pi (day of year - 20) / 365.25)) and a
 * growing business (+15 % over the period); the customer drawn by size (Zipf), products by popularity (Zipf 0.8, distinct
 * within a quotation), quantities in the product's sales unit. Each line is priced by the sales module's own
 * {@link PricePrecedence} (GPO contract of the quotation's year, else the customer's price list with the break from
 * 10 sales units) and its amounts come from {@link LineAmounts} (Rx 0 % tax, OTC 6.625 %; discounts 0/2/5/10 %), so
 * the header totals are the sums of the rounded lines. Status by age: open ones DRAFT/SENT/ACCEPTED/REJECTED, past
 * their valid-until day ACCEPTED/REJECTED/EXPIRED. Ids follow the date (older quotations have lower ids), numbers are
 * Q-0000001..; the total line count is exactly {@link Scale#lines()} (average 5 per quotation at S, M and L).
 * <p>
 * Every quotation is drawn from its own random stream ({@link #quotation(DatasetContext, int)}), so a later stage (sales
 * orders from accepted quotations) can regenerate any of them without reading them back.
 */
final class QuotationStage implements DatasetStage {

    static final int HISTORY_DAYS = 730;
    static final int VALID_DAYS = 30;
    private static final int MAX_LINES = 30;
    private static final String[] CREATED_BY = {"sales", "sales", "sales", "manager", "integration"};
    private static final BigDecimal OTC_TAX = new BigDecimal("6.6250");
    private static final BigDecimal NO_TAX = new BigDecimal("0.0000");
    private static final BigDecimal[] DISCOUNTS = {new BigDecimal("0.0000"), new BigDecimal("2.0000"),
        new BigDecimal("5.0000"), new BigDecimal("10.0000")};

    /** One generated line. */
    record Line(int product, BigDecimal quantity, String unit, PricedUnit price, BigDecimal discount, BigDecimal taxRate,
            LineAmounts amounts) { }

    /** One generated quotation (index 0-based; id = index + 1). */
    record Generated(int index, int customer, LocalDate quotedOn, LocalDate validUntil, String status, String sentAt,
            String decidedAt, String createdBy, int version, String createdAt, String updatedAt, List<Line> lines,
            LineAmounts totals) { }

    private LocalDate[] dates;
    private int[] lineCounts;

    @Override
    public String name() {
        return "quotations";
    }

    @Override
    public void load(Connection c, DatasetContext ctx) throws SQLException {
        plan(ctx);
        int n = ctx.scale.quotations();
        try (CopyWriter w = new CopyWriter(c, "sales_quotation", "id, number, customer_id, status, quoted_on, valid_until, "
                + "currency, net_total, tax_total, grand_total, line_count, sent_at, decided_at, created_by, version, created_at, updated_at")) {
            for (int i = 0; i < n; i++) {
                Generated q = quotation(ctx, i);
                w.row(i + 1, String.format("Q-%07d", i + 1), q.customer() + 1, q.status(), q.quotedOn(), q.validUntil(), "USD",
                        q.totals().net(), q.totals().tax(), q.totals().total(), q.lines().size(), q.sentAt(), q.decidedAt(),
                        q.createdBy(), q.version(), q.createdAt(), q.updatedAt());
            }
        }
        long lineId = 0;
        try (CopyWriter w = new CopyWriter(c, "sales_quotation_line", "id, quotation_id, line_no, product_id, quantity, unit, "
                + "unit_price, price_source, discount_percent, tax_rate_percent, net_amount, tax_amount")) {
            for (int i = 0; i < n; i++) {
                Generated q = quotation(ctx, i);
                int no = 0;
                for (Line l : q.lines()) {
                    w.row(++lineId, i + 1, ++no, l.product() + 1, l.quantity(), l.unit(), l.price().unitPrice(),
                            l.price().source(), l.discount(), l.taxRate(), l.amounts().net(), l.amounts().tax());
                }
            }
        }
    }

    /** Dates (sorted, so ids follow time) and line counts (summing exactly to the scale's lines) of all quotations. */
    void plan(DatasetContext ctx) {
        int n = ctx.scale.quotations();
        SplittableRandom r = ctx.random(name(), 0);
        LocalDate first = ctx.asOf.minusDays(HISTORY_DAYS - 1);
        List<LocalDate> days = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        for (LocalDate d = first; !d.isAfter(ctx.asOf); d = d.plusDays(1)) {
            if (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
                continue;
            }
            double season = 1 + 0.3 * Math.cos(2 * Math.PI * (d.getDayOfYear() - 20) / 365.25);
            double growth = 1 + 0.15 * days.size() / (HISTORY_DAYS * 5.0 / 7);
            days.add(d);
            weights.add(season * growth);
        }
        WeightedSampler daySampler = WeightedSampler.of(weights.stream().mapToDouble(Double::doubleValue).toArray());
        int[] dayIndex = new int[n];
        for (int i = 0; i < n; i++) {
            dayIndex[i] = daySampler.next(r);
        }
        Arrays.sort(dayIndex);
        dates = new LocalDate[n];
        for (int i = 0; i < n; i++) {
            dates[i] = days.get(dayIndex[i]);
        }
        // 1 + geometric(p) lines, p chosen for the target mean, then nudged to the exact total
        double mean = (double) ctx.scale.lines() / n;
        double p = 1 / mean;
        lineCounts = new int[n];
        long sum = 0;
        for (int i = 0; i < n; i++) {
            int k = 1;
            while (k < MAX_LINES && r.nextDouble() >= p) {
                k++;
            }
            lineCounts[i] = k;
            sum += k;
        }
        long diff = ctx.scale.lines() - sum;
        while (diff != 0) {
            int i = r.nextInt(n);
            if (diff > 0 && lineCounts[i] < MAX_LINES) {
                lineCounts[i]++;
                diff--;
            } else if (diff < 0 && lineCounts[i] > 1) {
                lineCounts[i]--;
                diff++;
            }
        }
    }

    /** Quotation {@code index} (0-based), the same every time for the same seed and scale; {@link #plan} first. */
    Generated quotation(DatasetContext ctx, int index) {
        SplittableRandom r = ctx.random(name(), index + 1L);
        LocalDate quotedOn = dates[index];
        LocalDate validUntil = quotedOn.plusDays(VALID_DAYS);
        int customer = ctx.customerSize.next(r);
        int roll = r.nextInt(100);
        String status;
        if (validUntil.isBefore(ctx.asOf)) {
            status = roll < 50 ? "ACCEPTED" : roll < 70 ? "REJECTED" : "EXPIRED";
        } else {
            status = roll < 25 ? "DRAFT" : roll < 80 ? "SENT" : roll < 95 ? "ACCEPTED" : "REJECTED";
        }
        int minute = r.nextInt(8 * 60);
        String createdAt = DatasetContext.at(quotedOn, 13 + minute / 60, minute % 60);
        String sentAt = null;
        String decidedAt = null;
        int version = 0;
        if (!"DRAFT".equals(status)) {
            LocalDate sent = min(quotedOn.plusDays(r.nextInt(3)), ctx.asOf);
            sentAt = DatasetContext.at(sent, 20, minute % 60);
            version = 1;
            if ("EXPIRED".equals(status)) {
                decidedAt = DatasetContext.at(validUntil.plusDays(1), 5, 0);
                version = 2;
            } else if (!"SENT".equals(status)) {
                LocalDate decided = min(min(sent.plusDays(1 + r.nextInt(20)), validUntil), ctx.asOf);
                decidedAt = DatasetContext.at(decided, 21, minute % 60);
                version = 2;
            }
        }
        String updatedAt = decidedAt != null ? decidedAt : sentAt != null ? sentAt : createdAt;
        String gpo = ctx.customerGpo[customer];
        Map<Integer, BigDecimal> contract = gpo == null ? null : ctx.contractPrices.get(gpo + "|" + quotedOn.getYear());
        String contractCode = gpo == null ? null : ctx.contractCode.get(gpo + "|" + quotedOn.getYear());
        int list = ctx.customerPriceList[customer];
        String listCode = ctx.priceListCodes[list];
        int count = Math.min(lineCounts[index], ctx.scale.products());
        Set<Integer> used = new HashSet<>();
        List<Line> lines = new ArrayList<>(count);
        LineAmounts totals = LineAmounts.ZERO;
        while (lines.size() < count) {
            int product = ctx.productPopularity.next(r);
            for (int tries = 0; used.contains(product) && tries < 20; tries++) {
                product = ctx.productPopularity.next(r);
            }
            while (used.contains(product)) {
                product = (product + 1) % ctx.scale.products();
            }
            used.add(product);
            int k = 1;
            while (k < 200 && r.nextInt(100) < 82) {
                k++;
            }
            BigDecimal quantity = BigDecimal.valueOf(k).setScale(3);
            List<PricePrecedence.ContractCandidate> contracts = new ArrayList<>(1);
            if (contract != null && contract.containsKey(product)) {
                int y = quotedOn.getYear();
                contracts.add(new PricePrecedence.ContractCandidate(contractCode, false, gpo, LocalDate.of(y, 1, 1),
                        LocalDate.of(y, 12, 31), contract.get(product)));
            }
            List<PricePrecedence.BreakCandidate> breaks = List.of(
                    new PricePrecedence.BreakCandidate(listCode, new BigDecimal("1.000"), ctx.listPrice[list][product]),
                    new PricePrecedence.BreakCandidate(listCode, PricingStage.BREAK_QUANTITY, ctx.breakPrice[list][product]));
            PricedUnit price = PricePrecedence.choose(contracts, breaks, quantity, quotedOn).orElseThrow();
            int d = r.nextInt(100);
            BigDecimal discount = DISCOUNTS[d < 80 ? 0 : d < 92 ? 1 : d < 98 ? 2 : 3];
            BigDecimal tax = ctx.productOtc[product] ? OTC_TAX : NO_TAX;
            LineAmounts amounts = LineAmounts.of(quantity, price.unitPrice(), discount, tax);
            totals = totals.plus(amounts);
            lines.add(new Line(product, quantity, ctx.productSalesUnit[product], price, discount, tax, amounts));
        }
        return new Generated(index, customer, quotedOn, validUntil, status, sentAt, decidedAt,
                CREATED_BY[r.nextInt(CREATED_BY.length)], version, createdAt, updatedAt, lines, totals);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
