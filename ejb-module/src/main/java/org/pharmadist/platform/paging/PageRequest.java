package org.pharmadist.platform.paging;

import org.pharmadist.platform.errors.InvalidInputException;

/**
 * How much of a list to return: either the page after a keyset {@code cursor} (stable and fast on
 * million-row collections, the API's default) or an {@code offset} (for screens that jump to page N).
 *
 * @param limit  rows per page, 1..{@value #MAX_LIMIT}
 * @param offset rows to skip (0 when a cursor is given)
 * @param cursor opaque cursor from a previous page's {@code nextCursor}, or null
 */
public record PageRequest(int limit, int offset, String cursor) {

    /** Default rows per page. */
    public static final int DEFAULT_LIMIT = 50;
    /** Largest page. */
    public static final int MAX_LIMIT = 500;
    /** Largest offset; deeper pages must use the cursor. */
    public static final int MAX_OFFSET = 100_000;

    public PageRequest {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidInputException("invalid-limit", "limit", "limit must be a whole number from 1 to " + MAX_LIMIT);
        }
        if (offset < 0 || offset > MAX_OFFSET) {
            throw new InvalidInputException("invalid-offset", "offset",
                    "offset must be a whole number from 0 to " + MAX_OFFSET + "; use the cursor for deeper pages");
        }
        if (cursor != null && offset != 0) {
            throw new InvalidInputException("invalid-offset", "offset", "give either cursor or offset, not both");
        }
    }

    /**
     * Parses request parameters as text, so that a non-number gets a clear 400 rather than a framework default.
     *
     * @throws InvalidInputException code "invalid-limit" / "invalid-offset" naming the parameter
     */
    public static PageRequest parse(String limit, String offset, String cursor) {
        return new PageRequest(parseInt("limit", limit, DEFAULT_LIMIT), parseInt("offset", offset, 0),
                cursor == null || cursor.isBlank() ? null : cursor.trim());
    }

    private static int parseInt(String name, String text, int defaultValue) {
        if (text == null || text.isBlank()) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("invalid-" + name, name, name + " must be a whole number, not '" + abbreviate(text) + "'");
        }
    }

    static String abbreviate(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "..." : text;
    }
}
