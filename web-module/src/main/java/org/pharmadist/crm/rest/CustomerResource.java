package org.pharmadist.crm.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pharmadist.crm.application.ContactRequest;
import org.pharmadist.crm.application.ContactView;
import org.pharmadist.crm.application.Customer360;
import org.pharmadist.crm.application.Customer360Service;
import org.pharmadist.crm.application.CustomerCreated;
import org.pharmadist.crm.application.CustomerDetail;
import org.pharmadist.crm.application.CustomerImportReport;
import org.pharmadist.crm.application.CustomerImportService;
import org.pharmadist.crm.application.CustomerQueryService;
import org.pharmadist.crm.application.CustomerRequest;
import org.pharmadist.crm.application.CustomerSearch;
import org.pharmadist.crm.application.CustomerService;
import org.pharmadist.crm.application.CustomerSummary;
import org.pharmadist.crm.application.LicenseRequest;
import org.pharmadist.crm.application.LicenseView;
import org.pharmadist.platform.errors.InvalidInputException;
import org.pharmadist.platform.paging.Page;
import org.pharmadist.platform.paging.PageRequest;
import org.pharmadist.platform.rest.FieldSelection;
import org.pharmadist.platform.rest.PageEnvelope;

/**
 * Customers: search, create (with duplicate warnings), change (optimistic locking), the 360 view, contacts, licenses
 * and CSV import. Creates honour {@code Idempotency-Key}.
 */
@Path("/crm/customers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "CRM")
public class CustomerResource {

    /** Largest CSV body accepted by the import, in characters. */
    static final int MAX_CSV_CHARS = 5_000_000;

    @Inject
    CustomerQueryService queries;

    @Inject
    CustomerService customers;

    @Inject
    Customer360Service customer360;

    @Inject
    CustomerImportService imports;

    @Context
    UriInfo uri;

    /** Customers by legal name (then id), filtered by name prefix, tax id and type (read replica). */
    @GET
    @Operation(summary = "Search customers", description = "q = prefix of the legal name (case-insensitive); taxId = exact "
            + "EIN; type = customer type. Page with cursor (nextCursor) or offset.")
    @APIResponse(responseCode = "200", description = "A page of customers")
    @APIResponse(responseCode = "400", description = "Invalid parameter (problem+json naming it)")
    public PageEnvelope search(@QueryParam("q") String q, @QueryParam("taxId") String taxId,
            @QueryParam("type") String type, @QueryParam("order") String order,
            @Parameter(description = "rows per page, 1..500, default 50") @QueryParam("limit") String limit,
            @QueryParam("offset") String offset, @QueryParam("cursor") String cursor,
            @Parameter(description = "comma-separated item fields to return") @QueryParam("fields") String fields) {
        FieldSelection selection = FieldSelection.parse(fields, CustomerSummary.class);
        PageRequest page = PageRequest.parse(limit, offset, cursor);
        Page<CustomerSummary> result = queries.search(CustomerSearch.parse(q, taxId, type, CrmParams.descending(order)), page);
        return PageEnvelope.of(result, selection.apply(result.items()));
    }

    /** Creates a customer; the answer carries duplicate warnings. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a customer", description = "Answers {customer, warnings}: warnings name existing customers "
            + "with the same tax id or the same normalised name (the customer is created anyway). Send Idempotency-Key "
            + "so a retry creates exactly one customer.")
    @APIResponse(responseCode = "201", description = "Created; Location names the customer")
    @APIResponse(responseCode = "400", description = "Invalid fields (problem+json, errors[] name each field)")
    public Response create(CustomerRequest request) {
        CustomerCreated created = customers.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.customer().id())).build())
                .entity(created).build();
    }

    /** One customer. */
    @GET
    @Path("/{id}")
    @Operation(summary = "Get a customer")
    @APIResponse(responseCode = "404", description = "No such customer (problem+json)")
    public CustomerDetail get(@PathParam("id") String id) {
        return customers.get(CrmParams.id(id, "id"));
    }

    /** Replaces the profile and terms; body carries the version read. */
    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a customer", description = "All profile fields and the version you read; 409 "
            + "changed-by-another-user when someone saved in between.")
    @APIResponse(responseCode = "200", description = "Saved: {customer, warnings}")
    @APIResponse(responseCode = "409", description = "Changed by another user (problem+json)")
    public CustomerCreated update(@PathParam("id") String id, CustomerRequest request) {
        return customers.update(CrmParams.id(id, "id"), request);
    }

    /** Audit trail of the customer's profile and terms. */
    @GET
    @Path("/{id}/history")
    @Operation(summary = "Customer change history", description = "Who changed what and when (Envers), oldest first.")
    public List<org.pharmadist.platform.audit.RecordRevision> history(@PathParam("id") String id) {
        return customers.history(CrmParams.id(id, "id"));
    }

    /** Everything CRM knows about the customer, with extension sections of other modules. */
    @GET
    @Path("/{id}/360")
    @Operation(summary = "Customer 360 view", description = "Profile, licenses with days to expiry, contacts, open "
            + "opportunities, activities, and sections of other modules (orders, quotations, invoices, balance) or a "
            + "note that they are not recorded yet.")
    public Customer360 view(@PathParam("id") String id) {
        return customer360.view(CrmParams.id(id, "id"));
    }

    /** Contacts of the customer. */
    @GET
    @Path("/{id}/contacts")
    @Operation(summary = "Customer contacts")
    public List<ContactView> contacts(@PathParam("id") String id) {
        return customers.contacts(CrmParams.id(id, "id"));
    }

    /** Adds a contact. */
    @POST
    @Path("/{id}/contacts")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a contact")
    @APIResponse(responseCode = "201", description = "Created")
    public Response addContact(@PathParam("id") String id, ContactRequest request) {
        ContactView c = customers.addContact(CrmParams.id(id, "id"), request);
        return Response.status(Response.Status.CREATED).entity(c).build();
    }

    /** Licenses of the customer, soonest expiry first, with days to expiry. */
    @GET
    @Path("/{id}/licenses")
    @Operation(summary = "Customer licenses (state pharmacy, DEA)")
    public List<LicenseView> licenses(@PathParam("id") String id) {
        return customers.licenses(CrmParams.id(id, "id"));
    }

    /** Records a license; DEA numbers must pass the format and check digit. */
    @POST
    @Path("/{id}/licenses")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a license", description = "kind STATE_PHARMACY (number, state, expiresOn) or DEA (number: 2 "
            + "letters + 7 digits with check digit, schedules, expiresOn).")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "400", description = "Invalid fields, e.g. number with a wrong DEA check digit")
    public Response addLicense(@PathParam("id") String id, LicenseRequest request) {
        LicenseView l = customers.addLicense(CrmParams.id(id, "id"), request);
        return Response.status(Response.Status.CREATED).entity(l).build();
    }

    /** Imports customers from CSV. */
    @POST
    @Path("/imports")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Operation(summary = "Import customers from CSV", description = "Header line names the columns: "
            + CustomerImportService.COLUMNS + ". Answers the report: created, alreadyPresent (same tax id: skipped, so "
            + "re-importing a file creates nothing), rejected rows (line, field, reason) and duplicate-name warnings.")
    @APIResponse(responseCode = "200", description = "Import report")
    @APIResponse(responseCode = "400", description = "Not a usable CSV (problem+json, field body)")
    public CustomerImportReport importCsv(String csv) {
        if (csv != null && csv.length() > MAX_CSV_CHARS) {
            throw new InvalidInputException("invalid-csv", "body", "the CSV is larger than " + MAX_CSV_CHARS + " characters");
        }
        return imports.importCsv(csv);
    }
}
