package org.pharmadist.platform.rest;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pharmadist.platform.errors.InvalidInputException;

/**
 * The {@code fields=} parameter: a comma-separated list of item field names to return (sparse
 * fieldsets); absent means all fields. Unknown names are refused with 400, naming the valid ones.
 */
public final class FieldSelection {

    private final Set<String> fields;

    private FieldSelection(Set<String> fields) {
        this.fields = fields;
    }

    /**
     * @param parameter the raw parameter, may be null
     * @param itemType  the record type of the items (its components are the valid names)
     * @throws InvalidInputException code "invalid-fields"
     */
    public static FieldSelection parse(String parameter, Class<? extends Record> itemType) {
        if (parameter == null || parameter.isBlank()) {
            return new FieldSelection(null);
        }
        List<String> valid = new ArrayList<>();
        for (RecordComponent c : itemType.getRecordComponents()) {
            valid.add(c.getName());
        }
        Set<String> chosen = new LinkedHashSet<>();
        for (String f : parameter.split(",")) {
            String name = f.trim();
            if (name.isEmpty()) {
                continue;
            }
            if (!valid.contains(name)) {
                throw new InvalidInputException("invalid-fields", "fields", "unknown field '" + name + "'; fields are " + valid);
            }
            chosen.add(name);
        }
        return new FieldSelection(chosen.isEmpty() ? null : chosen);
    }

    /** The items as they are, or as maps with only the selected fields (in the order asked). */
    public List<?> apply(List<? extends Record> items) {
        if (fields == null) {
            return items;
        }
        List<Map<String, Object>> out = new ArrayList<>(items.size());
        for (Record item : items) {
            Map<String, Object> row = new LinkedHashMap<>();
            for (RecordComponent c : item.getClass().getRecordComponents()) {
                if (fields.contains(c.getName())) {
                    try {
                        Object value = c.getAccessor().invoke(item);
                        if (value != null) { // absent like in full items, where JSON-B omits nulls
                            row.put(c.getName(), value);
                        }
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
            out.add(row);
        }
        return out;
    }
}
