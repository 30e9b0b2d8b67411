package org.pharmadist.inventory.rest;

import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import org.pharmadist.catalog.domain.Quantity;
import org.pharmadist.catalog.domain.UnitOfMeasure;
import org.pharmadist.platform.errors.InvalidInputException;

/**
 * Quantities in request bodies: the amount as a JSON string ("15", "2.5") or number (15), read exactly as a decimal
 * (never through a double), with its unit as an ASC X12 code ("EA", "BX").
 */
final class JsonQuantities {

    private JsonQuantities() {
    }

    /** The decimal of a JSON string or number, or 400 naming {@code field}; null stays null. */
    static BigDecimal decimal(JsonValue value, String field) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        try {
            if (value instanceof JsonNumber n) {
                return n.bigDecimalValue();
            }
            if (value instanceof JsonString s) {
                return new BigDecimal(s.getString().strip());
            }
        } catch (NumberFormatException e) {
            // fall through
        }
        throw new InvalidInputException("invalid-" + field.replaceAll("([A-Z])", "-$1").toLowerCase(java.util.Locale.ROOT),
                field, field + " must be a decimal number as a string or number, e.g. \"15\" or 2.5");
    }

    /** A quantity from its amount and unit code, or 400 naming {@code quantity} or {@code unit}. */
    static Quantity quantity(JsonValue amount, String unit) {
        BigDecimal a = decimal(amount, "quantity");
        if (a == null) {
            throw new InvalidInputException("invalid-quantity", "quantity", "quantity is required, e.g. \"15\"");
        }
        if (a.signum() <= 0) {
            throw new InvalidInputException("invalid-quantity", "quantity", "quantity must be greater than zero");
        }
        if (a.scale() > Quantity.SCALE) {
            throw new InvalidInputException("invalid-quantity", "quantity", "quantity has more than 3 decimals");
        }
        try {
            return new Quantity(a, UnitOfMeasure.parse(unit));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("invalid-unit", "unit", e.getMessage());
        }
    }

    /** A non-negative whole number from query text, or 400 naming {@code field}; null when absent. */
    static Integer wholeNumber(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("invalid-" + field.replaceAll("([A-Z])", "-$1").toLowerCase(java.util.Locale.ROOT),
                    field, field + " must be a whole number of days, not '" + (text.length() > 40 ? text.substring(0, 40) : text) + "'");
        }
    }

    /** A long id from query text, or 400 naming {@code field}; null when absent. */
    static Long id(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("invalid-" + field.replaceAll("([A-Z])", "-$1").toLowerCase(java.util.Locale.ROOT),
                    field, field + " must be a whole number");
        }
    }

    /** A required id from a body, or 400 naming {@code field}. */
    static long required(Long id, String field) {
        if (id == null) {
            throw new InvalidInputException("invalid-" + field.replaceAll("([A-Z])", "-$1").toLowerCase(java.util.Locale.ROOT),
                    field, field + " is required");
        }
        return id;
    }
}
