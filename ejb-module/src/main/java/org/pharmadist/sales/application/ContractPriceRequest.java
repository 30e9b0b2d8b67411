package org.pharmadist.sales.application;

/**
 * A contract price (created, or replaced when the product is already on the contract).
 *
 * @param ndc       product NDC (any format) or GTIN-14
 * @param unitPrice price per sales unit, decimal text with at most 5 decimals, &gt;= 0
 */
public record ContractPriceRequest(String ndc, String unitPrice) { }
