package org.pharmadist.sales.application;

/**
 * A price on a price list (created, or replaced when the product and minimum quantity are already listed).
 *
 * @param ndc         product NDC (any format) or GTIN-14
 * @param minQuantity quantity break in sales units from which the price applies, decimal text, default "1"
 * @param unitPrice   price per sales unit, decimal text with at most 5 decimals, &gt;= 0
 */
public record PriceItemRequest(String ndc, String minQuantity, String unitPrice) { }
