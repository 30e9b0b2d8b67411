package org.pharmadist.crm.rest;

import org.pharmadist.platform.errors.InvalidInputException;

/** Parsing of CRM path and query parameters into 400 problems naming the parameter. */
final class CrmParams {

    private CrmParams() {
    }

    /** A record id: a positive whole number. */
    static long id(String text, String name) {
        Long v = optionalId(text, name);
        if (v == null) {
            throw new InvalidInputException("invalid-id", name, name + " is required");
        }
        return v;
    }

    /** An optional record id (null when absent). */
    static Long optionalId(String text, String name) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            long v = Long.parseLong(text.strip());
            if (v > 0) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidInputException("invalid-id", name, name + " must be a positive whole number, not '"
                + (text.length() > 40 ? text.substring(0, 40) + "..." : text) + "'");
    }

    /** "true"/"false"/absent. */
    static boolean flag(String text, String name, boolean defaultValue) {
        if (text == null || text.isBlank()) {
            return defaultValue;
        }
        if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(text);
        }
        throw new InvalidInputException("invalid-" + name, name, name + " must be true or false");
    }

    /** "asc" (default) or "desc". */
    static boolean descending(String order) {
        if (order == null || order.isBlank() || order.equalsIgnoreCase("asc")) {
            return false;
        }
        if (order.equalsIgnoreCase("desc")) {
            return true;
        }
        throw new InvalidInputException("invalid-order", "order", "order must be asc or desc");
    }
}
