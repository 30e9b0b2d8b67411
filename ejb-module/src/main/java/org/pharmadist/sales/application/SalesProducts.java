package org.pharmadist.sales.application;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.pharmadist.catalog.domain.Gtin;
import org.pharmadist.catalog.domain.InvalidGtinException;
import org.pharmadist.catalog.domain.InvalidNdcException;
import org.pharmadist.catalog.domain.Ndc;
import org.pharmadist.catalog.domain.Product;
import org.pharmadist.crm.domain.Customer;
import org.pharmadist.platform.errors.InvalidInputException;
import org.pharmadist.platform.errors.RecordNotFoundException;

/** Finds the products and customers a sales request names. */
final class SalesProducts {

    private SalesProducts() {
    }

    /**
     * The product with this NDC (any format) or GTIN-14.
     *
     * @throws InvalidInputException   "invalid-product-identifier" naming {@code field}
     * @throws RecordNotFoundException "product-not-found" naming the identifier
     */
    static Product find(EntityManager em, String identifier, String field) {
        String text = identifier == null ? "" : identifier.strip();
        if (text.isEmpty()) {
            throw new InvalidInputException("invalid-product-identifier", field, field + " is required: an NDC or GTIN-14");
        }
        List<Product> found;
        if (text.length() == 14 && text.chars().allMatch(Character::isDigit)) {
            try {
                found = em.createQuery("SELECT p FROM Product p WHERE p.gtin14 = :g", Product.class)
                        .setParameter("g", Gtin.of(text).value()).getResultList();
            } catch (InvalidGtinException e) {
                throw new InvalidInputException("invalid-product-identifier", field, e.getMessage());
            }
        } else {
            try {
                found = em.createQuery("SELECT p FROM Product p WHERE p.ndc11 = :n", Product.class)
                        .setParameter("n", Ndc.parse(text).ndc11()).getResultList();
            } catch (InvalidNdcException e) {
                throw new InvalidInputException("invalid-product-identifier", field,
                        e.getMessage() + "; a GTIN-14 (14 digits) is accepted too");
            }
        }
        if (found.isEmpty()) {
            throw new RecordNotFoundException("product-not-found", "No product with NDC or GTIN '" + text + "'");
        }
        return found.get(0);
    }

    /** The customer, or 404 "customer-not-found". */
    static Customer customer(EntityManager em, long id) {
        Customer c = em.find(Customer.class, id);
        if (c == null) {
            throw new RecordNotFoundException("customer-not-found", "No customer with id " + id);
        }
        return c;
    }
}
