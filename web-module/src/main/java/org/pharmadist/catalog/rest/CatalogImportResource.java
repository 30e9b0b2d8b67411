package org.pharmadist.catalog.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pharmadist.catalog.application.CatalogImportReport;
import org.pharmadist.catalog.application.CatalogImportService;
import org.pharmadist.platform.errors.InvalidInputException;

/** Catalog imports: loads a reference dataset into the catalog (idempotent). */
@Path("/catalog/imports")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Catalog")
public class CatalogImportResource {

    /** The datasets an import can load. */
    public static final String FDA_REFERENCE = "fda-reference";

    @Inject
    CatalogImportService imports;

    /**
     * Request body of an import.
     *
     * @param dataset "fda-reference": the FDA/CMS files bundled with PharmaDist (provenance in their SOURCES.md)
     */
    public record ImportRequest(String dataset) { }

    /** Runs an import; honours Idempotency-Key. */
    @POST
    @Operation(summary = "Import a reference dataset into the catalog", description = "Body {\"dataset\": \"fda-reference\"}. "
            + "Creates new NDCs, updates changed ones, reports rejected rows with file, line number and reason. "
            + "Re-running changes nothing.")
    @APIResponse(responseCode = "201", description = "Import report")
    @APIResponse(responseCode = "400", description = "Body is not JSON or names an unknown dataset (problem+json)")
    public Response importDataset(ImportRequest request) {
        if (request == null || !FDA_REFERENCE.equals(request.dataset())) {
            throw new InvalidInputException("invalid-dataset", "dataset", "dataset must be \"" + FDA_REFERENCE + "\"");
        }
        CatalogImportReport report = imports.importBundledReferenceData();
        return Response.status(Response.Status.CREATED).entity(report).build();
    }
}
