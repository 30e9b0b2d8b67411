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

    static org.pharmadist.sales.application.SalesOrderLineRequest orderLine(JsonObject o, String prefix) {
        return new org.pharmadist.sales.application.SalesOrderLineRequest(text(o, "ndc", prefix + "ndc"),
                text(o, "quantity", prefix + "quantity"), text(o, "unit", prefix + "unit"),
                text(o, "unitPrice", prefix + "unitPrice"), text(o, "discountPercent", prefix + "discountPercent"),
                text(o, "taxRatePercent", prefix + "taxRatePercent"));
    }

    static List<org.pharmadist.sales.application.SalesOrderLineRequest> orderLines(JsonObject o) {
        List<org.pharmadist.sales.application.SalesOrderLineRequest> out = new ArrayList<>();
        for (int i = 0; i < objects(o, "lines").size(); i++) {
            out.add(orderLine(objects(o, "lines").get(i), "lines[" + i + "]."));
        }
        return out;
    }

    /** The objects of an array member (empty when absent); 400 naming the member otherwise. */
    static List<JsonObject> objects(JsonObject o, String name) {
        JsonValue v = o.get(name);
        List<JsonObject> out = new ArrayList<>();
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return out;
        }
        if (!(v instanceof JsonArray a)) {
            throw new InvalidInputException("invalid-" + name, name, name + " must be an array of objects");
        }
        for (int i = 0; i < a.size(); i++) {
            if (!(a.get(i) instanceof JsonObject x)) {
                throw new InvalidInputException("invalid-" + name, name + "[" + i + "]", name + "[" + i + "] must be an object");
            }
            out.add(x);
        }
        return out;
    }

    /** The strings of an array member (empty when absent). */
    static List<String> strings(JsonObject o, String name) {
        JsonValue v = o.get(name);
        List<String> out = new ArrayList<>();
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return out;
        }
        if (!(v instanceof JsonArray a)) {
            throw new InvalidInputException("invalid-" + name, name, name + " must be an array of strings");
        }
        for (JsonValue x : a) {
            out.add(x instanceof JsonString s ? s.getString() : x.toString());
        }
        return out;
    }

    static org.pharmadist.sales.application.SalesOrderRequest.OrderAddress address(JsonObject o, String name) {
        JsonValue v = o.get(name);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (!(v instanceof JsonObject a)) {
            throw new InvalidInputException("invalid-" + name, name, name + " must be an address object");
        }
        return new org.pharmadist.sales.application.SalesOrderRequest.OrderAddress(text(a, "line1", name + ".line1"),
                text(a, "line2", name + ".line2"), text(a, "city", name + ".city"), text(a, "state", name + ".state"),
                text(a, "postalCode", name + ".postalCode"));
    }

    /** {@code {"type": "FORM_222" | "CSOS", "number": "..."}} under {@code name}, or null when absent. */
    static org.pharmadist.sales.application.SalesOrderRequest.DeaOrderFormRequest deaOrderForm(JsonObject o, String name) {
        JsonValue v = o.get(name);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (!(v instanceof JsonObject f)) {
            throw new InvalidInputException("invalid-" + name, name, name + " must be an object {type, number}");
        }
        return new org.pharmadist.sales.application.SalesOrderRequest.DeaOrderFormRequest(text(f, "type", name + ".type"),
                text(f, "number", name + ".number"));
    }

    /** A JSON body that may be absent (e.g. a POST with only a version in the query). */
    static JsonObject optionalBody(JsonObject body) {
        return body == null ? jakarta.json.Json.createObjectBuilder().build() : body;
    }
}
