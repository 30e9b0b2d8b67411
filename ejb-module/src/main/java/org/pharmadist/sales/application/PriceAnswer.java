package org.pharmadist.sales.application;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The price that applies to a customer for a product and quantity, with its source.
 *
 * @param customerId  customer
 * @param ndc11       product
 * @param productName product name
 * @param quantity    quantity asked, scale 3
 * @param unit        its unit
 * @param salesUnit   the product's sales unit (prices are kept per this unit)
 * @param unitPrice   price per {@code unit}, scale 5
 * @param source      e.g. "GPO contract VIZ-2026 (valid to 2026-12-31)", "price list WHOLESALE break >= 10"
 * @param kind        CONTRACT or PRICE_LIST
 * @param reference   contract or price list code
 * @param pricedOn    the business date the price was judged on (company time zone)
 */
public record PriceAnswer(long customerId, String ndc11, String productName, BigDecimal quantity, String unit,
        String salesUnit, BigDecimal unitPrice, String source, String kind, String reference, LocalDate pricedOn) { }
