package org.pharmadist.compliance.rest;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import org.pharmadist.platform.errors.InvalidInputException;

/** Reading compliance request bodies: 400 problem+json naming the field for a wrong type. */
final class ComplianceJson {

    private ComplianceJson() {
    }

    static JsonObject body(JsonObject body) {
        if (body == null) {
            throw new InvalidInputException("invalid-body", "body", "a JSON object body is required");
        }
        return body;
    }

    /** Text of a string or number member; null when absent or null. */
    static String text(JsonObject o, String name) {
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
        throw new InvalidInputException("invalid-" + name, name, name + " must be a string or a number");
    }

    /** A whole number member (version); null when absent. */
    static Long number(JsonObject o, String name) {
        String t = text(o, name);
        if (t == null || t.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(t.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("invalid-" + name, name, name + " must be a whole number");
        }
    }

    /** An array of whole numbers; null when absent. */
    static List<Long> numbers(JsonObject o, String name) {
        JsonValue v = o.get(name);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (!(v instanceof JsonArray a)) {
            throw new InvalidInputException("invalid-" + name, name, name + " must be an array of ids");
        }
        List<Long> out = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            JsonValue e = a.get(i);
            if (!(e instanceof JsonNumber n) || !n.isIntegral()) {
                throw new InvalidInputException("invalid-" + name, name + "[" + i + "]", name + "[" + i + "] must be a whole number");
            }
            out.add(n.longValue());
        }
        return out;
    }

    static long pathId(String text, String name) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("invalid-" + name, name, name + " must be a whole number");
        }
    }
}
