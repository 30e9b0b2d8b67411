package org.pharmadist.sales.domain;

import java.math.BigDecimal;

/**
 * A price found for a product and the record it came from.
 *
 * @param unitPrice price per sales unit, scale 5
 * @param source    human-readable source, e.g. "GPO contract VIZ-2026 (valid to 2026-12-31)",
 *                  "price list WHOLESALE break >= 10"
 * @param kind      CONTRACT or PRICE_LIST
 * @param reference contract or price list code
 */
public record PricedUnit(BigDecimal unitPrice, String source, String kind, String reference) { }
