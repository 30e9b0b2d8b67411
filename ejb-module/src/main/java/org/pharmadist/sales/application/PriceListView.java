package org.pharmadist.sales.application;

import java.util.List;

/**
 * A price list with its prices (by product name, then minimum quantity).
 *
 * @param id      id
 * @param code    code
 * @param name    name
 * @param basis   how prices are derived, or null
 * @param version optimistic-locking version
 * @param items   prices
 */
public record PriceListView(long id, String code, String name, String basis, long version, List<PriceItemView> items) { }
