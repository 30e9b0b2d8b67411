package org.pharmadist.sales.rest;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pharmadist.platform.errors.InvalidInputException;
import org.pharmadist.sales.application.ContractPriceRequest;
import org.pharmadist.sales.application.ContractRequest;
import org.pharmadist.sales.application.ContractView;
import org.pharmadist.sales.application.PriceAnswer;
import org.pharmadist.sales.application.PriceItemRequest;
import org.pharmadist.sales.application.PriceItemView;
import org.pharmadist.sales.application.PriceListRequest;
import org.pharmadist.sales.application.PriceListView;
import org.pharmadist.sales.application.PricingService;

/**
 * Pricing: price lists with items and quantity breaks, customer/GPO contracts, and the price lookup answering price
 * and SOURCE. Precedence: valid contract > price list with the best quantity break > no price (422 naming the
 * product). Unit prices per sales unit, scale 5, as JSON numbers; decimals in bodies as strings or numbers.
 */
@Path("/sales")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sales pricing")
public class PricingResource {

    @Inject
    PricingService pricing;

    @Context
    UriInfo uri;

    @GET
    @Path("/prices")
    @Operation(summary = "Price for a customer", description = "customer = customer id; ndc = NDC (any format) or GTIN-14; "
            + "quantity (default 1) in unit (default the product's sales unit). Answers unitPrice per unit and source, "
            + "e.g. \"GPO contract VIZ-2026 (valid to 2026-12-31)\" or \"price list WHOLESALE break >= 10\".")
    @APIResponse(responseCode = "200", description = "Price and source")
    @APIResponse(responseCode = "422", description = "no-price: no contract or price list item applies (problem+json naming the product)")
    public PriceAnswer price(@QueryParam("customer") String customer, @QueryParam("ndc") String ndc,
            @QueryParam("quantity") String quantity, @QueryParam("unit") String unit) {
        if (customer == null || customer.isBlank()) {
            throw new InvalidInputException("invalid-customer", "customer", "customer (a customer id) is required");
        }
        return pricing.price(SalesJson.pathId(customer, "customer"), ndc, quantity, unit);
    }

    @GET
    @Path("/price-lists")
    @Operation(summary = "Price lists (without items)")
    public List<PriceListView> priceLists() {
        return pricing.priceLists();
    }

    @POST
    @Path("/price-lists")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a price list", description = "{code, name, basis}; 409 price-list-exists")
    @APIResponse(responseCode = "201", description = "Created")
    public Response createPriceList(JsonObject body) {
        JsonObject b = SalesJson.body(body);
        PriceListView v = pricing.createPriceList(new PriceListRequest(SalesJson.text(b, "code", "code"),
                SalesJson.text(b, "name", "name"), SalesJson.text(b, "basis", "basis")));
        return Response.created(uri.getAbsolutePathBuilder().path(v.code()).build()).entity(v).build();
    }

    @GET
    @Path("/price-lists/{code}")
    @Operation(summary = "A price list with its items and quantity breaks")
    public PriceListView priceList(@PathParam("code") String code) {
        return pricing.priceList(code);
    }

    @POST
    @Path("/price-lists/{code}/items")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set a price (or quantity break) on a price list", description = "{ndc, minQuantity (sales units, "
            + "default 1), unitPrice (per sales unit, up to 5 decimals)}; replaces the price of the same product and minimum.")
    public PriceItemView setItem(@PathParam("code") String code, JsonObject body) {
        JsonObject b = SalesJson.body(body);
        return pricing.setPriceListItem(code, new PriceItemRequest(SalesJson.text(b, "ndc", "ndc"),
                SalesJson.text(b, "minQuantity", "minQuantity"), SalesJson.text(b, "unitPrice", "unitPrice")));
    }

    @GET
    @Path("/contracts")
    @Operation(summary = "Contracts (without prices)")
    public List<ContractView> contracts() {
        return pricing.contracts();
    }

    @POST
    @Path("/contracts")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a contract", description = "{code, name, gpo or customerId, validFrom, validTo} (dates "
            + "yyyy-MM-dd, inclusive, company time zone)")
    @APIResponse(responseCode = "201", description = "Created")
    public Response createContract(JsonObject body) {
        JsonObject b = SalesJson.body(body);
        ContractView v = pricing.createContract(new ContractRequest(SalesJson.text(b, "code", "code"),
                SalesJson.text(b, "name", "name"), SalesJson.text(b, "gpo", "gpo"), SalesJson.id(b, "customerId"),
                SalesJson.text(b, "validFrom", "validFrom"), SalesJson.text(b, "validTo", "validTo")));
        return Response.created(uri.getAbsolutePathBuilder().path(v.code()).build()).entity(v).build();
    }

    @GET
    @Path("/contracts/{code}")
    @Operation(summary = "A contract with its prices")
    public ContractView contract(@PathParam("code") String code) {
        return pricing.contract(code);
    }

    @POST
    @Path("/contracts/{code}/prices")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set a contract price", description = "{ndc, unitPrice (per sales unit)}")
    public PriceItemView setContractPrice(@PathParam("code") String code, JsonObject body) {
        JsonObject b = SalesJson.body(body);
        return pricing.setContractPrice(code, new ContractPriceRequest(SalesJson.text(b, "ndc", "ndc"),
                SalesJson.text(b, "unitPrice", "unitPrice")));
    }
}
