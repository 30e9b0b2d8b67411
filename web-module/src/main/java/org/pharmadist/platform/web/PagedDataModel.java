package org.pharmadist.platform.web;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.pharmadist.platform.paging.Page;
import org.pharmadist.platform.paging.PageRequest;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A PrimeFaces lazy table over a service's offset-paged search: each page asks the service for {@code pageSize} rows
 * from {@code first} (capped at {@link PageRequest#MAX_LIMIT} and {@link PageRequest#MAX_OFFSET}), the row count is
 * the page's total. A failed search (business refusal, database outage) shows its message in the portal and the
 * table is empty, never an error page. Rows are keyed by {@code rowKey}; selection by key is not supported.
 *
 * @param <T> the summary row type
 */
public final class PagedDataModel<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** One page of the search for the table's current sort (empty when unsorted). */
    @FunctionalInterface
    public interface Search<T> extends Serializable {
        Page<T> page(Map<String, SortMeta> sortBy, PageRequest request);
    }

    /** The key of a row (serialisable with the view). */
    public interface RowKey<T> extends Function<T, Object>, Serializable { }

    private final Search<T> search;
    private final RowKey<T> rowKey;

    public PagedDataModel(Search<T> search, RowKey<T> rowKey) {
        this.search = search;
        this.rowKey = rowKey;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        try {
            return rows(search.page(Map.of(), new PageRequest(1, 0, null)));
        } catch (RuntimeException e) {
            PortalMessages.show(e);
            return 0;
        }
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        try {
            Page<T> page = search.page(sortBy, new PageRequest(Math.min(pageSize, PageRequest.MAX_LIMIT),
                    Math.min(first, PageRequest.MAX_OFFSET), null));
            setRowCount(rows(page));
            return page.items();
        } catch (RuntimeException e) {
            setRowCount(0);
            PortalMessages.show(e);
            return List.of();
        }
    }

    private static int rows(Page<?> page) {
        return (int) Math.min(Integer.MAX_VALUE, page.total());
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(rowKey.apply(row));
    }

    @Override
    public T getRowData(String key) {
        return null;
    }
}
