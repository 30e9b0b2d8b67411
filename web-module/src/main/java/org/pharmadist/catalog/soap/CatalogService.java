package org.pharmadist.catalog.soap;

import jakarta.inject.Inject;
import jakarta.jws.WebMethod;
import jakarta.jws.WebParam;
import jakarta.jws.WebResult;
import jakarta.jws.WebService;
import org.pharmadist.catalog.application.ProductCatalogService;
import org.pharmadist.catalog.application.ProductQueryService;
import org.pharmadist.catalog.application.ProductSearch;
import org.pharmadist.catalog.application.ProductSummary;
import org.pharmadist.platform.paging.Page;
import org.pharmadist.platform.paging.PageRequest;
import org.pharmadist.platform.soap.SoapFaults;

/**
 * SOAP access to the product catalog at {@code /soap/CatalogService} (WSDL at {@code ?wsdl}), for
 * integrators whose systems speak SOAP. Same rules as the REST API; invalid input answers a SOAP
 * Client fault with a plain message.
 */
@WebService(serviceName = "CatalogService", portName = "CatalogPort", name = "Catalog", targetNamespace = CatalogService.NAMESPACE)
public class CatalogService {

    /** Target namespace of the catalog service. */
    public static final String NAMESPACE = "urn:pharmadist:catalog:v1";

    @Inject
    ProductCatalogService catalog;

    @Inject
    ProductQueryService queries;

    /**
     * One product by NDC (10-digit hyphenated or 11-digit) or GTIN-14.
     * Faults: Client when the identifier is malformed or no product has it.
     */
    @WebMethod(operationName = "getProduct")
    @WebResult(name = "product")
    public SoapProduct getProduct(@WebParam(name = "ndc") String ndc) {
        try {
            return SoapProduct.of(catalog.byIdentifier(ndc));
        } catch (RuntimeException e) {
            throw SoapFaults.of(e);
        }
    }

    /**
     * Products whose name, generic name, NDC or GTIN starts with {@code query}; paged by cursor.
     * Faults: Client for a limit outside 1..500 or an invalid cursor.
     */
    @WebMethod(operationName = "searchProducts")
    @WebResult(name = "page")
    public SoapProductPage searchProducts(@WebParam(name = "query") String query, @WebParam(name = "limit") String limit,
            @WebParam(name = "cursor") String cursor) {
        try {
            // limit is text in the contract, parsed here: a non-number gets the same plain Client fault as in REST
            // (as xs:int it was silently dropped by one server and answered with a parser message by the other).
            Page<ProductSummary> page = queries.search(new ProductSearch(query, "name", false),
                    PageRequest.parse(limit, null, cursor));
            SoapProductPage result = new SoapProductPage();
            page.items().forEach(p -> result.products.add(SoapProduct.of(p)));
            result.nextCursor = page.nextCursor();
            result.total = page.total();
            result.totalIsEstimate = page.totalIsEstimate();
            return result;
        } catch (RuntimeException e) {
            throw SoapFaults.of(e);
        }
    }
}
