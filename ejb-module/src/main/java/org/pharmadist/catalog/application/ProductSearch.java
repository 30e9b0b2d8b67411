package org.pharmadist.catalog.application;

import java.io.Serializable;
import java.util.Locale;
import org.pharmadist.platform.errors.InvalidInputException;

/**
 * Criteria of a product search.
 *
 * @param text  prefix of the name or generic name (case-insensitive), or of the NDC (digits, hyphens
 *              ignored; 11-digit form) or GTIN-14; null or blank for all products
 * @param sort  "name" (default) or "ndc"; every sort ends with the id so the order is total
 * @param descending reverse the order
 */
public record ProductSearch(String text, String sort, boolean descending) implements Serializable {

    /** Sorts the catalog supports. */
    public static final java.util.List<String> SORTS = java.util.List.of("name", "ndc");

    public ProductSearch {
        text = text == null || text.isBlank() ? null : text.trim();
        if (text != null && text.length() > 100) {
            throw new InvalidInputException("invalid-search", "q", "search text must be at most 100 characters");
        }
        sort = sort == null || sort.isBlank() ? "name" : sort.trim().toLowerCase(Locale.ROOT);
        if (!SORTS.contains(sort)) {
            throw new InvalidInputException("invalid-sort", "sort", "sort must be one of " + SORTS + ", not '" + sort + "'");
        }
    }

    /** The digits of the text when it looks like the start of an NDC or GTIN (digits and hyphens only). */
    String digitPrefix() {
        if (text == null || !text.matches("[0-9][0-9-]*")) {
            return null;
        }
        return text.replace("-", "");
    }
}
