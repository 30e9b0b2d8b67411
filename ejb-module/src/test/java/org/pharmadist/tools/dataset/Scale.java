package org.pharmadist.tools.dataset;

import java.util.Locale;

/**
 * Sizes of a generated data set (issue 8: S for tests, M for the performance note, L for the benchmark).
 *
 * @param products    catalog products
 * @param customers   CRM customers
 * @param quotations  sales quotations
 * @param lines       quotation lines in total (exactly; the average is lines / quotations)
 * @param lots        inventory lots, one stock balance and one receipt ledger entry each
 * @param warehouses  warehouses (each with room-temperature, cold, receiving and quarantine locations)
 */
public enum Scale {
    /** Small: a persistence test loads it in a few seconds. */
    S(200, 300, 2_000, 10_000, 500, 2),
    /** Medium: the issue 5/8 target (5,000 products, 20,000 customers, 200,000 quotations, 1,000,000 lines, 50,000 lots). */
    M(5_000, 20_000, 200_000, 1_000_000, 50_000, 3),
    /** Large: five times M in documents. */
    L(20_000, 100_000, 1_000_000, 5_000_000, 200_000, 5);

    private final int products;
    private final int customers;
    private final int quotations;
    private final int lines;
    private final int lots;
    private final int warehouses;

    Scale(int products, int customers, int quotations, int lines, int lots, int warehouses) {
        this.products = products;
        this.customers = customers;
        this.quotations = quotations;
        this.lines = lines;
        this.lots = lots;
        this.warehouses = warehouses;
    }

    public int products() {
        return products;
    }

    public int customers() {
        return customers;
    }

    public int quotations() {
        return quotations;
    }

    public int lines() {
        return lines;
    }

    public int lots() {
        return lots;
    }

    public int warehouses() {
        return warehouses;
    }

    /** "S", "m", "L" ... */
    public static Scale parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("scale must be S, M or L, not '" + text + "'");
        }
    }
}
