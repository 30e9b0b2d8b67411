package org.pharmadist.sales.application;

import java.math.BigDecimal;

/**
 * A quotation line with its price source and expiry-aware availability.
 *
 * @param id               line id
 * @param lineNo           1, 2, ...
 * @param ndc11            product NDC, 11 digits
 * @param gtin14           GTIN-14 or null
 * @param productName      product name
 * @param quantity         quantity, scale 3
 * @param unit             its unit
 * @param unitPrice        price per unit, scale 5
 * @param priceSource      where the price came from
 * @param discountPercent  discount %, scale 4
 * @param taxRatePercent   tax rate %, scale 4
 * @param netAmount        line net (LineAmounts), scale 2
 * @param taxAmount        line tax, scale 2
 * @param lineTotal        net + tax, scale 2
 * @param quantityInStockUnits the quantity in the product's stock unit, scale 3
 * @param stockUnit        the product's stock unit
 * @param availableToPromise ATP in stock units for the customer's minimum shelf life (null when not known)
 * @param minShelfLifeDays the customer's shelf-life need the ATP was computed for
 * @param enoughStock      ATP covers the line (null when not known)
 */
public record QuotationLineView(long id, int lineNo, String ndc11, String gtin14, String productName, BigDecimal quantity,
        String unit, BigDecimal unitPrice, String priceSource, BigDecimal discountPercent, BigDecimal taxRatePercent,
        BigDecimal netAmount, BigDecimal taxAmount, BigDecimal lineTotal, BigDecimal quantityInStockUnits, String stockUnit,
        BigDecimal availableToPromise, int minShelfLifeDays, Boolean enoughStock) { }
