package org.pharmadist.sales.application;

import java.time.LocalDate;
import java.util.List;

/**
 * A contract with its prices.
 *
 * @param id         id
 * @param code       code, e.g. "VIZ-2026"
 * @param name       name
 * @param gpo        GPO name or null
 * @param customerId customer or null
 * @param validFrom  first day
 * @param validTo    last day (inclusive)
 * @param version    optimistic-locking version
 * @param prices     prices by product name
 */
public record ContractView(long id, String code, String name, String gpo, Long customerId, LocalDate validFrom,
        LocalDate validTo, long version, List<PriceItemView> prices) { }
