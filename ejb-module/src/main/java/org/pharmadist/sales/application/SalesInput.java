package org.pharmadist.sales.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.pharmadist.catalog.domain.Quantity;
import org.pharmadist.catalog.domain.UnitOfMeasure;
import org.pharmadist.platform.errors.InvalidInputException;

/**
 * Validation of sales inputs given as text: decimals are parsed from their text (never through a double); every
 * problem is collected under the name of its field so forms show it beside the field and REST names it.
 */
public final class SalesInput {

    private final Map<String, String> errors = new LinkedHashMap<>();

    /** Field name to message so far. */
    public Map<String, String> errors() {
        return errors;
    }

    /** Records a problem with a field. */
    public void reject(String field, String message) {
        errors.putIfAbsent(field, message);
    }

    /** Throws 400 {@code type} naming every field at fault, when there is any. */
    public void throwIfAny(String type) {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(type, errors.size() == 1 ? errors.values().iterator().next()
                    : errors.size() + " fields are invalid: " + String.join(", ", errors.keySet()), errors);
        }
    }

    /** Required text, stripped. */
    public String text(String value, String field, int maxLength) {
        if (value == null || value.isBlank()) {
            reject(field, field + " is required");
            return null;
        }
        String v = value.strip();
        if (v.length() > maxLength) {
            reject(field, field + " has more than " + maxLength + " characters");
            return null;
        }
        return v;
    }

    /** Optional text, stripped, null when blank. */
    public String optionalText(String value, String field, int maxLength) {
        return value == null || value.isBlank() ? null : text(value, field, maxLength);
    }

    /** A decimal from its text within [min, max] and at most {@code maxScale} decimals; null (and recorded) when wrong. */
    public BigDecimal decimal(String value, String field, BigDecimal min, BigDecimal max, int maxScale, String example) {
        if (value == null || value.isBlank()) {
            reject(field, field + " is required, e.g. \"" + example + "\"");
            return null;
        }
        BigDecimal d;
        try {
            d = new BigDecimal(value.strip());
        } catch (NumberFormatException e) {
            reject(field, field + " must be a decimal number like \"" + example + "\", not '" + abbreviate(value) + "'");
            return null;
        }
        if (min != null && d.compareTo(min) < 0 || max != null && d.compareTo(max) > 0) {
            reject(field, field + " must be " + (max == null ? "at least " + min.toPlainString()
                    : "from " + min.toPlainString() + " to " + max.toPlainString()));
            return null;
        }
        if (d.stripTrailingZeros().scale() > maxScale) {
            reject(field, field + " has more than " + maxScale + " decimals");
            return null;
        }
        return d;
    }

    /** An optional decimal; {@code defaultValue} when blank. */
    public BigDecimal optionalDecimal(String value, String field, BigDecimal min, BigDecimal max, int maxScale,
            BigDecimal defaultValue) {
        return value == null || value.isBlank() ? defaultValue
                : decimal(value, field, min, max, maxScale, defaultValue.toPlainString());
    }

    /** A quantity greater than zero with its unit (default {@code defaultUnit} when the unit is blank). */
    public Quantity quantity(String amount, String unit, UnitOfMeasure defaultUnit, String prefix) {
        BigDecimal a = decimal(amount, prefix + "quantity", new BigDecimal("0.001"), null, Quantity.SCALE, "16");
        UnitOfMeasure u = defaultUnit;
        if (unit != null && !unit.isBlank()) {
            try {
                u = UnitOfMeasure.parse(unit.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                reject(prefix + "unit", e.getMessage());
                return null;
            }
        }
        if (a == null || u == null) {
            if (u == null) {
                reject(prefix + "unit", prefix + "unit is required (X12 code, e.g. EA, BX)");
            }
            return null;
        }
        return new Quantity(a, u);
    }

    /** An ISO date (yyyy-MM-dd). */
    public LocalDate date(String value, String field) {
        if (value == null || value.isBlank()) {
            reject(field, field + " is required (yyyy-MM-dd)");
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            reject(field, field + " must be a date yyyy-MM-dd, not '" + abbreviate(value) + "'");
            return null;
        }
    }

    static String abbreviate(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "..." : text;
    }
}
