package org.pharmadist.catalog.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import org.pharmadist.catalog.application.ProductQueryService;
import org.pharmadist.catalog.application.ProductSearch;
import org.pharmadist.catalog.application.ProductSummary;
import org.primefaces.model.LazyDataModel;
import org.pharmadist.platform.web.PagedDataModel;
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
    private final PagedDataModel<ProductSummary> products = new PagedDataModel<>((sortBy, page) -> queries.search(search(sortBy), page), ProductSummary::ndc11);

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
