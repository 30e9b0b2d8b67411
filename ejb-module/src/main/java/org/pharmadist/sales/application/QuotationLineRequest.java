package org.pharmadist.sales.application;

/**
 * A quotation line as entered. Numbers are decimal text (never doubles).
 *
 * @param ndc             product NDC (any format) or GTIN-14
 * @param quantity        quantity, &gt; 0, at most 3 decimals
 * @param unit            X12 unit code; default the product's sales unit
 * @param discountPercent line discount 0..100 %, default "0"
 * @param taxRatePercent  tax rate &gt;= 0 %, default "0"
 */
public record QuotationLineRequest(String ndc, String quantity, String unit, String discountPercent, String taxRatePercent) { }
