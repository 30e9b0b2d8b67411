package org.pharmadist.crm.application;

import java.io.Serializable;
import java.util.Locale;
import org.pharmadist.crm.domain.CustomerType;
import org.pharmadist.crm.domain.TaxId;
import org.pharmadist.platform.errors.InvalidInputException;

/**
 * Criteria of a customer search; all optional, combined with AND.
 *
 * @param name       prefix of the legal name, case-insensitive (at most 100 characters)
 * @param taxId      exact tax id (EIN, hyphen optional)
 * @param type       customer type
 * @param descending reverse name order
 */
public record CustomerSearch(String name, String taxId, CustomerType type, boolean descending) implements Serializable {

    public CustomerSearch {
        name = name == null || name.isBlank() ? null : name.strip();
        if (name != null && name.length() > 100) {
            throw new InvalidInputException("invalid-search", "q", "search text must be at most 100 characters");
        }
        if (taxId != null && !taxId.isBlank()) {
            try {
                taxId = TaxId.normalise(taxId);
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("invalid-search", "taxId", e.getMessage());
            }
        } else {
            taxId = null;
        }
    }

    /**
     * Parses request parameters.
     *
     * @throws InvalidInputException "invalid-search" naming {@code type}, {@code taxId} or {@code q}
     */
    public static CustomerSearch parse(String q, String taxId, String type, boolean descending) {
        CustomerType t = null;
        if (type != null && !type.isBlank()) {
            try {
                t = CustomerType.valueOf(type.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("invalid-search", "type",
                        "type must be RETAIL_PHARMACY, HOSPITAL, CLINIC, LONG_TERM_CARE or DISTRIBUTOR, not '" + type.strip() + "'");
            }
        }
        return new CustomerSearch(q, taxId, t, descending);
    }
}
