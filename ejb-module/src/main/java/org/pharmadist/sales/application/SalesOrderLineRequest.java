package org.pharmadist.sales.application;

/**
 * A sales order line as entered. Numbers are decimal text (never doubles).
 *
 * @param ndc             product NDC (any format) or GTIN-14
 * @param quantity        quantity, &gt; 0, at most 3 decimals
 * @param unit            X12 unit code; default the product's sales unit
 * @param unitPrice       price per that unit (document currency, at most 5 decimals); null: found by the price
 *                        precedence (contract, price list; 422 "no-price" when none) and re-found at confirmation;
 *                        a given price is kept as given
 * @param discountPercent line discount 0..100 %, default "0"
 * @param taxRatePercent  tax rate 0..100 %, default "0"
 */
public record SalesOrderLineRequest(String ndc, String quantity, String unit, String unitPrice,
        String discountPercent, String taxRatePercent) { }
