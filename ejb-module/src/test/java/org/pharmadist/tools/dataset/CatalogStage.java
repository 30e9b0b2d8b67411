package org.pharmadist.tools.dataset;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.SplittableRandom;
import org.pharmadist.catalog.domain.Ndc;

/**
 * Products (table {@code product}) and their packaging units ({@code product_unit}): generic medicines in several
 * strengths and package sizes from a dozen fictitious labelers (NDC labeler codes 70001+), NDCs and GTINs computed by
 * the catalog's own {@link Ndc}; NADAC-like unit prices per each; about one in ten refrigerated, a few controlled
 * (DEA schedule), some OTC. Popularity is Zipf-like over a shuffled rank (so the busiest products do not sit at the
 * lowest ids): exponent 0.8 for sales, 0.4 for the number of lots held.
 */
final class CatalogStage implements DatasetStage {

    /** name, therapeutic category, dosage form, route, strengths, base NADAC per each, flags (R refrigerated, O OTC, C2/C4 schedule). */
    private static final String[][] GENERICS = {
        {"Amoxicillin", "Antibiotics", "CAPSULE", "ORAL", "250 mg|500 mg", "0.09", ""},
        {"Azithromycin", "Antibiotics", "TABLET", "ORAL", "250 mg|500 mg", "0.45", ""},
        {"Cephalexin", "Antibiotics", "CAPSULE", "ORAL", "250 mg|500 mg", "0.12", ""},
        {"Ceftriaxone", "Antibiotics", "INJECTION, POWDER", "INTRAVENOUS", "1 g|2 g", "1.85", ""},
        {"Vancomycin", "Antibiotics", "INJECTION, POWDER", "INTRAVENOUS", "500 mg|1 g", "4.20", ""},
        {"Atorvastatin", "Cardiovascular", "TABLET", "ORAL", "10 mg|20 mg|40 mg|80 mg", "0.05", ""},
        {"Lisinopril", "Cardiovascular", "TABLET", "ORAL", "5 mg|10 mg|20 mg", "0.03", ""},
        {"Amlodipine", "Cardiovascular", "TABLET", "ORAL", "2.5 mg|5 mg|10 mg", "0.03", ""},
        {"Metoprolol Tartrate", "Cardiovascular", "TABLET", "ORAL", "25 mg|50 mg|100 mg", "0.04", ""},
        {"Heparin Sodium", "Anticoagulants", "INJECTION, SOLUTION", "INTRAVENOUS", "1000 USP units/mL|5000 USP units/mL", "1.10", ""},
        {"Enoxaparin Sodium", "Anticoagulants", "INJECTION, SOLUTION", "SUBCUTANEOUS", "40 mg/0.4 mL|80 mg/0.8 mL", "6.80", ""},
        {"Apixaban", "Anticoagulants", "TABLET", "ORAL", "2.5 mg|5 mg", "8.90", ""},
        {"Metformin Hydrochloride", "Diabetes", "TABLET", "ORAL", "500 mg|850 mg|1000 mg", "0.03", ""},
        {"Insulin Glargine", "Diabetes", "INJECTION, SOLUTION", "SUBCUTANEOUS", "100 units/mL", "24.50", "R"},
        {"Insulin Lispro", "Diabetes", "INJECTION, SOLUTION", "SUBCUTANEOUS", "100 units/mL", "21.30", "R"},
        {"Semaglutide", "Diabetes", "INJECTION, SOLUTION", "SUBCUTANEOUS", "0.25 mg/dose|1 mg/dose", "310.00", "R"},
        {"Levothyroxine Sodium", "Endocrine", "TABLET", "ORAL", "25 mcg|50 mcg|100 mcg", "0.18", ""},
        {"Omeprazole", "Gastrointestinal", "CAPSULE, DELAYED RELEASE", "ORAL", "20 mg|40 mg", "0.06", ""},
        {"Pantoprazole Sodium", "Gastrointestinal", "TABLET, DELAYED RELEASE", "ORAL", "20 mg|40 mg", "0.07", ""},
        {"Ondansetron", "Gastrointestinal", "TABLET, ORALLY DISINTEGRATING", "ORAL", "4 mg|8 mg", "0.10", ""},
        {"Sertraline", "Central Nervous System", "TABLET", "ORAL", "25 mg|50 mg|100 mg", "0.05", ""},
        {"Gabapentin", "Central Nervous System", "CAPSULE", "ORAL", "100 mg|300 mg|400 mg", "0.04", ""},
        {"Alprazolam", "Central Nervous System", "TABLET", "ORAL", "0.25 mg|0.5 mg|1 mg", "0.03", "C4"},
        {"Oxycodone Hydrochloride", "Analgesics", "TABLET", "ORAL", "5 mg|10 mg|15 mg", "0.15", "C2"},
        {"Morphine Sulfate", "Analgesics", "INJECTION, SOLUTION", "INTRAVENOUS", "2 mg/mL|4 mg/mL", "1.60", "C2"},
        {"Ibuprofen", "Analgesics", "TABLET", "ORAL", "200 mg|400 mg|800 mg", "0.04", "O"},
        {"Acetaminophen", "Analgesics", "TABLET", "ORAL", "325 mg|500 mg", "0.02", "O"},
        {"Loratadine", "Respiratory", "TABLET", "ORAL", "10 mg", "0.03", "O"},
        {"Albuterol Sulfate", "Respiratory", "AEROSOL, METERED", "INHALATION", "90 mcg/actuation", "2.10", ""},
        {"Fluticasone Propionate", "Respiratory", "SPRAY, METERED", "NASAL", "50 mcg/actuation", "0.95", ""},
        {"Prednisone", "Immunology", "TABLET", "ORAL", "5 mg|10 mg|20 mg", "0.04", ""},
        {"Adalimumab", "Immunology", "INJECTION, SOLUTION", "SUBCUTANEOUS", "40 mg/0.8 mL", "2950.00", "R"},
        {"Filgrastim", "Oncology", "INJECTION, SOLUTION", "SUBCUTANEOUS", "300 mcg/0.5 mL|480 mcg/0.8 mL", "180.00", "R"},
        {"Sodium Chloride", "Fluids and Electrolytes", "INJECTION, SOLUTION", "INTRAVENOUS", "0.9 %", "0.004", ""},
        {"Dextrose", "Fluids and Electrolytes", "INJECTION, SOLUTION", "INTRAVENOUS", "5 %|10 %", "0.006", ""},
        {"Influenza Vaccine", "Vaccines", "INJECTION, SUSPENSION", "INTRAMUSCULAR", "0.5 mL", "17.40", "R"},
    };
    private static final String[] LABELERS = {"Northgate Generics", "Bayview Pharma", "Cedar Ridge Laboratories",
        "Summit Sterile Products", "Harbor Point Pharmaceuticals", "Keystone Biologics", "Prairie Health Labs",
        "Riverside Medicines", "Blue Mesa Pharma", "Lakeshore Therapeutics", "Granite State Generics",
        "Pacific Crest Laboratories"};
    private static final int[] BOX_SIZES = {10, 25, 30, 50, 100};
    private static final int[] SHELF_LIFE = {365, 540, 730, 1095};

    @Override
    public String name() {
        return "catalog";
    }

    @Override
    public void load(Connection c, DatasetContext ctx) throws SQLException {
        int n = ctx.scale.products();
        SplittableRandom r = ctx.random(name(), 0);
        ctx.productNdc = new String[n];
        ctx.productSalesUnit = new String[n];
        ctx.productStockUnit = new String[n];
        ctx.productPack = new BigDecimal[n];
        ctx.productNadac = new BigDecimal[n];
        ctx.productOtc = new boolean[n];
        ctx.productCold = new boolean[n];
        ctx.productShelfLifeDays = new int[n];
        ctx.productLabeler = new String[n];
        String created = DatasetContext.at(ctx.asOf.minusDays(900), 12, 0);
        long unitId = 0;
        try (CopyWriter products = new CopyWriter(c, "product", "id, ndc11, ndc10, ndc_format, gtin14, name, generic_name, "
                + "strength, dosage_form, route, labeler, package_description, marketing_category, dea_schedule, "
                + "dea_schedule_source, therapeutic_category, pricing_unit, nadac_unit_price, nadac_as_of, source, version, "
                + "created_at, updated_at, storage_condition, shelf_life_days, status, serialised, quality_release_required, "
                + "stock_unit, purchase_unit, sales_unit")) {
            Object[][] units = new Object[n][];
            for (int i = 0; i < n; i++) {
                long id = i + 1;
                String[] g = GENERICS[r.nextInt(GENERICS.length)];
                String[] strengths = g[4].split("\\|");
                String strength = strengths[r.nextInt(strengths.length)];
                int labelerCode = 70001 + i / 1000;
                String labeler = LABELERS[(labelerCode - 70001) % LABELERS.length];
                Ndc ndc = Ndc.parse(String.format("%05d-%04d-%d", labelerCode, i % 1000 + 1000 * r.nextInt(10), 1 + r.nextInt(9)));
                boolean cold = g[6].contains("R");
                boolean otc = g[6].contains("O");
                String schedule = g[6].contains("C2") ? "CII" : g[6].contains("C4") ? "CIV" : null;
                boolean liquid = g[2].startsWith("INJECTION");
                int box = liquid ? new int[] {10, 25}[r.nextInt(2)] : BOX_SIZES[r.nextInt(BOX_SIZES.length)];
                boolean bySalesBox = r.nextInt(100) < 40;
                boolean hasCase = r.nextInt(100) < 30;
                // NADAC per each: base x 0.6 .. 1.6, scale 5, at least 0.00100
                BigDecimal nadac = new BigDecimal(g[5]).multiply(BigDecimal.valueOf(600 + r.nextInt(1001), 3))
                        .setScale(5, RoundingMode.HALF_UP).max(new BigDecimal("0.00100"));
                int shelf = cold ? 365 + 180 * r.nextInt(2) : SHELF_LIFE[r.nextInt(SHELF_LIFE.length)];
                String name = g[0] + " " + strength + " " + titleCase(g[2]);
                String pkg = box + " " + (liquid ? "VIAL" : "EA") + " in 1 BOX";
                ctx.productNdc[i] = ndc.ndc11();
                ctx.productStockUnit[i] = "EA";
                ctx.productSalesUnit[i] = bySalesBox ? "BX" : "EA";
                ctx.productPack[i] = bySalesBox ? BigDecimal.valueOf(box) : BigDecimal.ONE;
                ctx.productNadac[i] = nadac;
                ctx.productOtc[i] = otc;
                ctx.productCold[i] = cold;
                ctx.productShelfLifeDays[i] = shelf;
                ctx.productLabeler[i] = labeler;
                products.row(id, ndc.ndc11(), ndc.ndc10Segmented().orElse(null), ndc.format().orElse(null),
                        ndc.gtin().map(x -> x.value()).orElse(null), name, g[0], strength, g[2], g[3], labeler, pkg,
                        otc ? "OTC" : "RX", schedule, schedule == null ? null : "LABELER_LISTING", g[1], "EA", nadac,
                        ctx.asOf.minusDays(30), DatasetContext.SOURCE, 0, created, created,
                        cold ? "REFRIGERATED" : "ROOM_TEMPERATURE", shelf, "ACTIVE", cold && r.nextInt(100) < 30,
                        cold && r.nextInt(100) < 20, "EA", hasCase ? "CA" : "BX", bySalesBox ? "BX" : "EA");
                units[i] = new Object[] {box, hasCase ? box * (6 + 6 * r.nextInt(2)) : 0};
            }
            products.close();
            try (CopyWriter productUnits = new CopyWriter(c, "product_unit", "id, product_id, unit, stock_units_per_unit")) {
                for (int i = 0; i < n; i++) {
                    productUnits.row(++unitId, i + 1, "BX", BigDecimal.valueOf((int) units[i][0]).setScale(3));
                    if ((int) units[i][1] > 0) {
                        productUnits.row(++unitId, i + 1, "CA", BigDecimal.valueOf((int) units[i][1]).setScale(3));
                    }
                }
            }
        }
        int[] ranks = WeightedSampler.shuffledRanks(n, r);
        ctx.productPopularity = WeightedSampler.zipf(ranks, 0.8);
        ctx.productStockDepth = WeightedSampler.zipf(ranks, 0.4);
    }

    private static String titleCase(String form) {
        StringBuilder b = new StringBuilder();
        boolean start = true;
        for (char ch : form.toLowerCase(java.util.Locale.ROOT).toCharArray()) {
            b.append(start ? Character.toUpperCase(ch) : ch);
            start = ch == ' ' || ch == ',';
        }
        return b.toString();
    }
}
