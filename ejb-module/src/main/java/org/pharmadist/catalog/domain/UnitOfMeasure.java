package org.pharmadist.catalog.domain;

import java.util.Locale;

/**
 * Units of measure for stock, purchase and sales quantities: ASC X12 unit-or-basis-of-measurement codes
 * (data element 355), the codes US drug wholesalers exchange on EDI 850 purchase orders and 856 ship
 * notices. A product is stocked in one unit (usually {@link #EA}, one package NDC) and converts every
 * other unit it uses to that stock unit by a factor kept on the product ({@link ProductUnit}).
 */
public enum UnitOfMeasure {
    EA("each"),
    BX("box"),
    CA("case"),
    BO("bottle"),
    PK("package"),
    CT("carton"),
    VI("vial"),
    TU("tube"),
    KT("kit"),
    ML("millilitre"),
    GM("gram");

    private final String description;

    UnitOfMeasure(String description) {
        this.description = description;
    }

    /** Lower-case English name, e.g. "box". */
    public String description() {
        return description;
    }

    /**
     * Parses an X12 code, ignoring case and surrounding blanks.
     *
     * @throws IllegalArgumentException naming the accepted codes when {@code code} is null, blank or unknown
     */
    public static UnitOfMeasure parse(String code) {
        if (code != null) {
            String c = code.strip().toUpperCase(Locale.ROOT);
            for (UnitOfMeasure u : values()) {
                if (u.name().equals(c)) {
                    return u;
                }
            }
        }
        throw new IllegalArgumentException("unit of measure '" + (code == null ? "" : code.strip())
                + "' is not one of EA, BX, CA, BO, PK, CT, VI, TU, KT, ML, GM (ASC X12 element 355)");
    }
}
