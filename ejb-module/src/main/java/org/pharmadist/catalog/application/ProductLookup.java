package org.pharmadist.catalog.application;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.pharmadist.catalog.domain.Gtin;
import org.pharmadist.catalog.domain.InvalidGtinException;
import org.pharmadist.catalog.domain.InvalidNdcException;
import org.pharmadist.catalog.domain.Ndc;
import org.pharmadist.catalog.domain.Product;
import org.pharmadist.platform.errors.InvalidInputException;
import org.pharmadist.platform.errors.RecordNotFoundException;

/** Finds a product by any of its identifiers (NDC in every form, GTIN-14) on the primary database. */
final class ProductLookup {

    private ProductLookup() {
    }

    /**
     * The product with this NDC or GTIN.
     *
     * @throws InvalidInputException   "invalid-product-identifier" for text that is neither
     * @throws RecordNotFoundException "product-not-found"
     */
    static Product find(EntityManager em, String identifier) {
        String text = identifier == null ? "" : identifier.strip();
        List<Product> found;
        if (text.length() == 14 && text.chars().allMatch(Character::isDigit)) {
            Gtin gtin;
            try {
                gtin = Gtin.of(text);
            } catch (InvalidGtinException e) {
                throw new InvalidInputException("invalid-product-identifier", "ndc", e.getMessage());
            }
            found = em.createQuery("SELECT p FROM Product p WHERE p.gtin14 = :gtin", Product.class)
                    .setParameter("gtin", gtin.value()).getResultList();
        } else {
            Ndc ndc;
            try {
                ndc = Ndc.parse(text);
            } catch (InvalidNdcException e) {
                throw new InvalidInputException("invalid-product-identifier", "ndc",
                        e.getMessage() + "; a GTIN-14 (14 digits) is accepted too");
            }
            found = em.createQuery("SELECT p FROM Product p WHERE p.ndc11 = :ndc11", Product.class)
                    .setParameter("ndc11", ndc.ndc11()).getResultList();
        }
        if (found.isEmpty()) {
            throw new RecordNotFoundException("product-not-found", "No product with NDC or GTIN '" + text + "'");
        }
        return found.get(0);
    }
}
