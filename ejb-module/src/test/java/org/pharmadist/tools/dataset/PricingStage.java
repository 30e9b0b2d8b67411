package org.pharmadist.tools.dataset;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Price lists ({@code sales_price_list}, {@code sales_price_list_item}) and GPO contracts ({@code sales_contract},
 * {@code sales_contract_price}), as the sales demo data builds them: one list per customer price-list code with the
 * price per SALES unit = NADAC per each x stock units per sales unit x markup (RETAIL-A 1.15, HOSP-GPO 1.10, CLINIC
 * 1.12, LTC 1.12, WHOLESALE 1.08), scale 5, and a break from 10 sales units at 3 % less; per GPO and calendar year of
 * the history a contract (VIZ-, PREM-, HT-&lt;year&gt;, 1 Jan - 31 Dec) at NADAC x 1.02 for one product in ten.
 */
final class PricingStage implements DatasetStage {

    private static final String[] MARKUP = {"1.15", "1.10", "1.12", "1.12", "1.08"};
    private static final String[] LIST_NAME = {"Retail pharmacies A", "Hospitals (GPO members)", "Clinics",
        "Long-term care", "Wholesale"};
    private static final String[] GPO_PREFIX = {"VIZ", "PREM", "HT"};
    private static final BigDecimal BREAK_FACTOR = new BigDecimal("0.97");
    private static final BigDecimal CONTRACT_FACTOR = new BigDecimal("1.02");
    static final BigDecimal BREAK_QUANTITY = new BigDecimal("10.000");

    @Override
    public String name() {
        return "pricing";
    }

    @Override
    public void load(Connection c, DatasetContext ctx) throws SQLException {
        int n = ctx.scale.products();
        SplittableRandom r = ctx.random(name(), 0);
        String[] codes = CustomerStage.PRICE_LISTS;
        ctx.priceListCodes = codes;
        ctx.listPrice = new BigDecimal[codes.length][n];
        ctx.breakPrice = new BigDecimal[codes.length][n];
        String updated = DatasetContext.at(ctx.asOf.minusDays(760), 16, 0);
        try (CopyWriter lists = new CopyWriter(c, "sales_price_list", "id, code, name, basis, version, updated_at")) {
            for (int l = 0; l < codes.length; l++) {
                lists.row(l + 1, codes[l], LIST_NAME[l], "generated: NADAC x stock units per sales unit x " + MARKUP[l]
                        + ", 3 % less from 10 sales units", 0, updated);
            }
        }
        long itemId = 0;
        try (CopyWriter items = new CopyWriter(c, "sales_price_list_item", "id, price_list_id, product_id, min_quantity, unit_price")) {
            for (int l = 0; l < codes.length; l++) {
                BigDecimal markup = new BigDecimal(MARKUP[l]);
                for (int p = 0; p < n; p++) {
                    BigDecimal base = ctx.productNadac[p].multiply(ctx.productPack[p]).multiply(markup).setScale(5, RoundingMode.HALF_UP);
                    BigDecimal brk = base.multiply(BREAK_FACTOR).setScale(5, RoundingMode.HALF_UP);
                    ctx.listPrice[l][p] = base;
                    ctx.breakPrice[l][p] = brk;
                    items.row(++itemId, l + 1, p + 1, new BigDecimal("1.000"), base);
                    items.row(++itemId, l + 1, p + 1, BREAK_QUANTITY, brk);
                }
            }
        }
        int firstYear = ctx.asOf.minusDays(QuotationStage.HISTORY_DAYS).getYear();
        long contractId = 0;
        long priceId = 0;
        try (CopyWriter contracts = new CopyWriter(c, "sales_contract", "id, code, name, gpo, customer_id, valid_from, valid_to, version, updated_at")) {
            for (int year = firstYear; year <= ctx.asOf.getYear(); year++) {
                for (int g = 0; g < CustomerStage.GPOS.length; g++) {
                    String code = GPO_PREFIX[g] + "-" + year;
                    contracts.row(++contractId, code, CustomerStage.GPOS[g] + " " + year, CustomerStage.GPOS[g], null,
                            year + "-01-01", year + "-12-31", 0, DatasetContext.at(java.time.LocalDate.of(year - 1, 12, 1), 12, 0));
                    ctx.contractCode.put(CustomerStage.GPOS[g] + "|" + year, code);
                }
            }
        }
        try (CopyWriter prices = new CopyWriter(c, "sales_contract_price", "id, contract_id, product_id, unit_price")) {
            long cid = 0;
            for (int year = firstYear; year <= ctx.asOf.getYear(); year++) {
                for (int g = 0; g < CustomerStage.GPOS.length; g++) {
                    cid++;
                    Map<Integer, BigDecimal> byProduct = new HashMap<>();
                    for (int p = 0; p < n; p++) {
                        if (r.nextInt(10) == 0) {
                            BigDecimal price = ctx.productNadac[p].multiply(ctx.productPack[p]).multiply(CONTRACT_FACTOR)
                                    .setScale(5, RoundingMode.HALF_UP);
                            byProduct.put(p, price);
                            prices.row(++priceId, cid, p + 1, price);
                        }
                    }
                    ctx.contractPrices.put(CustomerStage.GPOS[g] + "|" + year, byProduct);
                }
            }
        }
    }
}
