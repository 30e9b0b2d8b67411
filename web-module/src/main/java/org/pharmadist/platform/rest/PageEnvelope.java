package org.pharmadist.platform.rest;

import java.util.List;
import org.pharmadist.platform.paging.Page;

/**
 * JSON shape of every list answer: {@code {"items": [...], "page": {...}}}.
 *
 * @param items rows (full DTOs, or maps holding only the fields asked for with {@code fields=})
 * @param page  paging facts
 */
public record PageEnvelope(List<?> items, PageInfo page) {

    /**
     * @param limit           page size asked for
     * @param nextCursor      pass as {@code cursor} to get the next page; absent on the last page
     * @param total           matching rows (exact unless totalIsEstimate)
     * @param totalIsEstimate true when total is an estimate or lower bound
     */
    public record PageInfo(int limit, String nextCursor, long total, boolean totalIsEstimate) { }

    /** Envelope for a page whose items were (possibly) reduced to selected fields. */
    public static PageEnvelope of(Page<?> page, List<?> items) {
        return new PageEnvelope(items, new PageInfo(page.limit(), page.nextCursor(), page.total(), page.totalIsEstimate()));
    }
}
