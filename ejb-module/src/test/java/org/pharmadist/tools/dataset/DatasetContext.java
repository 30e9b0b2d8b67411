package org.pharmadist.tools.dataset;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * What the stages of one generation share: the options, the random streams (one per stage, so a stage added later,
 * e.g. sales orders, changes nothing that earlier stages wrote) and the facts earlier stages produced (product
 * prices and units, customers' price lists and GPOs, popularity samplers). Ids are 1..n per table.
 */
final class DatasetContext {

    static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ssxxx");
    /** Marks every generated product ({@code product.source}) and ledger entry ({@code actor}). */
    static final String SOURCE = "dataset";

    final Scale scale;
    final long seed;
    /** The generated history ends on this business day (quotations, receipts, expiries are relative to it). */
    final LocalDate asOf;

    // catalog
    String[] productNdc;
    String[] productSalesUnit;
    String[] productStockUnit;
    /** Stock units per sales unit (1 when sold by the each). */
    BigDecimal[] productPack;
    BigDecimal[] productNadac;
    boolean[] productOtc;
    boolean[] productCold;
    int[] productShelfLifeDays;
    String[] productLabeler;
    /** Products by sales popularity (quotation lines), Zipf exponent 0.8. */
    WeightedSampler productPopularity;
    /** Products by stock depth (number of lots), the same ranks with a flatter exponent 0.4. */
    WeightedSampler productStockDepth;

    // crm
    int[] customerPriceList;
    String[] customerGpo;
    /** Ship-to state (two letters) per customer index, for its state license. */
    String[] customerState;
    WeightedSampler customerSize;

    // pricing: list index -> per product -> per sales unit price (base) and the price from 10 sales units
    String[] priceListCodes;
    BigDecimal[][] listPrice;
    BigDecimal[][] breakPrice;
    /** "Vizient|2026" -> product index -> contract price per sales unit; code and validity in contractCode. */
    final Map<String, Map<Integer, BigDecimal>> contractPrices = new HashMap<>();
    final Map<String, String> contractCode = new HashMap<>();

    DatasetContext(Scale scale, long seed, LocalDate asOf) {
        this.scale = scale;
        this.seed = seed;
        this.asOf = asOf;
    }

    /** The random stream of a stage (or of one document: stage + id), fixed by the seed. */
    SplittableRandom random(String stage, long id) {
        long h = seed * 0x9E3779B97F4A7C15L;
        for (int i = 0; i < stage.length(); i++) {
            h = (h ^ stage.charAt(i)) * 0x100000001B3L;
        }
        h ^= id * 0xC2B2AE3D27D4EB4FL;
        return new SplittableRandom(mix(h));
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Timestamp text for COPY: the day at the given UTC hour and minute, e.g. "2026-11-30 14:05:00+00:00". */
    static String at(LocalDate day, int hour, int minute) {
        return day.atTime(hour, minute).atOffset(ZoneOffset.UTC).format(TIMESTAMP);
    }

    /** A decimal at the given scale from an integer number of its smallest units (e.g. cents). */
    static BigDecimal units(long unscaled, int scale) {
        return BigDecimal.valueOf(unscaled, scale);
    }
}
