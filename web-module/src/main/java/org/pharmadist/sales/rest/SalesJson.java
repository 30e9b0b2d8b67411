package org.pharmadist.sales.rest;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import org.pharmadist.platform.errors.InvalidInputException;
import org.pharmadist.sales.application.QuotationLineRequest;

/**
 * Reads sales request bodies: decimals may be JSON strings ("348.35") or numbers (348.35) and are passed on as their
 * exact text (a JSON number's digits, never a double), so the money rules of {@code LineAmounts} see exact values.
 */
final class SalesJson {

    private SalesJson() {
    }

    static JsonObject body(JsonObject body) {
        if (body == null) {
            throw new InvalidInputException("invalid-body", "body", "a JSON object body is required");
        }
        return body;
    }

    /** Text of a string or number member; null when absent or null; 400 naming the field otherwise. */
    static String text(JsonObject o, String name, String field) {
        JsonValue v = o.get(name);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (v instanceof JsonString s) {
            return s.getString();
        }
        if (v instanceof JsonNumber n) {
            return n.bigDecimalValue().toPlainString();
        }
        throw new InvalidInputException("invalid-" + name, field, field + " must be a string or a number");
    }

    /** A whole number member (id, version); null when absent. */
    static Long id(JsonObject o, String name) {
        String t = text(o, name, name);
        if (t == null || t.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(t.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("invalid-" + name, name, name + " must be a whole number");
        }
    }

    static QuotationLineRequest line(JsonObject o, String prefix) {
        return new QuotationLineRequest(text(o, "ndc", prefix + "ndc"), text(o, "quantity", prefix + "quantity"),
                text(o, "unit", prefix + "unit"), text(o, "discountPercent", prefix + "discountPercent"),
                text(o, "taxRatePercent", prefix + "taxRatePercent"));
    }

    static List<QuotationLineRequest> lines(JsonObject o) {
        JsonValue v = o.get("lines");
        List<QuotationLineRequest> out = new ArrayList<>();
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return out;
        }
        if (!(v instanceof JsonArray a)) {
            throw new InvalidInputException("invalid-lines", "lines", "lines must be an array of line objects");
        }
        for (int i = 0; i < a.size(); i++) {
            if (!(a.get(i) instanceof JsonObject line)) {
                throw new InvalidInputException("invalid-lines", "lines[" + i + "]", "lines[" + i + "] must be an object");
            }
            out.add(line(line, "lines[" + i + "]."));
        }
        return out;
    }

    static long pathId(String text, String name) {
        try {
            long v = Long.parseLong(text.strip());
            if (v > 0) {
                return v;
            }
        } catch (NumberFormatException e) {
            // below
        }
        throw new InvalidInputException("invalid-id", name, name + " must be a positive whole number");
    }
}
