package org.pharmadist.platform.paging;

import java.util.List;

/**
 * One page of a list, the envelope every list endpoint and screen uses.
 *
 * @param items          the rows, in the requested stable order
 * @param limit          requested page size
 * @param nextCursor     cursor for the next page, null on the last page
 * @param total          number of matching rows; exact unless {@code totalIsEstimate}
 * @param totalIsEstimate true when {@code total} is the planner's estimate or a lower bound (large results)
 */
public record Page<T>(List<T> items, int limit, String nextCursor, long total, boolean totalIsEstimate) {

    public Page {
        items = List.copyOf(items);
    }
}
