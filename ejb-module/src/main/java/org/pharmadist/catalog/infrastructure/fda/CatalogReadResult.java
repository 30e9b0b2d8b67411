package org.pharmadist.catalog.infrastructure.fda;

import java.util.List;
import org.pharmadist.catalog.domain.ProductRecord;

/**
 * What {@link FdaCatalogReader} produced.
 *
 * @param products usable products, one per 11-digit NDC: shortage-file packages in file order, then
 *        NADAC-only packages in file order (immutable)
 * @param rejected rows that could not be used, ordered by file (substances, shortages, NADAC) and line (immutable)
 */
public record CatalogReadResult(List<ProductRecord> products, List<RejectedRow> rejected) {

    /** Copies both lists. */
    public CatalogReadResult {
        products = List.copyOf(products);
        rejected = List.copyOf(rejected);
    }
}
