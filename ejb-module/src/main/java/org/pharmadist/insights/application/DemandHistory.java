package org.pharmadist.insights.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * Where outbound demand history comes from. Today the only implementation reads the inventory stock ledger
 * ({@code insights.infrastructure.LedgerDemandHistory}); a sales-order based source can replace it later by
 * declaring itself {@code @Alternative @Priority(...)} (CDI then picks it over the ledger one).
 */
public interface DemandHistory {

    /**
     * Outbound quantities per product, customer (when the source knows it) and business day, for the days
     * {@code from..to} inclusive, in each product's stock unit, scale 3. Days without demand are absent.
     *
     * @param zone the company time zone that turns instants into business days
     */
    List<DemandRecord> outbound(LocalDate from, LocalDate to, ZoneId zone);

    /** Whether {@link DemandRecord#customerId()} is filled (per-customer insights need it). */
    boolean knowsCustomers();

    /** Short name of the source shown with the figures, e.g. {@code "stock-ledger"}. */
    String source();

    /**
     * One day's outbound quantity of a product (for one customer when known).
     *
     * @param productId  product id
     * @param customerId customer id, null when the source does not know it
     * @param day        business day
     * @param quantity   outbound quantity, stock units, &gt; 0
     */
    record DemandRecord(long productId, Long customerId, LocalDate day, BigDecimal quantity) {
    }
}
