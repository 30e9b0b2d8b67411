package org.pharmadist.catalog.application;

import org.pharmadist.platform.security.RequiresPermission;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.pharmadist.catalog.domain.Product;
import org.pharmadist.platform.audit.AuditTrailService;
import org.pharmadist.platform.audit.RecordRevision;
import org.pharmadist.platform.errors.InvalidInputException;
import org.pharmadist.platform.errors.RecordNotFoundException;

/**
 * One product by any of its identifiers, and its audit trail. Reads the primary database so that
 * a user sees their own changes at once.
 */
@Stateless
@RequiresPermission(module = "catalog", action = "view")
public class ProductCatalogService {

    @PersistenceContext(unitName = "pharmadist")
    EntityManager em;

    @Inject
    AuditTrailService auditTrail;

    /**
     * The product with this NDC or GTIN.
     *
     * @param identifier 10-digit hyphenated NDC ("0338-0424-18"), 11-digit NDC with or without hyphens
     *                   ("00338042418"), or GTIN-14 ("00303380424184")
     * @throws InvalidInputException   "invalid-product-identifier" when the text is none of these (wrong
     *                                 length, characters, segments or GTIN check digit)
     * @throws RecordNotFoundException "product-not-found" when no product has it
     */
    public ProductDetail byIdentifier(String identifier) {
        return ProductDetail.of(find(identifier));
    }

    /**
     * Who changed the product, when, and the old and new values, oldest first.
     *
     * @throws InvalidInputException / RecordNotFoundException as {@link #byIdentifier}
     */
    public List<RecordRevision> history(String identifier) {
        return auditTrail.history(Product.class, find(identifier).id());
    }

    private Product find(String identifier) {
        return ProductLookup.find(em, identifier);
    }
}
