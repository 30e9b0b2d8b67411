package org.pharmadist.platform.paging;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.pharmadist.platform.errors.InvalidInputException;

/**
 * Position after the last row of a page, for keyset pagination: the sort key of that row and its id
 * (the tie-breaker that makes the order total, so rows sharing a sort key are returned exactly once).
 * Encoded as URL-safe Base64 of "sortName|id|sortValue".
 *
 * @param sort      the sort the cursor belongs to (a cursor from another sort is refused)
 * @param lastId    id of the last row returned
 * @param lastValue sort-key value of the last row returned
 */
public record KeysetCursor(String sort, long lastId, String lastValue) {

    /** Encodes to the opaque text clients send back. */
    public String encode() {
        String raw = sort + "|" + lastId + "|" + lastValue;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Decodes a cursor given by a client.
     *
     * @throws InvalidInputException code "invalid-cursor" when the text is not a cursor of this sort
     */
    public static KeysetCursor decode(String text, String expectedSort) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
            int first = raw.indexOf('|');
            int second = raw.indexOf('|', first + 1);
            if (first < 0 || second < 0) {
                throw new IllegalArgumentException("missing separators");
            }
            String sort = raw.substring(0, first);
            if (!sort.equals(expectedSort)) {
                throw new InvalidInputException("invalid-cursor", "cursor",
                        "this cursor belongs to sort '" + sort + "', not '" + expectedSort + "'; start again without a cursor");
            }
            return new KeysetCursor(sort, Long.parseLong(raw.substring(first + 1, second)), raw.substring(second + 1));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("invalid-cursor", "cursor",
                    "cursor is not valid; use the nextCursor value of the previous page as it was given");
        }
    }
}
