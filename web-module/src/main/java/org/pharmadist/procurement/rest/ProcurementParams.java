package org.pharmadist.procurement.rest;

import org.pharmadist.platform.errors.InvalidInputException;

/** Path and query parameter parsing with 400 problems naming the parameter. */
final class ProcurementParams {

    private ProcurementParams() {
    }

    /** A positive whole number, or null when absent. */
    static Long optionalId(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return id(value, name);
    }

    /** A positive whole number. */
    static long id(String value, String name) {
        try {
            long v = Long.parseLong(value == null ? "" : value.strip());
            if (v > 0) {
                return v;
            }
        } catch (NumberFormatException e) {
            // below
        }
        throw new InvalidInputException("invalid-" + name, name, name + " must be a positive whole number");
    }

    /** A version (0 or more), or null when absent. */
    static Long version(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            long v = Long.parseLong(value.strip());
            if (v >= 0) {
                return v;
            }
        } catch (NumberFormatException e) {
            // below
        }
        throw new InvalidInputException("invalid-version", "version", "version must be a whole number (the version you read)");
    }
}
