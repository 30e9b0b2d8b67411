package org.pharmadist.tools.dataset;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.SplittableRandom;
import org.pharmadist.crm.domain.CustomerNames;
import org.pharmadist.crm.domain.DeaNumber;

/**
 * Customers ({@code crm_customer}): mostly retail pharmacies, then hospitals, clinics, long-term care and a few
 * distributors, in US cities; the price list follows the type (RETAIL-A, HOSP-GPO, CLINIC, LTC, WHOLESALE), most
 * hospitals belong to a GPO (Vizient, Premier, HealthTrust). Size is Zipf-like (exponent 1.0): a few big customers
 * (distributors and hospitals more likely) place most quotations, many small ones place a handful. Name keys come
 * from the CRM's own {@link CustomerNames#normalise(String)}.
 *
 * <p>Licenses ({@code crm_license}): every customer holds a state pharmacy license for its ship-to state valid
 * 1 to 3 years past the as-of day; hospitals, long-term care, distributors and one pharmacy in three also hold a
 * DEA registration (valid check digit, 21 CFR 1301.13) covering CII-CV (distributors and hospitals) or CIII-CV,
 * so the license gate of the quotation and order services passes for generated customers as it would in production.
 */
final class CustomerStage implements DatasetStage {

    static final String[] PRICE_LISTS = {"RETAIL-A", "HOSP-GPO", "CLINIC", "LTC", "WHOLESALE"};
    static final String[] GPOS = {"Vizient", "Premier", "HealthTrust"};
    private static final String[] TYPES = {"RETAIL_PHARMACY", "HOSPITAL", "CLINIC", "LONG_TERM_CARE", "DISTRIBUTOR"};
    private static final int[] TYPE_PERCENT = {60, 12, 15, 10, 3};
    private static final double[] TYPE_SIZE = {1, 6, 1.5, 2, 25};
    private static final String[] TYPE_NAME = {"Pharmacy", "General Hospital", "Medical Clinic", "Care Center", "Drug Distributors"};
    private static final String[] LEGAL_FORMS = {"Inc", "LLC", "Corp", "", "PLLC", "LP"};
    private static final String[][] CITIES = {
        {"Newark", "NJ", "07102"}, {"Edison", "NJ", "08817"}, {"Trenton", "NJ", "08608"}, {"Allentown", "PA", "18101"},
        {"Philadelphia", "PA", "19107"}, {"Pittsburgh", "PA", "15222"}, {"Albany", "NY", "12207"}, {"Buffalo", "NY", "14202"},
        {"Brooklyn", "NY", "11201"}, {"Hartford", "CT", "06103"}, {"Boston", "MA", "02108"}, {"Worcester", "MA", "01608"},
        {"Baltimore", "MD", "21201"}, {"Wilmington", "DE", "19801"}, {"Richmond", "VA", "23219"}, {"Columbus", "OH", "43215"},
        {"Cleveland", "OH", "44113"}, {"Detroit", "MI", "48226"}, {"Chicago", "IL", "60602"}, {"Atlanta", "GA", "30303"},
        {"Charlotte", "NC", "28202"}, {"Nashville", "TN", "37219"}, {"Tampa", "FL", "33602"}, {"Orlando", "FL", "32801"}};
    private static final String[] STREETS = {"Main St", "Oak Ave", "Maple Rd", "Park Blvd", "Elm St", "Washington Ave",
        "Broad St", "Market St", "Church St", "Highland Ave"};

    @Override
    public String name() {
        return "customers";
    }

    @Override
    public void load(Connection c, DatasetContext ctx) throws SQLException {
        int n = ctx.scale.customers();
        SplittableRandom r = ctx.random(name(), 0);
        ctx.customerPriceList = new int[n];
        ctx.customerGpo = new String[n];
        ctx.customerState = new String[n];
        double[] sizeScore = new double[n];
        String created = DatasetContext.at(ctx.asOf.minusDays(800), 15, 0);
        try (CopyWriter w = new CopyWriter(c, "crm_customer", "id, customer_type, legal_name, name_key, tax_id, "
                + "bill_to_line1, bill_to_city, bill_to_state, bill_to_postal_code, ship_to_line1, ship_to_city, "
                + "ship_to_state, ship_to_postal_code, payment_terms_days, credit_limit, price_list, gpo_membership, "
                + "min_shelf_life_days, version, created_at, updated_at")) {
            for (int i = 0; i < n; i++) {
                int type = pick(r.nextInt(100));
                String[] city = CITIES[r.nextInt(CITIES.length)];
                String form = LEGAL_FORMS[r.nextInt(LEGAL_FORMS.length)];
                String legal = city[0] + " " + TYPE_NAME[type] + " #" + (i + 1) + (form.isEmpty() ? "" : " " + form);
                String gpo = type == 1 ? (r.nextInt(10) < 9 ? GPOS[r.nextInt(GPOS.length)] : null)
                        : type == 3 && r.nextInt(4) == 0 ? GPOS[r.nextInt(GPOS.length)] : null;
                String street = (100 + r.nextInt(9800)) + " " + STREETS[r.nextInt(STREETS.length)];
                long credit = switch (type) {
                    case 1 -> 250_000L + 50_000L * r.nextInt(20);
                    case 4 -> 1_000_000L + 250_000L * r.nextInt(8);
                    default -> 10_000L + 5_000L * r.nextInt(10);
                };
                ctx.customerPriceList[i] = type;
                ctx.customerGpo[i] = gpo;
                ctx.customerState[i] = city[1];
                // exponential score divided by the type's size factor: bigger types rank earlier more often
                sizeScore[i] = -Math.log(1 - r.nextDouble()) / TYPE_SIZE[type];
                w.row(i + 1, TYPES[type], legal, CustomerNames.normalise(legal), String.format("%02d-%07d", 20 + i / 10_000_000, i % 10_000_000),
                        street, city[0], city[1], city[2], street, city[0], city[1], city[2], type == 1 || type == 4 ? 60 : 30,
                        BigDecimal.valueOf(credit).setScale(2), PRICE_LISTS[type], gpo, type == 1 ? 180 : type == 4 ? 120 : 90,
                        0, created, created);
            }
        }
        SplittableRandom lr = ctx.random("licenses", 0);
        try (CopyWriter w = new CopyWriter(c, "crm_license", "id, customer_id, kind, license_number, state, schedules, expires_on")) {
            long id = 0;
            for (int i = 0; i < n; i++) {
                int type = ctx.customerPriceList[i];
                String state = ctx.customerState[i];
                w.row(++id, i + 1, "STATE_PHARMACY", state + "-PH-" + String.format("%07d", i + 1), state, null,
                        ctx.asOf.plusDays(365 + lr.nextInt(730)).toString());
                if (type != 0 || lr.nextInt(3) == 0) {
                    String six = String.format("%06d", (i * 7919L + 100_003L) % 1_000_000L);
                    String dea = (type == 4 ? "R" : type == 1 ? "B" : "A") + "P" + six + DeaNumber.checkDigit(six);
                    w.row(++id, i + 1, "DEA", dea, state, type == 1 || type == 4 ? "CII,CIIN,CIII,CIIIN,CIV,CV" : "CIII,CIIIN,CIV,CV",
                            ctx.asOf.plusDays(365 + lr.nextInt(1095)).toString());
                }
            }
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> sizeScore[i]));
        int[] rank = new int[n];
        for (int k = 0; k < n; k++) {
            rank[order[k]] = k + 1;
        }
        ctx.customerSize = WeightedSampler.zipf(rank, 1.0);
    }

    private static int pick(int percent) {
        int acc = 0;
        for (int t = 0; t < TYPE_PERCENT.length; t++) {
            acc += TYPE_PERCENT[t];
            if (percent < acc) {
                return t;
            }
        }
        return 0;
    }
}
