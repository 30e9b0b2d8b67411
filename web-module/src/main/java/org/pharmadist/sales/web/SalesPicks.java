package org.pharmadist.sales.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import org.pharmadist.catalog.application.ProductQueryService;
import org.pharmadist.catalog.application.ProductSearch;
import org.pharmadist.catalog.application.ProductSummary;
import org.pharmadist.platform.paging.PageRequest;

/**
 * Product suggestions of the sales pages' autocompletes (quotation editor, order entry): at most 10 products as
 * "NDC11 name", over the read data source; empty on any error (the field then shows its own message when the pick is
 * submitted). Customers are picked with {@link org.pharmadist.crm.web.CustomerPicks}.
 */
@Named
@ApplicationScoped
public class SalesPicks {

    @Inject
    ProductQueryService products;

    /** Products whose NDC, GTIN or name starts with the text, as "NDC11 name". */
    public List<String> completeProduct(String text) {
        try {
            List<String> out = new ArrayList<>();
            for (ProductSummary p : products.search(new ProductSearch(text, "name", false), new PageRequest(10, 0, null)).items()) {
                out.add(p.ndc11() + " " + p.name());
            }
            return out;
        } catch (RuntimeException e) {
            return List.of();
        }
    }
}
