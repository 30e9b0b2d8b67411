package org.pharmadist.catalog.rest;

import jakarta.inject.Inject;
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

/** Catalog imports: loads the bundled FDA/CMS reference catalog (idempotent). */
@Path("/catalog/imports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Catalog")
public class CatalogImportResource {

    @Inject
    CatalogImportService imports;

    /** Runs an import of the bundled reference files; honours Idempotency-Key. */
    @POST
    @Operation(summary = "Import the reference catalog", description = "Creates new NDCs, updates changed ones, "
            + "reports rejected rows with file, line number and reason. Re-running changes nothing.")
    @APIResponse(responseCode = "201", description = "Import report")
    public Response importReferenceCatalog() {
        CatalogImportReport report = imports.importBundledReferenceData();
        return Response.status(Response.Status.CREATED).entity(report).build();
    }
}
