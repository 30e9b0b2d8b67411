package org.pharmadist.catalog.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.pharmadist.catalog.application.ProductQueryService;
import org.pharmadist.catalog.application.ProductSearch;
import org.pharmadist.catalog.application.ProductSummary;
import org.pharmadist.platform.paging.Page;
import org.pharmadist.platform.paging.PageRequest;
import org.pharmadist.platform.web.PortalMessages;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The product list screen: a lazy, server-side sorted, filtered and paged table over the catalog
 * (read data source), searched by name, NDC or GTIN prefix.
 */
@Named
@ViewScoped
public class ProductListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ProductQueryService queries;

    private String query;
    private final Products products = new Products();

    /** Search text: prefix of name, generic name, NDC or GTIN. */
    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    /** The table's lazy model. */
    public LazyDataModel<ProductSummary> getProducts() {
        return products;
    }

    /** Lazy model: each page is one query for the rows and one for the total. */
    private final class Products extends LazyDataModel<ProductSummary> {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            try {
                return (int) Math.min(Integer.MAX_VALUE, queries.search(search(Map.of()), new PageRequest(1, 0, null)).total());
            } catch (RuntimeException e) {
                return failed(e, 0);
            }
        }

        @Override
        public List<ProductSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            try {
                Page<ProductSummary> page = queries.search(search(sortBy),
                        new PageRequest(Math.min(pageSize, PageRequest.MAX_LIMIT), Math.min(first, PageRequest.MAX_OFFSET), null));
                setRowCount((int) Math.min(Integer.MAX_VALUE, page.total()));
                return page.items();
            } catch (RuntimeException e) {
                setRowCount(0);
                return failed(e, List.of());
            }
        }

        /** Shows why the list is empty (business refusal or database outage) instead of an error page. */
        private <T> T failed(RuntimeException e, T empty) {
            PortalMessages.show(e);
            return empty;
        }

        @Override
        public String getRowKey(ProductSummary product) {
            return product.ndc11();
        }

        @Override
        public ProductSummary getRowData(String rowKey) {
            return null;
        }

        private ProductSearch search(Map<String, SortMeta> sortBy) {
            String sort = "name";
            boolean descending = false;
            for (SortMeta meta : sortBy.values()) {
                sort = "ndc11".equals(meta.getField()) ? "ndc" : "name";
                descending = meta.getOrder() == SortOrder.DESCENDING;
            }
            return new ProductSearch(query, sort, descending);
        }
    }
}
