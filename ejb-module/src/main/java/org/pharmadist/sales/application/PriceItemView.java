package org.pharmadist.sales.application;

import java.math.BigDecimal;

/**
 * A price of a price list or contract.
 *
 * @param id          item id
 * @param ndc11       product NDC, 11 digits
 * @param productName product name
 * @param salesUnit   unit the price is per
 * @param minQuantity quantity break in sales units (1 for contract prices)
 * @param unitPrice   price per sales unit, scale 5
 */
public record PriceItemView(long id, String ndc11, String productName, String salesUnit, BigDecimal minQuantity,
        BigDecimal unitPrice) { }
