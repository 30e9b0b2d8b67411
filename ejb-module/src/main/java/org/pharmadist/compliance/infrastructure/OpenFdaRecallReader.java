package org.pharmadist.compliance.infrastructure;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pharmadist.catalog.domain.InvalidNdcException;
import org.pharmadist.catalog.domain.Ndc;
import org.pharmadist.compliance.domain.RecallClassification;
import org.pharmadist.compliance.domain.RecallNdc;
import org.pharmadist.compliance.domain.RecallReport;
import org.pharmadist.platform.errors.InvalidInputException;

/**
 * Reads openFDA drug enforcement reports ({@code https://api.fda.gov/drug/enforcement.json}): the API's document
 * {@code {"meta": ..., "results": [...]}}, a JSON array of records, or one record. NDCs are taken from the product
 * description and code_info text ("NDC 69448-025-63", "NDC# 0409-1234-01") and from {@code openfda.package_ndc}, in
 * any 10-digit (4-4-2, 5-3-2, 5-4-1) or 11-digit 5-4-2 form, and normalised to 11 digits by {@link Ndc}.
 */
public final class OpenFdaRecallReader {

    /** A 10- or 11-digit hyphenated NDC in running text. */
    private static final Pattern NDC_IN_TEXT = Pattern.compile("(?<![0-9-])(\\d{4,5}-\\d{3,4}-\\d{1,2})(?![0-9-])");
    private static final DateTimeFormatter OPENFDA_DATE = DateTimeFormatter.BASIC_ISO_DATE;

    /** One record of the input: its report, or why it was refused. */
    public record Entry(int index, String recallNumber, RecallReport report, String rejection) { }

    /**
     * Reads the records of a document.
     *
     * @param json openFDA document, array or record
     * @return one entry per record, in input order
     * @throws InvalidInputException (400 invalid-json) when the text is not JSON, or (400 no-records) when it holds no
     *         record object
     */
    public List<Entry> read(String json) {
        JsonStructure root;
        try (JsonReader reader = Json.createReader(new StringReader(json == null ? "" : json))) {
            root = reader.read();
        } catch (JsonException | IllegalStateException e) {
            throw new InvalidInputException("invalid-json", "body", "the body is not a JSON document: " + e.getMessage());
        }
        List<JsonValue> records = new ArrayList<>();
        if (root instanceof JsonArray a) {
            records.addAll(a);
        } else if (root instanceof JsonObject o && o.get("results") instanceof JsonArray results) {
            records.addAll(results);
        } else if (root instanceof JsonObject o) {
            records.add(o);
        }
        if (records.isEmpty()) {
            throw new InvalidInputException("no-records", "results", "the document holds no recall record");
        }
        List<Entry> out = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            out.add(entry(i, records.get(i)));
        }
        return out;
    }

    private static Entry entry(int index, JsonValue value) {
        if (!(value instanceof JsonObject r)) {
            return new Entry(index, null, null, "record " + index + " is not a JSON object");
        }
        String number = text(r, "recall_number");
        if (number == null || number.isBlank()) {
            return new Entry(index, null, null, "recall_number is missing");
        }
        if (number.strip().length() > 30) {
            return new Entry(index, number, null, "recall_number is longer than 30 characters");
        }
        if (text(r, "recalling_firm") == null || text(r, "product_description") == null) {
            return new Entry(index, number.strip(), null, "recalling_firm and product_description are required");
        }
        try {
            String codeInfo = join(text(r, "code_info"), text(r, "more_code_info"));
            Map<String, RecallNdc> ndcs = new LinkedHashMap<>();
            ndcsInText(text(r, "product_description"), ndcs);
            ndcsInText(codeInfo, ndcs);
            if (r.get("openfda") instanceof JsonObject openfda && openfda.get("package_ndc") instanceof JsonArray packages) {
                for (JsonValue p : packages) {
                    if (p instanceof JsonString s) {
                        ndc(s.getString(), ndcs);
                    }
                }
            }
            RecallReport report = new RecallReport(number.strip(), text(r, "event_id"),
                    RecallClassification.fromOpenFda(text(r, "classification")), text(r, "status"),
                    text(r, "recalling_firm"), text(r, "reason_for_recall"), text(r, "product_description"),
                    text(r, "product_quantity"), text(r, "distribution_pattern"), text(r, "voluntary_mandated"), codeInfo,
                    date(r, "recall_initiation_date"), date(r, "center_classification_date"), date(r, "report_date"),
                    date(r, "termination_date"), List.copyOf(ndcs.values()), r.toString());
            return new Entry(index, number.strip(), report, null);
        } catch (IllegalArgumentException e) {
            return new Entry(index, number.strip(), null, e.getMessage());
        }
    }

    private static void ndcsInText(String text, Map<String, RecallNdc> into) {
        if (text == null) {
            return;
        }
        Matcher m = NDC_IN_TEXT.matcher(text);
        while (m.find()) {
            ndc(m.group(1), into);
        }
    }

    private static void ndc(String text, Map<String, RecallNdc> into) {
        try {
            Ndc ndc = Ndc.parse(text);
            into.putIfAbsent(ndc.ndc11(), new RecallNdc(ndc.ndc11(), text.strip()));
        } catch (InvalidNdcException e) {
            // a number in NDC shape that is not one (e.g. a 5-4-1 typo): not named, nothing to match
        }
    }

    private static String text(JsonObject o, String name) {
        JsonValue v = o.get(name);
        if (v instanceof JsonString s) {
            String t = s.getString();
            return t.isBlank() || "N/A".equals(t.strip()) ? null : t;
        }
        return v == null || v.getValueType() == JsonValue.ValueType.NULL ? null : v.toString();
    }

    private static String join(String a, String b) {
        if (b == null || b.isBlank()) {
            return a;
        }
        return a == null ? b : a + " " + b;
    }

    private static LocalDate date(JsonObject o, String name) {
        String t = text(o, name);
        if (t == null) {
            return null;
        }
        try {
            return LocalDate.parse(t.strip(), OPENFDA_DATE);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(name + " '" + t + "' is not a yyyyMMdd date");
        }
    }
}
