package org.pharmadist.procurement.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.pharmadist.catalog.domain.UnitOfMeasure;
import org.pharmadist.platform.errors.InvalidInputException;

/** Parsing of request values with refusals that name the field (400 problem+json, message beside the field). */
final class Inputs {

    private Inputs() {
    }

    /** The problem type suffix of a field: "lines[0].quantity" gives "quantity". */
    static String base(String field) {
        return field.substring(field.lastIndexOf('.') + 1);
    }

    /** Non-blank text, stripped. */
    static String required(String value, String field, String what) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException("missing-" + base(field), field, what + " is required");
        }
        return value.strip();
    }

    /** Stripped text or null when blank; at most {@code max} characters. */
    static String optional(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.length() > max) {
            throw new InvalidInputException("invalid-" + base(field), field, field + " has " + v.length()
                    + " characters; at most " + max + " are allowed");
        }
        return v;
    }

    /** A decimal from its text (never a double), e.g. "12.50". */
    static BigDecimal decimal(String value, String field) {
        String v = required(value, field, field);
        try {
            return new BigDecimal(v);
        } catch (NumberFormatException e) {
            throw new InvalidInputException("invalid-" + base(field), field, field + " '" + v + "' is not a decimal number (e.g. 12.50)");
        }
    }

    /** A decimal greater than zero. */
    static BigDecimal positive(String value, String field) {
        BigDecimal d = decimal(value, field);
        if (d.signum() <= 0) {
            throw new InvalidInputException("invalid-" + base(field), field, field + " must be greater than zero");
        }
        return d;
    }

    /** A decimal zero or greater. */
    static BigDecimal notNegative(String value, String field) {
        BigDecimal d = decimal(value, field);
        if (d.signum() < 0) {
            throw new InvalidInputException("invalid-" + base(field), field, field + " must not be negative");
        }
        return d;
    }

    /** An ISO-8601 date (yyyy-mm-dd) or null when blank. */
    static LocalDate date(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("invalid-" + base(field), field, field + " '" + value.strip()
                    + "' is not a date; write it as yyyy-mm-dd");
        }
    }

    /** An ASC X12 unit code, or {@code fallback} when blank. */
    static UnitOfMeasure unit(String value, String field, UnitOfMeasure fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return UnitOfMeasure.parse(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("invalid-unit", field, e.getMessage());
        }
    }

    /** An integer within bounds. */
    static int intBetween(Integer value, String field, int min, int max) {
        if (value == null) {
            throw new InvalidInputException("missing-" + base(field), field, field + " is required");
        }
        if (value < min || value > max) {
            throw new InvalidInputException("invalid-" + base(field), field, field + " must be between " + min + " and " + max);
        }
        return value;
    }
}
